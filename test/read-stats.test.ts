/**
 * networkStats breakdowns: each equals an independent SQL count over the seed, is ordered by count
 * then key, adds up to its scalar figure where its groups do not overlap, and costs one GROUP BY
 * statement, only when asked.
 */
import { dataOf, startTestApp, TestApp } from './support/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp('read_stats');
});
afterAll(async () => {
  await app?.stop();
});

interface Bucket {
  key: string;
  label: string;
  count: number;
  amountCny: number | null;
}

const BREAKDOWNS = ['byDistrict', 'byCountry', 'byResearchField', 'byApprovalYear', 'byHostUnitKind', 'byProjectStatus'] as const;
const SCALARS = 'stations overseasTalents projects projectAmountCny';

async function stats(fields: string): Promise<any> {
  return dataOf(await app.query(`{ networkStats { ${fields} } }`)).networkStats;
}

const bucketFields = (name: string) => `${name} { key label count amountCny }`;

/** Largest first, then by key: the order the API promises. */
function ordered(buckets: Bucket[]): Bucket[] {
  return [...buckets].sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Tallies rows in JS, so the expectation shares no GROUP BY with the code under test. */
function tally(rows: { key: string | number; label?: string; amount?: number | string | null }[], label: (key: string) => string = (key) => key, amounts = false): Bucket[] {
  const buckets = new Map<string, Bucket>();
  for (const row of rows) {
    const key = String(row.key);
    const bucket = buckets.get(key) ?? { key, label: row.label ?? label(key), count: 0, amountCny: amounts ? 0 : null };
    bucket.count += 1;
    if (amounts) bucket.amountCny = (bucket.amountCny ?? 0) + Number(row.amount);
    buckets.set(key, bucket);
  }
  return ordered([...buckets.values()]);
}

let everything: any;
beforeAll(async () => {
  everything = await stats(`${SCALARS} ${BREAKDOWNS.map(bucketFields).join(' ')}`);
});

test('byDistrict: stations per district, labelled in Chinese, adding up to stations', async () => {
  const rows = await app.dataSource.query('SELECT d.code AS k, d.name_zh AS label FROM station s, district d WHERE d.id = s.district_id');
  expect(everything.byDistrict).toEqual(tally(rows.map((row: any) => ({ key: row.k, label: row.label }))));
  expect(everything.byDistrict.reduce((sum: number, b: Bucket) => sum + b.count, 0)).toBe(everything.stations);
  expect(everything.byDistrict.length).toBeGreaterThan(1);
});

test('byCountry: overseas talents engaged at stations per country (ISO code), adding up to overseasTalents', async () => {
  const rows: { k: string }[] = await app.dataSource.query(
    "SELECT t.country_code AS k FROM talent t WHERE t.country_code <> 'CN' AND EXISTS (SELECT 1 FROM engagement e WHERE e.talent_id = t.id AND e.station_id IS NOT NULL)",
  );
  const names = new Intl.DisplayNames(['zh-CN'], { type: 'region' });
  const expected = tally(rows.map((row) => ({ key: row.k })), (code) => names.of(code)!);
  expect(everything.byCountry).toEqual(expected);
  expect(everything.byCountry.reduce((sum: number, b: Bucket) => sum + b.count, 0)).toBe(everything.overseasTalents);
  expect(everything.overseasTalents).toBe(402);
  expect(everything.byCountry.find((b: Bucket) => b.key === 'NZ')?.label).toBe('新西兰');
  expect(everything.byCountry.find((b: Bucket) => b.key === 'CN')).toBeUndefined();
  for (const bucket of everything.byCountry) expect(bucket.key).toMatch(/^[A-Z]{2}$/);
});

test('byResearchField: stations per field (a station counts in each of its fields)', async () => {
  const rows = await app.dataSource.query(
    'SELECT rf.code AS k, rf.name_zh AS label FROM research_field rf JOIN station_research_field srf ON srf.research_field_id = rf.id',
  );
  expect(everything.byResearchField).toEqual(tally(rows.map((row: any) => ({ key: row.k, label: row.label }))));
  const [{ n }] = await app.dataSource.query('SELECT COUNT(*) AS n FROM station_research_field');
  expect(everything.byResearchField.reduce((sum: number, b: Bucket) => sum + b.count, 0)).toBe(Number(n));
});

test('byApprovalYear: stations per year, 12 in 2022, adding up to stations', async () => {
  const rows = await app.dataSource.query('SELECT approval_year AS k FROM station');
  expect(everything.byApprovalYear).toEqual(tally(rows.map((row: any) => ({ key: row.k })), (year) => `${year}年`));
  expect(everything.byApprovalYear.find((b: Bucket) => b.key === '2022')).toEqual({ key: '2022', label: '2022年', count: 12, amountCny: null });
  expect(everything.byApprovalYear.reduce((sum: number, b: Bucket) => sum + b.count, 0)).toBe(everything.stations);
});

test('byHostUnitKind: stations per kind of host unit, adding up to stations', async () => {
  const rows = await app.dataSource.query('SELECT h.kind AS k FROM station s JOIN host_unit h ON h.id = s.host_unit_id');
  const buckets: Bucket[] = everything.byHostUnitKind;
  expect(buckets.map(({ label, ...rest }) => rest)).toEqual(tally(rows.map((row: any) => ({ key: row.k }))).map(({ label, ...rest }) => rest));
  expect(buckets.find((b) => b.key === 'LISTED_COMPANY')?.label).toBe('上市公司');
  for (const bucket of buckets) expect(bucket.label).not.toBe(bucket.key);
  expect(buckets.reduce((sum, b) => sum + b.count, 0)).toBe(everything.stations);
});

test('byProjectStatus: projects introduced through stations per status, amounts adding up to projectAmountCny', async () => {
  const rows = await app.dataSource.query("SELECT status AS k, amount_cny AS amount FROM project WHERE station_id IS NOT NULL AND status <> 'NEGOTIATING'");
  const buckets: Bucket[] = everything.byProjectStatus;
  expect(buckets.map(({ label, ...rest }) => rest)).toEqual(tally(rows.map((row: any) => ({ key: row.k, amount: row.amount })), undefined, true).map(({ label, ...rest }) => rest));
  expect(buckets.reduce((sum, b) => sum + b.count, 0)).toBe(everything.projects);
  expect(buckets.reduce((sum, b) => sum + (b.amountCny ?? 0), 0)).toBe(everything.projectAmountCny);
  expect(everything.projectAmountCny).toBe(420_000_000);
  expect(buckets.find((b) => b.key === 'NEGOTIATING')).toBeUndefined();
  for (const bucket of buckets) expect(bucket.label).not.toBe(bucket.key);
});

test('buckets are ordered by count, largest first, then by key', () => {
  for (const name of BREAKDOWNS) expect([name, everything[name]]).toEqual([name, ordered(everything[name])]);
});

test('each breakdown is one GROUP BY statement, run only when asked', async () => {
  app.statements.length = 0;
  await stats(SCALARS);
  expect(app.statements).toHaveLength(1);
  expect(app.statements[0]).not.toMatch(/GROUP BY/);

  app.statements.length = 0;
  await stats(`stations ${bucketFields('byDistrict')}`);
  expect(app.statements).toHaveLength(2);
  expect(app.statements.filter((sql) => /GROUP BY/.test(sql))).toHaveLength(1);

  app.statements.length = 0;
  await stats(BREAKDOWNS.map(bucketFields).join(' '));
  // the scalar figures' statement, then one per breakdown
  expect(app.statements).toHaveLength(1 + BREAKDOWNS.length);
  expect(app.statements.filter((sql) => /GROUP BY/.test(sql))).toHaveLength(BREAKDOWNS.length);
});

test('breakdowns follow the rows', async () => {
  const before = await stats(`${bucketFields('byApprovalYear')} ${bucketFields('byDistrict')}`);
  const [station] = await app.dataSource.query('SELECT id, approval_year AS y FROM station ORDER BY id LIMIT 1');
  await app.dataSource.query('UPDATE station SET approval_year = 1999 WHERE id = ?', [station.id]);
  try {
    const after = await stats(bucketFields('byApprovalYear'));
    expect(after.byApprovalYear.find((b: Bucket) => b.key === '1999')).toEqual({ key: '1999', label: '1999年', count: 1, amountCny: null });
    const was = (list: Bucket[]) => list.find((b) => b.key === String(station.y))?.count ?? 0;
    expect(was(after.byApprovalYear)).toBe(was(before.byApprovalYear) - 1);
  } finally {
    await app.dataSource.query('UPDATE station SET approval_year = ? WHERE id = ?', [station.y, station.id]);
  }
});
