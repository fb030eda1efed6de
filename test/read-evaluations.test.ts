/** evaluations: every filter returns exactly the rows SQL finds on the seed, every order walks both ways. */
import { dataOf, startTestApp, TestApp } from './support/app';
import { listHelpers } from './support/lists';
import { toGlobalId } from '../src/graphql/global-id';
import { Evaluation, EvaluationGrade } from '../src/modules/evaluation/evaluation.entity';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp('read_evaluations');
  // The seed generates every evaluation: one entered by staff gives isGenerated: false rows to find.
  // A station the seed has no 2023 evaluation for (the continuation evaluates generated ones).
  const [{ id }] = await app.dataSource.query('SELECT id FROM station s WHERE NOT EXISTS (SELECT 1 FROM evaluation e WHERE e.station_id = s.id AND e.year = 2023) ORDER BY id LIMIT 1');
  await app.dataSource.getRepository(Evaluation).save({
    stationId: Number(id),
    year: 2023,
    score: 85,
    grade: EvaluationGrade.GOOD,
    evaluatedOn: '2024-01-15',
    comment: null,
    isGenerated: false,
  });
});
afterAll(async () => {
  await app?.stop();
});

const LIST = { field: 'evaluations', type: 'Evaluation', table: 'evaluation', filter: 'EvaluationFilter', order: 'EvaluationOrder' };
const { sql, ids, listed, expectFilter, expectNone } = listHelpers(() => app, LIST);

test('no filter: every evaluation once, in id order', async () => {
  const expected = ids(await sql('SELECT id FROM evaluation ORDER BY id'));
  expect((await listed(null, null, false, 100)).ids).toEqual(expected);
  expect((await listed({}, null, true, 100)).ids).toEqual(expected);
});

test('years range', async () => {
  const [{ lo, hi }] = await sql<{ lo: number; hi: number }>('SELECT MIN(year) AS lo, MAX(year) AS hi FROM evaluation');
  const mid = Math.floor((Number(lo) + Number(hi)) / 2);
  await expectFilter({ years: { from: mid, to: mid } }, 'SELECT id FROM evaluation WHERE year = ? ORDER BY id', [mid]);
  await expectFilter({ years: { from: mid } }, 'SELECT id FROM evaluation WHERE year >= ? ORDER BY id', [mid]);
  await expectFilter({ years: { to: mid } }, 'SELECT id FROM evaluation WHERE year <= ? ORDER BY id', [mid]);
});

test('grades', async () => {
  await expectFilter({ grades: ['EXCELLENT'] }, "SELECT id FROM evaluation WHERE grade = 'EXCELLENT' ORDER BY id");
  await expectFilter({ grades: ['QUALIFIED', 'UNQUALIFIED'] }, "SELECT id FROM evaluation WHERE grade IN ('QUALIFIED', 'UNQUALIFIED') ORDER BY id");
});

test('stationIds', async () => {
  const stations = await sql('SELECT station_id AS id FROM evaluation GROUP BY station_id ORDER BY COUNT(*) DESC, station_id');
  const two = [stations[0], stations[stations.length - 1]];
  await expectFilter({ stationIds: ids(two, 'Station') }, 'SELECT id FROM evaluation WHERE station_id IN (?, ?) ORDER BY id', two.map((s) => Number(s.id)));
  await expectNone({ stationIds: [] });
});

test('score range: under 70 is the exit line', async () => {
  await expectFilter({ score: { to: 69 } }, 'SELECT id FROM evaluation WHERE score <= 69 ORDER BY id');
  await expectFilter({ score: { from: 80, to: 89 } }, 'SELECT id FROM evaluation WHERE score BETWEEN 80 AND 89 ORDER BY id');
  await expectFilter({ score: { from: 90 } }, 'SELECT id FROM evaluation WHERE score >= 90 ORDER BY id');
});

test('isGenerated and combinations', async () => {
  await expectFilter({ isGenerated: true }, 'SELECT id FROM evaluation WHERE is_generated = 1 ORDER BY id');
  await expectFilter({ isGenerated: false }, 'SELECT id FROM evaluation WHERE is_generated = 0 ORDER BY id');
  await expectFilter(
    { years: { from: 2021 }, grades: ['GOOD', 'EXCELLENT'], score: { to: 91 } },
    "SELECT id FROM evaluation WHERE year >= 2021 AND grade IN ('GOOD', 'EXCELLENT') AND score <= 91 ORDER BY id",
  );
});

test.each([
  ['YEAR', 'year'],
  ['SCORE', 'score'],
  ['ID', 'id'],
])('orderBy %s walks forward and backward in the order SQL sorts', async (field, column) => {
  for (const direction of ['ASC', 'DESC']) {
    const expected = ids(await sql(`SELECT id FROM evaluation ORDER BY ${column} ${direction}, id ${direction}`));
    expect((await listed(null, { field, direction }, false, 60)).ids).toEqual(expected);
    expect((await listed(null, { field, direction }, true, 60)).ids).toEqual(expected);
  }
});

test('station: one statement for the whole page', async () => {
  const rows = await sql<{ id: number; station_id: number }>('SELECT id, station_id FROM evaluation ORDER BY id');
  app.statements.length = 0;
  const data = dataOf(await app.query('{ evaluations(first: 100) { edges { node { id year score grade station { id } } } } }'));
  expect(app.statements).toHaveLength(2);
  expect(data.evaluations.edges.map((edge: { node: { id: string; station: { id: string } } }) => [edge.node.id, edge.node.station.id])).toEqual(
    rows.slice(0, 100).map((row) => [toGlobalId('Evaluation', row.id), toGlobalId('Station', row.station_id)]),
  );
});
