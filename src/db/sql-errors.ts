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
