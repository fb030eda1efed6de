/**
 * Names and codes that only one record may hold (station, host unit and offshore base names;
 * district and research-field codes): a taken one is CONFLICT naming the value and its holder,
 * never an internal error.
 *
 * The rule, the same on both databases: a value is taken when another record holds it ignoring
 * letter case ("Acme Lab" and "ACME LAB" are one name). MariaDB's collation compares that way in
 * its UNIQUE index already (and also folds accents and full-width letters, which SQLite does not);
 * on SQLite the check below is what refuses a case variant, and it is exact there because SQLite
 * runs one transaction at a time. On MariaDB two transactions may both pass the check; the UNIQUE
 * index then refuses the second, and `claim` turns that refusal into the same CONFLICT.
 */
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { ConflictError } from '../domain-errors';
import { toGlobalId } from '../graphql/global-id';
import { typeNameOf } from '../graphql/type-names';
import { isUniqueViolation } from '../db/sql-errors';
import type { Mutation } from './mutation';

export interface UniqueValue {
  entity: EntityTarget<ObjectLiteral> & Function;
  /** The entity property that holds the value (`nameZh`, `code`). */
  property: string;
  value: string;
  /** Where the value sits in the input (`input.name`), and what a person calls it ("name", "code"). */
  path: string;
  label: string;
  /** The record being changed, which may keep its own value. */
  exceptId?: number;
}

function taken(spec: UniqueValue, holderId: number | null): ConflictError {
  const type = typeNameOf(spec.entity);
  const holder = holderId === null ? `another ${type}` : `${type} ${toGlobalId(type, holderId)}`;
  return new ConflictError(`the ${spec.label} "${spec.value}" is taken: ${holder} has it already (letter case does not count); choose another ${spec.label}`, {
    argument: spec.path,
    ...(holderId === null ? {} : { existingId: toGlobalId(type, holderId) }),
  });
}

/** CONFLICT when another record holds the value (ignoring letter case), read in the mutation's transaction. */
export async function requireFree(m: Mutation, spec: UniqueValue): Promise<void> {
  const dataSource = m.tx.dataSource;
  const metadata = dataSource.getMetadata(spec.entity);
  const column = dataSource.driver.escape(metadata.findColumnWithPropertyName(spec.property)!.databaseName);
  const [sql, parameters] = dataSource.driver.escapeQueryWithParameters(
    `SELECT id FROM ${dataSource.driver.escape(metadata.tableName)} WHERE LOWER(${column}) = LOWER(:value) AND id <> :except LIMIT 1`,
    { value: spec.value, except: spec.exceptId ?? 0 },
  );
  const holder = await m.loaders.read<{ id: number | string }, number | null>(sql, parameters, (rows) => (rows[0] ? Number(rows[0].id) : null));
  if (holder !== null) throw taken(spec, holder);
}

/** Runs the write that stores the value; a UNIQUE index refusing it (a concurrent claim) is the same CONFLICT. */
export async function claim<T>(spec: UniqueValue, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw taken(spec, null);
    throw error;
  }
}

/** Both: the check, then the write under the index's guard. */
export async function writeUnique<T>(m: Mutation, spec: UniqueValue, write: () => Promise<T>): Promise<T> {
  await requireFree(m, spec);
  return claim(spec, write);
}

/** A name as it is stored: without the spaces a copy and paste leaves around it. */
export function trimmed<T extends string | null | undefined>(value: T): T {
  return (typeof value === 'string' ? value.trim() : value) as T;
}
