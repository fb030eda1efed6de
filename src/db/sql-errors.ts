/** What a failed statement means, the same on SQLite and MySQL/MariaDB. */
import { QueryFailedError } from 'typeorm';

interface DriverError {
  code?: string;
  errno?: number;
  message?: string;
}

function driverError(error: unknown): DriverError | null {
  if (error instanceof QueryFailedError) return (error as QueryFailedError & { driverError?: DriverError }).driverError ?? (error as DriverError);
  return error && typeof error === 'object' ? (error as DriverError) : null;
}

/** A UNIQUE constraint refused the row (MySQL ER_DUP_ENTRY; SQLite SQLITE_CONSTRAINT_UNIQUE). */
export function isUniqueViolation(error: unknown): boolean {
  const e = driverError(error);
  return !!e && (e.errno === 1062 || e.code === 'ER_DUP_ENTRY' || e.code === 'SQLITE_CONSTRAINT_UNIQUE' || e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY');
}

/** A FOREIGN KEY constraint refused the row (MySQL 1452/1451; SQLite SQLITE_CONSTRAINT_FOREIGNKEY). */
export function isForeignKeyViolation(error: unknown): boolean {
  const e = driverError(error);
  return !!e && (e.errno === 1452 || e.errno === 1451 || e.code === 'SQLITE_CONSTRAINT_FOREIGNKEY');
}

/** InnoDB chose this transaction as a deadlock's victim, or gave up waiting for a lock: running it again is safe. */
export function isRetryableConflict(error: unknown): boolean {
  const e = driverError(error);
  return !!e && (e.errno === 1213 || e.errno === 1205 || e.code === 'ER_LOCK_DEADLOCK' || e.code === 'ER_LOCK_WAIT_TIMEOUT' || e.code === 'SQLITE_BUSY');
}

/**
 * Connection-level codes: the server refused or dropped the connection, or went away mid-statement
 * (mysql2 and Node's socket codes; MariaDB's own shutdown and killed-connection errors).
 */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'PROTOCOL_ENQUEUE_AFTER_FATAL_ERROR',
  'PROTOCOL_ENQUEUE_AFTER_QUIT',
  'ER_SERVER_SHUTDOWN',
  'ER_CONNECTION_KILLED',
]);

/**
 * Closed handles, said only in words: better-sqlite3's database closed under the server (the file
 * is being reopened), mysql2's pool closed (the data source is shutting down).
 */
const CLOSED_MESSAGES = new Set(['The database connection is not open', 'Pool is closed.']);

/**
 * The database did not answer at all (down, restarting, unreachable, closed), as opposed to refusing
 * a statement: nothing the caller sent was wrong, and the same request may succeed shortly. mysql2
 * marks every error that ends a connection `fatal`.
 */
export function isDatabaseUnreachable(error: unknown): boolean {
  const e = driverError(error) as (DriverError & { fatal?: boolean }) | null;
  if (!e) return false;
  if (e.fatal === true || e.errno === 1053 || e.errno === 1927) return true;
  return (e.code !== undefined && UNREACHABLE_CODES.has(e.code)) || (e.message !== undefined && CLOSED_MESSAGES.has(e.message));
}
