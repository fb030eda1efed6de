/**
 * networkStats breakdowns: each equals an independent SQL count over the seed, is ordered by count
 * then key, adds up to its scalar figure where its groups do not overlap, and costs one GROUP BY
 * statement, only when asked; labels come in Chinese and English; `asOf` on networkStats holds for
 * every breakdown under it.
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

const BREAKDOWNS = ['byDistrict', 'byCountry', 'byResearchField', 'byApprovalYear', 'byHostUnitKind', 'byProjectStatus', 'byEvaluationGrade', 'byProjectYear', 'byDisbursementYear'] as const;
const SCALARS = 'stations overseasTalents projects projectAmountCny fundingDisbursedCny';

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
  expect(buckets.find((b) => b.key === 'NEGOTIATING')).toBeUndefined();
  for (const bucket of buckets) expect(bucket.label).not.toBe(bucket.key);
});

const GRADE_LABELS: Record<string, string> = { EXCELLENT: '优秀', GOOD: '良好', QUALIFIED: '合格', UNQUALIFIED: '不合格' };

test('byEvaluationGrade: yearly evaluations recorded per grade, adding up to the evaluations', async () => {
  const rows = await app.dataSource.query('SELECT grade AS k FROM evaluation');
  expect(everything.byEvaluationGrade).toEqual(tally(rows.map((row: any) => ({ key: row.k })), (grade) => GRADE_LABELS[grade]));
  expect(everything.byEvaluationGrade.reduce((sum: number, b: Bucket) => sum + b.count, 0)).toBe(rows.length);
  expect(everything.byEvaluationGrade.map((b: Bucket) => b.key).sort()).toEqual(Object.keys(GRADE_LABELS).sort());
});

test('byProjectYear: projects introduced through stations per year introduced, adding up to projects and projectAmountCny', async () => {
  const rows: Array<{ d: string | Date; amount: number | string }> = await app.dataSource.query(
    "SELECT introduced_on AS d, amount_cny AS amount FROM project WHERE station_id IS NOT NULL AND status <> 'NEGOTIATING'",
  );
  const year = (d: string | Date) => (d instanceof Date ? d.toISOString() : String(d)).slice(0, 4);
  const buckets: Bucket[] = everything.byProjectYear;
  expect(buckets).toEqual(tally(rows.map((row) => ({ key: year(row.d), amount: row.amount })), (y) => `${y}年`, true));
  expect(buckets.reduce((sum, b) => sum + b.count, 0)).toBe(everything.projects);
  expect(buckets.reduce((sum, b) => sum + (b.amountCny ?? 0), 0)).toBe(everything.projectAmountCny);
});

test('byDisbursementYear: station funding payments per year paid, adding up to fundingDisbursedCny', async () => {
  const rows: Array<{ d: string | Date; amount: number | string }> = await app.dataSource.query(
    "SELECT d.disbursed_on AS d, d.amount_cny AS amount FROM disbursement d JOIN funding_grant g ON g.id = d.funding_grant_id WHERE g.kind IN ('ESTABLISHMENT', 'DISTRICT_MATCHING')",
  );
  const year = (d: string | Date) => (d instanceof Date ? d.toISOString() : String(d)).slice(0, 4);
  const buckets: Bucket[] = everything.byDisbursementYear;
  expect(buckets).toEqual(tally(rows.map((row) => ({ key: year(row.d), amount: row.amount })), (y) => `${y}年`, true));
  expect(buckets.reduce((sum, b) => sum + (b.amountCny ?? 0), 0)).toBe(everything.fundingDisbursedCny);
  // The demo network is alive: money was paid this year.
  expect(buckets.some((b) => Number(b.key) > 2023)).toBe(true);
});

test('every bucket has an English label beside the Chinese one: the tables\' English names, English country names, years, kinds', async () => {
  const data = await stats(BREAKDOWNS.map((name) => `${name} { key label labelEn }`).join(' '));
  const districts = new Map<string, string>((await app.dataSource.query('SELECT code, name_en FROM district')).map((row: any) => [row.code, row.name_en]));
  const fields = new Map<string, string>((await app.dataSource.query('SELECT code, name_en FROM research_field')).map((row: any) => [row.code, row.name_en]));
  for (const b of data.byDistrict) expect(b.labelEn).toBe(districts.get(b.key));
  for (const b of data.byResearchField) expect(b.labelEn).toBe(fields.get(b.key));
  expect(data.byDistrict.find((b: any) => b.key === 'yubei')).toEqual({ key: 'yubei', label: '渝北区', labelEn: 'Yubei District' });
  expect(data.byCountry.find((b: any) => b.key === 'NZ')).toEqual({ key: 'NZ', label: '新西兰', labelEn: 'New Zealand' });
  expect(data.byApprovalYear.find((b: any) => b.key === '2022')).toEqual({ key: '2022', label: '2022年', labelEn: '2022' });
  expect(data.byHostUnitKind.find((b: any) => b.key === 'LISTED_COMPANY')).toEqual({ key: 'LISTED_COMPANY', label: '上市公司', labelEn: 'Listed company' });
  expect(data.byEvaluationGrade.find((b: any) => b.key === 'EXCELLENT')).toEqual({ key: 'EXCELLENT', label: '优秀', labelEn: 'Excellent' });
  for (const name of BREAKDOWNS) {
    for (const b of data[name]) {
      expect([name, b.key, typeof b.labelEn, b.labelEn.length > 0, /\p{Script=Han}/u.test(b.labelEn)]).toEqual([name, b.key, 'string', true, false]);
    }
  }
});

test('asOf on networkStats holds for every breakdown: only rows dated on or before it, one GROUP BY each', async () => {
  const asOf = '2023-08-31';
  app.statements.length = 0;
  const then = dataOf(await app.query(`query($asOf: String) { networkStats(asOf: $asOf) { stations projects fundingDisbursedCny ${BREAKDOWNS.map(bucketFields).join(' ')} } }`, { asOf })).networkStats;
  expect(app.statements).toHaveLength(1 + BREAKDOWNS.length);
  const sum = (name: string, of: 'count' | 'amountCny' = 'count') => then[name].reduce((total: number, b: Bucket) => total + (b[of] ?? 0), 0);
  const scalar = async (sql: string) => Number(Object.values((await app.dataSource.query(sql, [asOf]))[0])[0]);
  expect(then.stations).toBe(await scalar('SELECT COUNT(*) FROM station WHERE approved_on <= ?'));
  for (const name of ['byDistrict', 'byApprovalYear', 'byHostUnitKind']) expect([name, sum(name)]).toEqual([name, then.stations]);
  expect(sum('byProjectYear')).toBe(then.projects);
  expect(sum('byProjectStatus')).toBe(then.projects);
  expect(sum('byDisbursementYear', 'amountCny')).toBe(then.fundingDisbursedCny);
  expect(sum('byEvaluationGrade')).toBe(await scalar('SELECT COUNT(*) FROM evaluation WHERE evaluated_on <= ?'));
  expect(sum('byResearchField')).toBe(await scalar('SELECT COUNT(*) FROM station_research_field srf JOIN station s ON s.id = srf.station_id WHERE s.approved_on <= ?'));
  expect(then.byDisbursementYear.every((b: Bucket) => b.key <= '2023')).toBe(true);
  expect(then.byApprovalYear.every((b: Bucket) => b.key <= '2023')).toBe(true);
  // Today's breakdowns count at least as much in every group.
  for (const name of BREAKDOWNS) {
    for (const b of then[name] as Bucket[]) expect([name, b.key, (everything[name] as Bucket[]).find((now) => now.key === b.key)!.count >= b.count]).toEqual([name, b.key, true]);
  }
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
