/**
 * recordEvaluation over HTTP: STAFF only; grades by the score bands and the year's excellence quota
 * (20% of the stations active in the year, rounded up, counted from the status history); the quota
 * holds when recordings arrive at the same moment; two years running under 70 revoke the station
 * in the same transaction, with the reason in its history; one evaluation per station and year;
 * idempotent retries; and a failure mid-way leaves every table as it was.
 */
import { AS_OF } from '../seeds/gen/timeline';
import { toGlobalId } from '../src/graphql/global-id';
import { dataOf, GraphQLResponse, startTestApp, TestApp } from './support/app';
import { codeOf, count, counts, failingAt } from './support/writes';
import { testRows } from './support/rows';

let app: TestApp;
let staff: string;
const add = testRows(() => app.dataSource);

const RECORD = `mutation($input: RecordEvaluationInput!) {
  recordEvaluation(input: $input) {
    evaluation { id year score grade evaluatedOn comment }
    station { id status statusHistory(first: 20) { edges { node { fromStatus toStatus reason changedBy } } } }
  }
}`;

interface Recorded {
  evaluation: { id: string; year: number; score: number; grade: string; evaluatedOn: string; comment: string | null };
  station: { id: string; status: string; statusHistory: { edges: { node: { fromStatus: string | null; toStatus: string; reason: string | null; changedBy: string | null } }[] } };
}

beforeAll(async () => {
  // The network as the article left it: these tests record the years after it (2023–2026) afresh.
  app = await startTestApp('write_evaluations', { seedUntil: AS_OF });
  staff = await app.tokenFor('staff');
});
afterAll(async () => {
  await app?.stop();
});

async function scalar(sql: string, parameters: unknown[] = []): Promise<number> {
  const [row] = await app.dataSource.query(sql, parameters);
  return Number(Object.values(row)[0] ?? 0);
}

/** Stations no earlier test took, meeting `where` (on alias s), lowest ids first. */
const taken = new Set<number>();
async function stations(where: string, n: number): Promise<number[]> {
  const ids = (await app.dataSource.query(`SELECT s.id FROM station s WHERE ${where} ORDER BY s.id`)).map((row: { id: number | string }) => Number(row.id)).filter((id: number) => !taken.has(id));
  if (ids.length < n) throw new Error(`the seed has ${ids.length} stations where ${where}; this test needs ${n}`);
  const picked = ids.slice(0, n);
  picked.forEach((id: number) => taken.add(id));
  return picked;
}

const notEvaluatedIn = (year: number) => `s.status = 'ACTIVE' AND s.approval_year <= ${year} AND NOT EXISTS (SELECT 1 FROM evaluation e WHERE e.station_id = s.id AND e.year = ${year})`;

const record = (stationId: number, year: number, score: number, extra: Record<string, unknown> = {}, token = staff) =>
  app.query<{ recordEvaluation: Recorded }>(RECORD, { input: { stationId: toGlobalId('Station', stationId), year, score, ...extra } }, { token });

async function recorded(stationId: number, year: number, score: number, extra: Record<string, unknown> = {}): Promise<Recorded> {
  return dataOf(await record(stationId, year, score, extra)).recordEvaluation;
}

const counter = (year: number) => scalar('SELECT COALESCE(MAX(excellent_count), -1) AS n FROM evaluation_year WHERE year = ?', [year]);
const excellentRows = (year: number) => scalar("SELECT COUNT(*) AS n FROM evaluation WHERE year = ? AND grade = 'EXCELLENT'", [year]);

/** The stations active in `year` as DOMAIN.md defines it, worked out here independently of the service. */
async function activeIn(year: number): Promise<{ active: number; approved: number }> {
  const approved = await scalar('SELECT COUNT(*) AS n FROM station WHERE approval_year <= ?', [year]);
  const rows: { station_id: number | string; to_status: string; changed_on: string }[] = await app.dataSource.query(
    'SELECT station_id, to_status, changed_on FROM station_status_change ORDER BY station_id, changed_on, id',
  );
  // Each station's latest entry before the year began.
  const latestBefore = new Map<number, string>();
  for (const row of rows) if (String(row.changed_on).slice(0, 10) < `${year}-01-01`) latestBefore.set(Number(row.station_id), row.to_status);
  const out = [...latestBefore.entries()].filter(([, status]) => status === 'REVOKED' || status === 'EXPIRED').map(([id]) => id);
  const exitedApproved = out.length ? await scalar(`SELECT COUNT(*) AS n FROM station WHERE approval_year <= ? AND id IN (${out.join(',')})`, [year]) : 0;
  return { active: approved - exitedApproved, approved };
}

test('STAFF only: anonymous callers sign in first, other roles are refused, and nothing is written', async () => {
  const [station] = await stations(notEvaluatedIn(2025), 1);
  const before = await count(app, 'evaluation');
  expect(codeOf(await app.query(RECORD, { input: { stationId: toGlobalId('Station', station), year: 2025, score: 80 } }))).toBe('UNAUTHENTICATED');
  for (const role of ['manager', 'partner', 'reviewer'] as const) {
    const response = await record(station, 2025, 80, {}, await app.tokenFor(role));
    expect(codeOf(response)).toBe('FORBIDDEN');
    expect(response.errors?.[0].message).toMatch(/recordEvaluation is for STAFF/);
  }
  expect(await count(app, 'evaluation')).toBe(before);
});

test('grades follow the score bands; the evaluation and its audit row are written', async () => {
  const ids = await stations(notEvaluatedIn(2025), 5);
  const audits = await count(app, 'audit_event');
  const grades = [];
  for (const [i, score] of [89, 80, 79, 70, 69].entries()) grades.push((await recorded(ids[i], 2025, score, { comment: `score ${score}` })).evaluation);
  expect(grades.map((e) => [e.score, e.grade])).toEqual([
    [89, 'GOOD'],
    [80, 'GOOD'],
    [79, 'QUALIFIED'],
    [70, 'QUALIFIED'],
    [69, 'UNQUALIFIED'],
  ]);
  expect(grades[0]).toMatchObject({ year: 2025, comment: 'score 89', evaluatedOn: new Date().toISOString().slice(0, 10) });
  expect(await count(app, 'audit_event')).toBe(audits + 5);
  const [audit] = await app.dataSource.query("SELECT actor, action, target_type, target_id FROM audit_event WHERE action = 'recordEvaluation' ORDER BY id DESC LIMIT 1");
  expect(audit).toMatchObject({ actor: 'staff@demo.haizhi', target_type: 'Evaluation', target_id: grades[4].id });
});

test('with 10 stations active in a year the quota is 2: the third 90+ score that year is GOOD; an 11th station raises it to 3', async () => {
  // The seed's first round: 6 stations approved in 2015, none out of the network before 2016.
  expect((await activeIn(2015)).active).toBe(6);
  for (let i = 0; i < 4; i++) await add.station({ approvalYear: 2015, approvedOn: '2015-06-30', validUntil: '2018-06-29' });
  expect((await activeIn(2015)).active).toBe(10);
  const ids = await stations(notEvaluatedIn(2015), 4);
  expect(await counter(2015)).toBe(-1); // no counter row yet: the first recording makes it
  const first = [];
  for (const [i, score] of [95, 91, 99].entries()) first.push((await recorded(ids[i], 2015, score)).evaluation.grade);
  expect(first).toEqual(['EXCELLENT', 'EXCELLENT', 'GOOD']);
  expect([await counter(2015), await excellentRows(2015)]).toEqual([2, 2]);

  await add.station({ approvalYear: 2015, approvedOn: '2015-06-30', validUntil: '2018-06-29' });
  expect((await recorded(ids[3], 2015, 90)).evaluation.grade).toBe('EXCELLENT');
  expect([await counter(2015), await excellentRows(2015)]).toEqual([3, 3]);
});

test("a year's counter starts from the EXCELLENT grades it has already (the seed's), so the quota counts them", async () => {
  const seeded = await excellentRows(2016);
  expect(seeded).toBeGreaterThan(0);
  const cap = Math.ceil((await activeIn(2016)).active / 5);
  expect(seeded).toBeLessThanOrEqual(cap);
  // One more 90+ score than the slots left: all but the last are EXCELLENT.
  const ids = await stations(notEvaluatedIn(2016), cap - seeded + 1);
  const grades = [];
  for (const id of ids) grades.push((await recorded(id, 2016, 96)).evaluation.grade);
  expect(grades).toEqual([...Array(cap - seeded).fill('EXCELLENT'), 'GOOD']);
  expect([await counter(2016), await excellentRows(2016)]).toEqual([cap, cap]);
});

test('20 recordings of 95 at the same moment in a fresh year never pass the quota, and the counter equals the EXCELLENT rows', async () => {
  const { active, approved } = await activeIn(2024);
  // Stations revoked or lapsed before 2024 do not count: without the history the cap would be larger.
  const cap = Math.ceil(active / 5);
  expect(Math.ceil(approved / 5)).toBeGreaterThan(cap);
  expect(await excellentRows(2024)).toBe(0);
  const ids = await stations(notEvaluatedIn(2024), 20);
  expect(ids.length).toBeGreaterThan(cap);
  const responses = await Promise.all(ids.map((id) => record(id, 2024, 95)));
  const grades = responses.map((response) => dataOf(response).recordEvaluation.evaluation.grade);
  expect(grades.filter((grade) => grade === 'EXCELLENT')).toHaveLength(cap);
  expect(grades.filter((grade) => grade === 'GOOD')).toHaveLength(20 - cap);
  expect([await counter(2024), await excellentRows(2024)]).toEqual([cap, cap]);
  expect(await scalar('SELECT COUNT(*) AS n FROM evaluation_year WHERE year = 2024')).toBe(1);
});

test('a second year running under 70 revokes a suspended station, with the reason in its history, and the event follows the commit', async () => {
  // The seed suspended these stations for failing 2022.
  const [station] = await stations("s.status = 'SUSPENDED' AND EXISTS (SELECT 1 FROM evaluation e WHERE e.station_id = s.id AND e.year = 2022 AND e.score < 70)", 1);
  const failed2022 = await scalar('SELECT score FROM evaluation WHERE station_id = ? AND year = 2022', [station]);
  app.events.length = 0;
  const result = await recorded(station, 2023, 62);
  expect(result.evaluation.grade).toBe('UNQUALIFIED');
  expect(result.station.status).toBe('REVOKED');
  const last = result.station.statusHistory.edges.at(-1)!.node;
  expect(last).toMatchObject({ fromStatus: 'SUSPENDED', toStatus: 'REVOKED', changedBy: 'staff@demo.haizhi' });
  expect(last.reason).toBe(`2022、2023年度绩效评价连续两年低于70分（${failed2022}分、62分），按动态管理规定撤销。`);
  expect(app.events.map((event) => event.type)).toEqual(['StationStatusChanged']);
  expect(app.events[0]).toMatchObject({ stationId: station, from: 'SUSPENDED', to: 'REVOKED' });
  const [row] = await app.dataSource.query('SELECT status FROM station WHERE id = ?', [station]);
  expect(row.status).toBe('REVOKED');
});

test('an active station: one failing year leaves it active; the adjacent one revokes it, recorded in either order; failing years apart do not', async () => {
  const [outOfOrder, apart] = await stations(notEvaluatedIn(2023) + ' AND s.approval_year <= 2020', 2);
  app.events.length = 0;
  expect((await recorded(outOfOrder, 2026, 50)).station.status).toBe('ACTIVE');
  expect(app.events).toEqual([]);
  const revoked = await recorded(outOfOrder, 2025, 55);
  expect(revoked.station.status).toBe('REVOKED');
  expect(revoked.station.statusHistory.edges.at(-1)!.node).toMatchObject({ fromStatus: 'ACTIVE', toStatus: 'REVOKED', reason: '2025、2026年度绩效评价连续两年低于70分（55分、50分），按动态管理规定撤销。' });

  expect((await recorded(apart, 2023, 60)).station.status).toBe('ACTIVE');
  expect((await recorded(apart, 2025, 60)).station.status).toBe('ACTIVE');
});

test('a station out of the network before the year began is not evaluated for it (CONFLICT naming its status)', async () => {
  // Revoked on 2023-02-15 by the seed's history.
  const [station] = await stations("s.status = 'REVOKED'", 1);
  const before = await count(app, 'evaluation');
  const response = await record(station, 2024, 80);
  expect(codeOf(response)).toBe('CONFLICT');
  expect(response.errors?.[0].extensions?.currentStatus).toBe('REVOKED');
  expect(response.errors?.[0].message).toMatch(/was REVOKED on 2023-02-15, before 2024 began/);
  expect(await count(app, 'evaluation')).toBe(before);
});

test('one evaluation per station and year: the second is CONFLICT and writes nothing', async () => {
  const [station] = await stations(notEvaluatedIn(2025), 1);
  await recorded(station, 2025, 95);
  const tables = ['evaluation', 'audit_event'];
  const before = [...(await counts(app, tables)), await counter(2025)];
  const again = await record(station, 2025, 72);
  expect(codeOf(again)).toBe('CONFLICT');
  expect(again.errors?.[0].extensions?.currentState).toBe('EVALUATED');
  expect(again.errors?.[0].message).toMatch(/has its 2025 evaluation already \(score 95, EXCELLENT\)/);
  expect([...(await counts(app, tables)), await counter(2025)]).toEqual(before);
});

test('bad input names the field: score, year, evaluatedOn, station', async () => {
  const [station] = await stations("s.status = 'ACTIVE' AND s.approval_year = 2022", 1);
  const before = await count(app, 'evaluation');
  const problemsOf = (response: GraphQLResponse) => (response.errors?.[0].extensions?.problems as { path: string; message: string }[]).map((p) => p.path);
  const badScore = await record(station, 2025, 101);
  expect(codeOf(badScore)).toBe('BAD_USER_INPUT');
  expect(problemsOf(badScore)).toEqual(['input.score']);
  const early = await record(station, 2021, 80);
  expect(codeOf(early)).toBe('BAD_USER_INPUT');
  expect(early.errors?.[0].message).toMatch(/input.year: the station was approved in 2022/);
  const future = await record(station, new Date().getUTCFullYear() + 1, 80);
  expect(problemsOf(future)).toEqual(['input.year']);
  const evaluatedOn = await record(station, 2025, 80, { evaluatedOn: '2024-12-31' });
  expect(problemsOf(evaluatedOn)).toEqual(['input.evaluatedOn']);
  const missing = await app.query(RECORD, { input: { stationId: toGlobalId('Station', 999_999), year: 2025, score: 80 } }, { token: staff });
  expect(codeOf(missing)).toBe('NOT_FOUND');
  expect(missing.errors?.[0].extensions?.argument).toBe('input.stationId');
  const wrongType = await app.query(RECORD, { input: { stationId: toGlobalId('Talent', 1), year: 2025, score: 80 } }, { token: staff });
  expect(codeOf(wrongType)).toBe('BAD_USER_INPUT');
  expect(wrongType.errors?.[0].extensions?.argument).toBe('input.stationId');
  expect(await count(app, 'evaluation')).toBe(before);
});

test('an idempotency key replays the first evaluation and writes nothing', async () => {
  const [station] = await stations(notEvaluatedIn(2025), 1);
  const first = await recorded(station, 2025, 77, { idempotencyKey: 'evaluation-retry-1' });
  const before = await counts(app, ['evaluation', 'audit_event', 'idempotency_key']);
  const again = await recorded(station, 2025, 77, { idempotencyKey: 'evaluation-retry-1' });
  expect(again.evaluation).toEqual(first.evaluation);
  expect(await counts(app, ['evaluation', 'audit_event', 'idempotency_key'])).toEqual(before);
  const other = await record(station, 2025, 78, { idempotencyKey: 'evaluation-retry-1' });
  expect(codeOf(other)).toBe('CONFLICT');
});

test('a failure injected mid-way leaves every table as it was (the quota slot and the revocation included) and publishes nothing', async () => {
  const [excellent] = await stations(notEvaluatedIn(2023), 1);
  const [failing] = await stations(notEvaluatedIn(2023) + ' AND NOT EXISTS (SELECT 1 FROM evaluation e WHERE e.station_id = s.id AND e.year = 2024)', 1);
  await recorded(failing, 2023, 60);
  const snapshot = async () => ({
    counts: await counts(app, ['evaluation', 'evaluation_year', 'station_status_change', 'audit_event', 'idempotency_key']),
    slots: await scalar('SELECT COALESCE(SUM(excellent_count), 0) AS n FROM evaluation_year'),
    revoked: await scalar("SELECT COUNT(*) AS n FROM station WHERE status = 'REVOKED'"),
    versions: await scalar('SELECT COALESCE(SUM(version), 0) AS n FROM station'),
  });
  const before = await snapshot();
  app.events.length = 0;
  expect(codeOf(await failingAt(app, 'recordEvaluation:evaluation-recorded', () => record(excellent, 2023, 98, { idempotencyKey: 'doomed-evaluation' })))).toBe('INTERNAL_SERVER_ERROR');
  expect(codeOf(await failingAt(app, 'recordEvaluation:before-commit', () => record(failing, 2024, 61)))).toBe('INTERNAL_SERVER_ERROR');
  expect(await snapshot()).toEqual(before);
  expect(app.events).toEqual([]);
  // Nothing was kept: the same recordings now go through.
  expect((await recorded(excellent, 2023, 98, { idempotencyKey: 'doomed-evaluation' })).evaluation.grade).toBe('EXCELLENT');
  expect((await recorded(failing, 2024, 61)).station.status).toBe('REVOKED');
});
