/**
 * What the write tests (test/write-*.test.ts, auth, authorization, audit events) and the matrix
 * probes share: the code of an answer's first error, tables' row counts (to show that a refused or
 * failed write left them alone), a write sent with a failure injected, and the ids of the demo
 * accounts' own records and of others' to aim at.
 */
import { createHash } from 'node:crypto';
import type { GraphQLResponse, TestApp } from './app';

/** The code of an answer's first error; undefined when it has none. */
export function codeOf(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

/** The rows of `table`, or of those of them that meet `where` (SQL). */
export async function count(app: TestApp, table: string, where?: string): Promise<number> {
  const [row] = await app.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}${where ? ` WHERE ${where}` : ''}`);
  return Number(row.n);
}

/** Row counts of `tables`, in order, to compare before and after a write that must leave them alone. */
export function counts(app: TestApp, tables: readonly string[]): Promise<number[]> {
  return Promise.all(tables.map((table) => count(app, table)));
}

/**
 * Every table of the model as `{ table: "rows:checksum" }`: its row count and a SHA-256 of all its
 * rows (every column, in primary-key order). Equal before and after a write means the write left
 * the database exactly as it was, not merely with as many rows (the search index included).
 */
export async function fingerprints(app: TestApp): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const metadata of [...app.dataSource.entityMetadatas].sort((a, b) => a.tableName.localeCompare(b.tableName))) {
    const key = metadata.primaryColumns.map((column) => column.databaseName).join(', ');
    const rows: Record<string, unknown>[] = await app.dataSource.query(`SELECT * FROM ${metadata.tableName} ORDER BY ${key}`);
    const table = metadata.tableName;
    const hash = createHash('sha256');
    for (const row of rows) {
      hash.update(JSON.stringify(Object.keys(row).sort().map((key) => [key, row[key] instanceof Date ? (row[key] as Date).toISOString() : String(row[key])])));
    }
    result[table] = `${rows.length}:${hash.digest('hex').slice(0, 16)}`;
  }
  return result;
}

/** Sends a write with a failure injected at `checkpoint` (TestApp.failAt), and clears it again whatever happens. */
export async function failingAt<T>(app: TestApp, checkpoint: string, send: () => Promise<T>): Promise<T> {
  app.failAt(checkpoint);
  try {
    return await send();
  } finally {
    app.failAt(null);
  }
}

/** Ids of the demo accounts' own records and of others', read once per app from the seed keys the demo accounts link to. */
export interface DemoScope {
  /** The demo manager's unit: the graphene institute. */
  hostUnitId: number;
  /** A station of the demo manager's unit, and one of another unit. */
  ownStationId: number;
  otherStationId: number;
  otherHostUnitId: number;
  /** The demo partner's organisation (IES Singapore, a Society), and another. */
  organizationId: number;
  otherOrganizationId: number;
  /** The demo reviewer's expert (gen:expert:001). */
  expertId: number;
  /** An offshore base: nobody's own but STAFF's. */
  offshoreBaseId: number;
}

const scopes = new WeakMap<TestApp, Promise<DemoScope>>();

export function demoScope(app: TestApp): Promise<DemoScope> {
  let scope = scopes.get(app);
  if (!scope) {
    scope = (async () => {
      const one = async (sql: string) => Number((await app.dataSource.query(sql))[0].id);
      return {
        hostUnitId: await one("SELECT id FROM host_unit WHERE seed_key = 'host:graphene'"),
        ownStationId: await one("SELECT s.id FROM station s JOIN host_unit h ON h.id = s.host_unit_id WHERE h.seed_key = 'host:graphene' ORDER BY s.id LIMIT 1"),
        otherStationId: await one("SELECT s.id FROM station s JOIN host_unit h ON h.id = s.host_unit_id WHERE h.seed_key <> 'host:graphene' ORDER BY s.id LIMIT 1"),
        otherHostUnitId: await one("SELECT id FROM host_unit WHERE seed_key <> 'host:graphene' ORDER BY id LIMIT 1"),
        organizationId: await one("SELECT id FROM organization WHERE seed_key = 'org:ies'"),
        otherOrganizationId: await one("SELECT id FROM organization WHERE seed_key <> 'org:ies' ORDER BY id LIMIT 1"),
        expertId: await one("SELECT id FROM expert WHERE seed_key = 'gen:expert:001'"),
        offshoreBaseId: await one('SELECT id FROM offshore_base ORDER BY id LIMIT 1'),
      };
    })();
    scopes.set(app, scope);
  }
  return scope;
}
