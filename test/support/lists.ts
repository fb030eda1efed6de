/**
 * Helpers for tests of one root list: walk every page of a filtered, ordered list forward or
 * backward, and check a filter against the rows an independent SQL query finds.
 */
import { toGlobalId } from '../../src/graphql/global-id';
import { dataOf, TestApp } from './app';

export interface ListUnderTest {
  /** Root field, e.g. "activities". */
  field: string;
  /** Node type name, for global ids. */
  type: string;
  /** Table the SQL side counts. */
  table: string;
  /** Filter and order input type names. */
  filter: string;
  order: string;
}

type Row = { id: number | string };
type ListPage = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { node: { id: string } }[];
};

export function listHelpers(app: () => TestApp, list: ListUnderTest) {
  const sql = <T = Row>(text: string, params: unknown[] = []): Promise<T[]> => app().dataSource.query(text, params);
  const ids = (rows: Row[], type = list.type) => rows.map((row) => toGlobalId(type, Number(row.id)));
  /** The global ids of the rows an SQL query finds (it must select `id`). */
  const sqlIds = async (text: string, params: unknown[] = [], type = list.type) => ids(await sql(text, params), type);

  /** Every id the list returns, walking pages of `size` forward (first/after) or backward (last/before). */
  async function listed(filter: object | null, orderBy: object | null = null, backward = false, size = 40) {
    const query = `query($filter: ${list.filter}, $orderBy: ${list.order}, $first: Int, $after: String, $last: Int, $before: String) {
      ${list.field}(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { id } } } }`;
    const pages: string[][] = [];
    let cursor: string | null = null;
    let totalCount = -1;
    for (;;) {
      const variables: Record<string, unknown> = backward
        ? { filter, orderBy, last: size, before: cursor }
        : { filter, orderBy, first: size, after: cursor };
      const page: ListPage = dataOf(await app().query(query, variables))[list.field];
      totalCount = page.totalCount;
      pages.push(page.edges.map((edge) => edge.node.id));
      const more = backward ? page.pageInfo.hasPreviousPage : page.pageInfo.hasNextPage;
      if (!more) break;
      cursor = backward ? page.pageInfo.startCursor : page.pageInfo.endCursor;
    }
    return { ids: (backward ? pages.reverse() : pages).flat(), totalCount };
  }

  /** Every id the list returns walking forward in pages of `size`. */
  const walk = (filter: object | null, orderBy: object | null = null, size = 100) => listed(filter, orderBy, false, size);

  /**
   * The filter returns exactly what `expectedSql` (ORDER BY id) finds, which it returns; by default
   * that must be some rows but not all.
   */
  async function expectFilter(filter: object, expectedSql: string, params: unknown[] = [], { someButNotAll = true } = {}) {
    const expected = ids(await sql(expectedSql, params));
    const got = await listed(filter);
    expect(got.ids).toEqual(expected);
    expect(got.totalCount).toBe(expected.length);
    if (someButNotAll) {
      const [{ total }] = await sql<{ total: number | string }>(`SELECT COUNT(*) AS total FROM ${list.table}`);
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(Number(total));
    }
    return expected;
  }

  /**
   * The filter matches nothing while the table has rows, so the empty answer shows the filter was
   * applied rather than that there was nothing to find.
   */
  async function expectNone(filter: object) {
    expect(await listed(filter)).toEqual({ ids: [], totalCount: 0 });
    const [{ total }] = await sql<{ total: number | string }>(`SELECT COUNT(*) AS total FROM ${list.table}`);
    expect(Number(total)).toBeGreaterThan(0);
  }

  return { sql, ids, sqlIds, listed, walk, expectFilter, expectNone };
}
