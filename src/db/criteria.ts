/** Small builders for list filters (alias t), shared by every service so conditions read alike. */
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** `sql` with `:...name` bound to `values`; an empty list matches nothing (MySQL rejects `IN ()`). */
export function whereIn(qb: SelectQueryBuilder<ObjectLiteral>, sql: string, name: string, values: readonly unknown[]): void {
  qb.andWhere(values.length ? sql : '1 = 0', { [name]: values });
}

/** A boolean column equal to `value` (SQLite and MySQL both store booleans as 1/0). */
export function whereFlag(qb: SelectQueryBuilder<ObjectLiteral>, column: string, name: string, value: boolean): void {
  qb.andWhere(`${column} = :${name}`, { [name]: value ? 1 : 0 });
}
