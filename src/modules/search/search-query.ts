/**
 * One page of search results, as one statement over the index: the query's terms are looked up by
 * the index's key, each record keeps the best weight per term, and a record matches when it has
 * every term (in any of its fields). What the caller may not read never enters the sum: a record
 * outside its row scope (src/auth/row-scopes.ts), and a guarded field's terms (contact details,
 * src/auth/field-rules.ts) outside the field's readers, so a hit on a hidden field cannot reveal
 * the row. Ordered by score, then type and id; the cursor carries all three (no OFFSET).
 */
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { Role, type Viewer } from '../../auth/viewer';
import { scopedBatch, type BatchReader } from '../../db/scoped-batch';
import { ParameterBag } from '../../db/sql-params';
import { Engagement } from '../talent/engagement.entity';
import { today } from '../../time';
import { currentEngagementSql } from '../talent/on-post';
import { Station } from '../station/station.entity';
import { typeNameOf } from '../../graphql/type-names';
import { Organization } from '../organization/organization.entity';
import { ORGANIZATION_TYPE_NAMES } from '../organization/organization.types';
import { SearchTerm } from './search-term.entity';
import { SEARCHED_TYPES, SearchType, searchedType } from './search-types';

export interface SearchPosition {
  score: number;
  type: string;
  id: number;
}

export interface SearchRequest {
  terms: readonly string[];
  types: readonly SearchType[];
  isGenerated: boolean | null;
  viewer: Viewer;
  after: SearchPosition | null;
  /** Rows to read (the page size plus one, to know whether another page follows). */
  limit: number;
}

export interface SearchHit extends SearchPosition {
  type: SearchType;
}

/**
 * Fields of searched records that a field rule guards, and the SQL that says when the caller may
 * read them (on the index row `m`). Each mirrors the field rule of the same name: a search must
 * not find a record by what its reader could not see. A test holds the two together.
 */
export interface SearchedFieldGuard {
  type: SearchType;
  /** The fields, as FIELD_RULES name them. */
  fields: readonly string[];
  /** SQL on `m` when some of these rows are readable; null when all are; false when none are. */
  readable(viewer: Viewer, reader: BatchReader, params: ParameterBag): string | null | false;
}

export const SEARCHED_FIELD_GUARDS: readonly SearchedFieldGuard[] = [
  {
    type: SearchType.TALENT,
    fields: ['email', 'phone'],
    readable(viewer, reader, params) {
      if (viewer.role === Role.STAFF) return null;
      if (viewer.role !== Role.UNIT_MANAGER || viewer.hostUnitId === null) return false;
      return `EXISTS (SELECT 1 FROM engagement ge JOIN station gs ON gs.id = ge.station_id
        WHERE ge.talent_id = m.target_id AND gs.host_unit_id = ${params.bind(viewer.hostUnitId)}
          AND ${currentEngagementSql('ge', params.bind(today()))}
          AND ${reader.where(Engagement, 'ge', params)} AND ${reader.where(Station, 'gs', params)})`;
    },
  },
];

/** What BatchReader.where says for a table whose every row the caller reads, and for one it reads none of. */
const EVERY_ROW = '1 = 1';
const NO_ROWS = '1 = 0';

/** SQL on the index row `m`: the record is of a requested type, and the caller may read it (and it meets the filter). */
function visibleRecords(request: SearchRequest, reader: BatchReader, params: ParameterBag): string {
  const free: string[] = [];
  const conditioned: string[] = [];
  for (const type of request.types) {
    const { entity } = searchedType(type);
    const conditions: string[] = [];
    const scope = reader.where(entity as EntityTarget<ObjectLiteral>, 'v', params);
    if (scope === NO_ROWS) continue; // nothing of this type is readable: leave it out of the statement
    if (scope !== EVERY_ROW) conditions.push(scope);
    if (request.isGenerated !== null) conditions.push(`v.is_generated = ${params.bind(request.isGenerated)}`);
    if (conditions.length === 0) {
      free.push(type);
      continue;
    }
    const table = reader.dataSource.driver.escape(reader.dataSource.getMetadata(entity).tableName);
    conditioned.push(`(m.target_type = ${params.bind(type)} AND EXISTS (SELECT 1 FROM ${table} v WHERE v.id = m.target_id AND ${conditions.join(' AND ')}))`);
  }
  if (free.length) conditioned.unshift(`m.target_type IN (${params.bind(free)})`);
  return conditioned.length ? `(${conditioned.join(' OR ')})` : '1 = 0';
}

/** SQL on `m`: the index row's field is one the caller may read on that record. */
function readableFields(request: SearchRequest, reader: BatchReader, params: ParameterBag): string {
  const conditions: string[] = [];
  for (const guard of SEARCHED_FIELD_GUARDS) {
    if (!request.types.includes(guard.type)) continue;
    const readable = guard.readable(request.viewer, reader, params);
    if (readable === null) continue;
    const guarded = `(m.target_type = ${params.bind(guard.type)} AND m.field IN (${params.bind([...guard.fields])}))`;
    conditions.push(readable === false ? `NOT ${guarded}` : `(NOT ${guarded} OR ${readable})`);
  }
  return conditions.length ? conditions.join(' AND ') : '1 = 1';
}

/**
 * The matching records, scored: the statement both the page and the count read from. One grouping
 * per record: each term's best weight is a MAX over that term's rows, and the sum of those MAXes is
 * NULL (so the record is left out) when any term has none. Grouping per term first and then per
 * record gave the same answer in two materialised steps, three to six times slower on MariaDB at
 * 100,000 talents (BENCHMARKS.md, "Search").
 */
function matches(request: SearchRequest, reader: BatchReader, params: ParameterBag): string {
  const score = request.terms.map((term) => `MAX(CASE WHEN m.term = ${params.bind(term)} THEN m.weight END)`).join(' + ');
  return `SELECT m.target_type AS target_type, m.target_id AS target_id, ${score} AS score FROM search_term m
       WHERE m.term IN (${params.bind([...request.terms])})
         AND ${visibleRecords(request, reader, params)}
         AND ${readableFields(request, reader, params)}
       GROUP BY m.target_type, m.target_id
      HAVING ${score} IS NOT NULL`;
}

type RawHit = { target_type: string; target_id: number | string; score: number | string };

/**
 * A page of hits, best first. Declared as a batch so it reads with the caller's scope on every table
 * it names. The index itself (SearchTerm) has no rows of its own to show: it is read only joined to
 * the records it indexes, through their scopes, so its own "no rows" rule is not applied here.
 */
export const SEARCH_PAGE = scopedBatch<SearchRequest, SearchHit[]>({
  name: 'search results',
  reads: [SearchTerm, Engagement, Station, ...SEARCHED_TYPES.map(({ entity }) => entity as EntityTarget<ObjectLiteral>)],
  load(requests, reader) {
    return Promise.all(
      requests.map((request) => {
        const params = new ParameterBag('q');
        const inner = matches(request, reader, params);
        const after = request.after
          ? `WHERE r.score < ${params.bind(request.after.score)} OR (r.score = ${params.bind(request.after.score)} AND (r.target_type > ${params.bind(request.after.type)} OR (r.target_type = ${params.bind(request.after.type)} AND r.target_id > ${params.bind(request.after.id)})))`
          : '';
        const [sql, values] = reader.dataSource.driver.escapeQueryWithParameters(
          `SELECT r.target_type, r.target_id, r.score FROM (${inner}) r ${after} ORDER BY r.score DESC, r.target_type, r.target_id LIMIT ${Math.trunc(request.limit)}`,
          params.values,
        );
        return reader.read<RawHit, SearchHit[]>(sql, values, (rows) =>
          rows.map((row) => ({ type: row.target_type as SearchType, id: Number(row.target_id), score: Number(row.score) })),
        );
      }),
    );
  },
});

/** How many records match in all (totalCount), under the same scope and filter. */
export const SEARCH_COUNT = scopedBatch<SearchRequest, number>({
  name: 'search result count',
  reads: SEARCH_PAGE.reads,
  load(requests, reader) {
    return Promise.all(
      requests.map((request) => {
        const params = new ParameterBag('q');
        const [sql, values] = reader.dataSource.driver.escapeQueryWithParameters(`SELECT COUNT(*) AS total FROM (${matches(request, reader, params)}) r`, params.values);
        return reader.read<{ total: number | string }, number>(sql, values, (rows) => Number(rows[0]?.total ?? 0));
      }),
    );
  },
});

/**
 * Refuses to start when a field rule guards a field search indexes and no search guard mirrors it:
 * search would otherwise find records by words their readers may not see. Run at schema build.
 */
export function checkSearchGuards(rules: readonly { type: string; fields: readonly string[] }[]): void {
  const unguarded: string[] = [];
  for (const rule of rules) {
    for (const searched of SEARCHED_TYPES) {
      for (const { field } of searched.fields) {
        if (!rule.fields.includes(field) || !typeNamesOf(searched.type).includes(rule.type)) continue;
        const guard = SEARCHED_FIELD_GUARDS.find((candidate) => candidate.type === searched.type && candidate.fields.includes(field));
        if (!guard) unguarded.push(`${rule.type}.${field}`);
      }
    }
  }
  if (unguarded.length) {
    throw new Error(`search indexes ${unguarded.join(', ')}, which a field rule guards, without a guard in SEARCHED_FIELD_GUARDS (src/modules/search/search-query.ts): add one that mirrors the rule, or stop indexing the field`);
  }
}

/** The GraphQL type names a searched type's records are shown as (an organisation's depends on its kind). */
function typeNamesOf(type: SearchType): string[] {
  const { entity } = searchedType(type);
  return entity === Organization ? ['Organization', ...ORGANIZATION_TYPE_NAMES] : [typeNameOf(entity)];
}
