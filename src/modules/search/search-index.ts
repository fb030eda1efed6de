/**
 * Keeping the search index: a record's terms are replaced in the transaction that writes the record
 * (src/write/mutation.ts calls indexRecord for every row it inserts, updates or removes), so a
 * mutation's rows are searchable the moment it commits, and a rollback takes its terms back with it.
 * rebuildSearchIndex() makes the whole index again from the tables: the seed calls it, and so does
 * `npm run search:reindex` and a server that finds the index empty beside indexed records.
 */
import type { DataSource, QueryRunner } from 'typeorm';
import { inTransaction } from '../../db/transaction';
import { SEARCHED_TYPES, PINYIN_SHARE, SearchedType, searchedEntity } from './search-types';
import { indexTerms } from './text';

export interface TermRow {
  term: string;
  targetType: string;
  targetId: number;
  field: string;
  weight: number;
}

const COLUMNS = '(term, target_type, target_id, field, weight)';
/** Rows per INSERT: 5 values each, well under both drivers' limits on bound values. */
const INSERT_BATCH = 500;
/** Records read per statement while rebuilding. */
const READ_BATCH = 1000;

/** The index rows of one record: each term once per field, at the field's weight (less when found through pinyin). */
export function termsOf(searched: SearchedType, row: Record<string, unknown>, id: number): TermRow[] {
  const rows: TermRow[] = [];
  for (const { property, field, weight, pinyin } of searched.fields) {
    const value = row[property];
    if (typeof value !== 'string' || !value) continue;
    const full = weight * searched.boost;
    const direct = new Set(indexTerms(value, { pinyin: false }));
    for (const term of pinyin ? indexTerms(value, { pinyin: true }) : direct) {
      rows.push({ term, targetType: searched.type, targetId: id, field, weight: direct.has(term) ? full : Math.round((full * PINYIN_SHARE) / 10) });
    }
  }
  return rows;
}

/**
 * Replaces the terms of one record of `entity` with those of `row` (null: the record is gone), on
 * the transaction's own connection. Nothing to do for a table search does not cover.
 *
 * `before` is the record as it was (null: inserted by this transaction; undefined: not known).
 * A new record's terms are only inserted: its id is new, so there is nothing to delete, and on
 * MariaDB (REPEATABLE READ) that DELETE is not free: finding no rows, it gap-locks the end of the
 * (target_type, target_id) index, where every concurrent insert of the same type then waits, and
 * concurrent createTalents deadlock (bench/writes-ab.mjs measured it). An update that changes none
 * of the searched fields leaves the terms as they are.
 */
export async function indexRecord(queryRunner: QueryRunner, entity: Function, id: number, row: object | null, before?: object | null): Promise<void> {
  const searched = searchedEntity(entity);
  if (!searched) return;
  if (row && before && searchedFieldsEqual(searched, before, row)) return;
  if (before !== null || !row) await queryRunner.query('DELETE FROM search_term WHERE target_type = ? AND target_id = ?', [searched.type, id]);
  if (row) await insertTerms(queryRunner, termsOf(searched, row as Record<string, unknown>, id));
}

function searchedFieldsEqual(searched: SearchedType, a: object, b: object): boolean {
  return searched.fields.every(({ property }) => (a as Record<string, unknown>)[property] === (b as Record<string, unknown>)[property]);
}

async function insertTerms(queryRunner: QueryRunner, rows: readonly TermRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += INSERT_BATCH) {
    const batch = rows.slice(start, start + INSERT_BATCH);
    const values: unknown[] = [];
    for (const row of batch) values.push(row.term, row.targetType, row.targetId, row.field, row.weight);
    await queryRunner.query(`INSERT INTO search_term ${COLUMNS} VALUES ${batch.map(() => '(?, ?, ?, ?, ?)').join(', ')}`, values);
  }
}

export interface RebuildProgress {
  type: string;
  records: number;
}

/** Empties the index and indexes every record again, in one transaction: searches see the old index until it commits. */
export async function rebuildSearchIndex(dataSource: DataSource, onProgress?: (progress: RebuildProgress) => void): Promise<{ records: number; terms: number }> {
  return inTransaction(dataSource, async ({ queryRunner }) => {
    await queryRunner.query('DELETE FROM search_term');
    let records = 0;
    let terms = 0;
    for (const searched of SEARCHED_TYPES) {
      const metadata = dataSource.getMetadata(searched.entity);
      const escape = (name: string) => dataSource.driver.escape(name);
      const columns = searched.fields.map(({ property }) => `${escape(metadata.findColumnWithPropertyName(property)!.databaseName)} AS ${escape(property)}`);
      let after = 0;
      let count = 0;
      for (;;) {
        const rows: Array<Record<string, unknown> & { id: number | string }> = await queryRunner.query(
          `SELECT id, ${columns.join(', ')} FROM ${escape(metadata.tableName)} WHERE id > ? ORDER BY id LIMIT ${READ_BATCH}`,
          [after],
        );
        if (rows.length === 0) break;
        const batch = rows.flatMap((row) => termsOf(searched, row, Number(row.id)));
        await insertTerms(queryRunner, batch);
        terms += batch.length;
        count += rows.length;
        after = Number(rows[rows.length - 1].id);
        onProgress?.({ type: searched.type, records: count });
      }
      records += count;
    }
    return { records, terms };
  });
}

/** True when the index holds nothing while some record it covers exists (a database migrated from before search, or restored without it). */
export async function searchIndexMissing(dataSource: DataSource): Promise<boolean> {
  const [indexed] = await dataSource.query('SELECT 1 AS found FROM search_term LIMIT 1');
  if (indexed) return false;
  for (const { entity } of SEARCHED_TYPES) {
    const [row] = await dataSource.query(`SELECT 1 AS found FROM ${dataSource.driver.escape(dataSource.getMetadata(entity).tableName)} LIMIT 1`);
    if (row) return true;
  }
  return false;
}
