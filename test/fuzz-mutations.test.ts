/**
 * Fuzzed writes: fast-check throws generated arguments at every mutation of the schema, as every
 * role and as an anonymous caller, over real HTTP. Whatever comes in, the answer is data or an
 * error a client can act on (never INTERNAL_SERVER_ERROR, never an HTTP 500), and afterwards the
 * database still keeps the programme's rules: no grant paid past its amount, every station's
 * status history a chain ending in its status, no reference to a missing row, the excellence
 * quota's counter agreeing with the grades. `npm run fuzz -- --runs N` runs more cases.
 */
import fc from 'fast-check';
import { buildAppSchema } from '../src/schema';
import { startTestApp, TestApp } from './support/app';
import { argumentsArbitrary, argumentText, errorCodes, everyCaller, FUZZ_RUNS, FUZZ_SEED, FuzzCaller, idPool, rootFields, selectionOf } from './support/fuzz';
import { count } from './support/writes';

let app: TestApp;
let callers: FuzzCaller[];

beforeAll(async () => {
  app = await startTestApp('fuzz_mutations');
  callers = await everyCaller(app);
});
afterAll(async () => {
  await app?.stop();
});

test('every mutation, as every role, with generated arguments: no internal error, and the rules still hold after', async () => {
  const schema = await buildAppSchema();
  const ids = await idPool(app.dataSource);
  const mutations = rootFields(schema, 'mutation').map((field) => {
    const { declarations, uses } = argumentText(field.args);
    return { name: field.name, query: `mutation Fuzz${declarations} { ${field.name}${uses} ${selectionOf(field.returns, 2)} }`, args: argumentsArbitrary(field.args, ids) };
  });
  const cases = fc.oneof(
    ...mutations.map((mutation) => fc.record({ mutation: fc.constant(mutation), variables: mutation.args, caller: fc.constantFrom(...callers) })),
  );
  const seen = new Map<string, Set<string>>();
  await fc.assert(
    fc.asyncProperty(cases, async ({ mutation, variables, caller }) => {
      const { status, body } = await app.post(mutation.query, variables, caller.options);
      const codes = errorCodes(body);
      let answers = seen.get(mutation.name);
      if (!answers) seen.set(mutation.name, (answers = new Set()));
      for (const code of codes.length ? codes : ['ok']) answers.add(code);
      expect({ mutation: mutation.name, caller: caller.label, status, internal: codes.includes('INTERNAL_SERVER_ERROR') }).toEqual({
        mutation: mutation.name,
        caller: caller.label,
        status: status === 500 ? 'not 500' : status,
        internal: false,
      });
    }),
    { numRuns: FUZZ_RUNS ?? 400, seed: FUZZ_SEED, endOnFailure: true },
  );
  if (process.env.FUZZ_VERBOSE) console.log([...seen].map(([name, answers]) => `${name}: ${[...answers].join(" ")}`).join("\n"));
  // The cases reached most mutations, and some of them got past validation and scope to commit.
  expect(seen.size).toBeGreaterThan(mutations.length * 0.6);
  expect([...seen.values()].filter((answers) => answers.has('ok')).length).toBeGreaterThan(0);
  await expectInvariants();
  // And the public figures still answer for everybody (a sum past what the API can return once broke them).
  const stats = await app.post(`{ networkStats ${selectionOf(schema.getType('NetworkStats')!, 1)} }`, undefined, { anonymous: true });
  expect(errorCodes(stats.body)).toEqual([]);
});

/** The programme's rules, read from the rows: each would fail if a generated write had broken it. */
async function expectInvariants(): Promise<void> {
  // No grant paid past its amount, and each grant's running total is the sum of its disbursements.
  const grants: { id: number; amount: string | number; disbursed: string | number; paid: string | number | null }[] = await app.dataSource.query(
    `SELECT g.id, g.amount_cny AS amount, g.disbursed_cny AS disbursed, (SELECT SUM(d.amount_cny) FROM disbursement d WHERE d.funding_grant_id = g.id) AS paid FROM funding_grant g`,
  );
  for (const grant of grants) {
    expect({ grant: grant.id, within: Number(grant.disbursed) <= Number(grant.amount), total: Number(grant.paid ?? 0) }).toEqual({ grant: grant.id, within: true, total: Number(grant.disbursed) });
  }
  // Every station's status history is a chain from its approval to the status it has now.
  const stations: { id: number; status: string }[] = await app.dataSource.query('SELECT id, status FROM station ORDER BY id');
  const changes: { station_id: number; from_status: string | null; to_status: string }[] = await app.dataSource.query(
    'SELECT station_id, from_status, to_status FROM station_status_change ORDER BY station_id, id',
  );
  const history = new Map<number, typeof changes>();
  for (const change of changes) history.set(change.station_id, [...(history.get(change.station_id) ?? []), change]);
  for (const station of stations) {
    const chain = history.get(station.id) ?? [];
    if (!chain.length) continue; // seeded stations approved before the history began
    const broken = chain.slice(1).filter((change, i) => change.from_status !== chain[i].to_status);
    expect({ station: station.id, broken, last: chain[chain.length - 1].to_status }).toEqual({ station: station.id, broken: [], last: station.status });
  }
  // No row points at a row that is not there (MariaDB enforces this; SQLite is asked too).
  for (const metadata of app.dataSource.entityMetadatas) {
    for (const foreignKey of metadata.foreignKeys) {
      const column = foreignKey.columns[0].databaseName;
      const target = foreignKey.referencedEntityMetadata.tableName;
      const orphans = await count(app, metadata.tableName, `${column} IS NOT NULL AND ${column} NOT IN (SELECT id FROM ${target})`);
      expect({ table: metadata.tableName, column, orphans }).toEqual({ table: metadata.tableName, column, orphans: 0 });
    }
  }
  // The excellence quota's counter agrees with the grades it counted.
  const years: { year: number; counted: number | string; graded: number | string }[] = await app.dataSource.query(
    `SELECT y.year, y.excellent_count AS counted, (SELECT COUNT(*) FROM evaluation e WHERE e.year = y.year AND e.grade = 'EXCELLENT') AS graded FROM evaluation_year y`,
  );
  for (const year of years) expect({ year: year.year, counted: Number(year.counted) }).toEqual({ year: year.year, counted: Number(year.graded) });
}
