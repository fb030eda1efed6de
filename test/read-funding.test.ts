/** fundingGrants: every filter returns exactly the rows SQL finds on the seed, every order walks both ways, sums and payments load by shape. */
import { dataOf, startTestApp, TestApp } from './support/app';
import { listHelpers } from './support/lists';
import { testRows } from './support/rows';
import { GrantKind } from '../src/modules/funding/funding-grant.entity';
import { toGlobalId } from '../src/graphql/global-id';

let app: TestApp;
const add = testRows(() => app.dataSource);
beforeAll(async () => {
  app = await startTestApp('read_funding');
  // The article names no single grant, so the seed generates them all: one entered by staff gives
  // isGenerated: false rows to find.
  const station = await add.firstId('SELECT id FROM station ORDER BY id');
  await add.grant({ kind: GrantKind.ESTABLISHMENT, stationId: station, title: '测试建站工作经费', year: 2023, isGenerated: false });
});
afterAll(async () => {
  await app?.stop();
});

const LIST = { field: 'fundingGrants', type: 'FundingGrant', table: 'funding_grant', filter: 'FundingGrantFilter', order: 'FundingGrantOrder' };
const { sql, ids, listed, expectFilter } = listHelpers(() => app, LIST);

test('no filter: every grant once, in id order', async () => {
  const expected = ids(await sql('SELECT id FROM funding_grant ORDER BY id'));
  expect((await listed(null)).ids).toEqual(expected);
  expect((await listed({}, null, true)).ids).toEqual(expected);
});

test('kinds', async () => {
  await expectFilter({ kinds: ['ESTABLISHMENT'] }, "SELECT id FROM funding_grant WHERE kind = 'ESTABLISHMENT' ORDER BY id");
  await expectFilter({ kinds: ['DISTRICT_MATCHING', 'ACADEMIC_EXCHANGE'] }, "SELECT id FROM funding_grant WHERE kind IN ('DISTRICT_MATCHING', 'ACADEMIC_EXCHANGE') ORDER BY id");
});

test('years range', async () => {
  const [{ lo, hi }] = await sql<{ lo: number; hi: number }>('SELECT MIN(year) AS lo, MAX(year) AS hi FROM funding_grant');
  await expectFilter({ years: { from: Number(lo) + 1, to: Number(hi) - 1 } }, 'SELECT id FROM funding_grant WHERE year BETWEEN ? AND ? ORDER BY id', [Number(lo) + 1, Number(hi) - 1]);
  await expectFilter({ years: { from: Number(hi) } }, 'SELECT id FROM funding_grant WHERE year >= ? ORDER BY id', [Number(hi)]);
  await expectFilter({ years: { to: Number(lo) } }, 'SELECT id FROM funding_grant WHERE year <= ? ORDER BY id', [Number(lo)]);
});

test('stationIds, offshoreBaseIds and funderDistrictIds', async () => {
  const stations = await sql('SELECT station_id AS id FROM funding_grant WHERE station_id IS NOT NULL GROUP BY station_id ORDER BY COUNT(*) DESC, station_id');
  const two = stations.slice(0, 2);
  await expectFilter({ stationIds: ids(two, 'Station') }, 'SELECT id FROM funding_grant WHERE station_id IN (?, ?) ORDER BY id', two.map((s) => Number(s.id)));

  const bases = await sql('SELECT DISTINCT offshore_base_id AS id FROM funding_grant WHERE offshore_base_id IS NOT NULL ORDER BY offshore_base_id');
  await expectFilter({ offshoreBaseIds: ids(bases.slice(0, 1), 'OffshoreBase') }, 'SELECT id FROM funding_grant WHERE offshore_base_id = ? ORDER BY id', [Number(bases[0].id)]);

  const [district] = await sql('SELECT funder_district_id AS id FROM funding_grant WHERE funder_district_id IS NOT NULL ORDER BY id');
  await expectFilter({ funderDistrictIds: ids([district], 'District') }, 'SELECT id FROM funding_grant WHERE funder_district_id = ? ORDER BY id', [Number(district.id)]);
});

test('amountCny and awardedOn ranges', async () => {
  const amounts = (await sql<{ a: number | string }>('SELECT DISTINCT amount_cny AS a FROM funding_grant ORDER BY amount_cny')).map((r) => Number(r.a));
  const low = amounts[1];
  const high = amounts[amounts.length - 2];
  await expectFilter({ amountCny: { from: low, to: high } }, 'SELECT id FROM funding_grant WHERE amount_cny BETWEEN ? AND ? ORDER BY id', [low, high]);
  await expectFilter({ amountCny: { to: low } }, 'SELECT id FROM funding_grant WHERE amount_cny <= ? ORDER BY id', [low]);

  const dates = (await sql<{ d: string }>('SELECT awarded_on AS d FROM funding_grant ORDER BY awarded_on')).map((r) => r.d);
  const from = dates[Math.floor(dates.length / 3)];
  const to = dates[Math.floor((dates.length * 2) / 3)];
  await expectFilter({ awardedOn: { from, to } }, 'SELECT id FROM funding_grant WHERE awarded_on BETWEEN ? AND ? ORDER BY id', [from, to]);
});

test('titleContains and isGenerated', async () => {
  await expectFilter({ titleContains: '配套' }, "SELECT id FROM funding_grant WHERE title LIKE '%配套%' ORDER BY id");
  await expectFilter({ isGenerated: false }, 'SELECT id FROM funding_grant WHERE is_generated = 0 ORDER BY id');
  await expectFilter({ isGenerated: true }, 'SELECT id FROM funding_grant WHERE is_generated = 1 ORDER BY id');
});

test('conditions combine with AND', async () => {
  await expectFilter(
    { kinds: ['ESTABLISHMENT'], years: { from: 2019, to: 2021 } },
    "SELECT id FROM funding_grant WHERE kind = 'ESTABLISHMENT' AND year BETWEEN 2019 AND 2021 ORDER BY id",
  );
});

test.each([
  ['AMOUNT', 'amount_cny'],
  ['AWARDED_ON', 'awarded_on'],
  ['YEAR', 'year'],
  ['ID', 'id'],
])('orderBy %s walks forward and backward in the order SQL sorts', async (field, column) => {
  for (const direction of ['ASC', 'DESC']) {
    const expected = ids(await sql(`SELECT id FROM funding_grant ORDER BY ${column} ${direction}, id ${direction}`));
    expect((await listed(null, { field, direction }, false, 25)).ids).toEqual(expected);
    expect((await listed(null, { field, direction }, true, 25)).ids).toEqual(expected);
  }
});

test("disbursedCny is the sum of the disbursements, read from the grant's running total with the page itself", async () => {
  const totals = await sql<{ id: number; disbursed: number | string }>(
    'SELECT g.id, COALESCE(SUM(d.amount_cny), 0) AS disbursed FROM funding_grant g LEFT JOIN disbursement d ON d.funding_grant_id = g.id GROUP BY g.id ORDER BY g.id',
  );
  app.statements.length = 0;
  const data = dataOf(await app.query('{ fundingGrants(first: 100) { edges { node { id amountCny disbursedCny } } } }'));
  expect(data.fundingGrants.edges.map((edge: { node: { id: string; disbursedCny: number } }) => [edge.node.id, edge.node.disbursedCny])).toEqual(
    totals.slice(0, 100).map((row) => [toGlobalId('FundingGrant', row.id), Number(row.disbursed)]),
  );
  // The total is a column kept by the disbursement's conditional update, so the page is the one statement.
  expect(app.statements).toHaveLength(1);
  expect(totals.some((row) => Number(row.disbursed) > 0)).toBe(true);
});

test('relations: recipient, funder, disbursements, activities, and back from a disbursement', async () => {
  // activity.fundingGrant is not asked here (read-activities covers it): asked under both lists, the
  // grants' loader runs once when both lists' rows arrive in the same tick and twice when MariaDB
  // answers them apart, so the count would follow timing rather than the query's shape.
  const query = `{ fundingGrants(first: 100) { edges { node { id station { id } offshoreBase { id } funderDistrict { id }
    disbursements(first: 2) { totalCount edges { node { id amountCny disbursedOn fundingGrant { id } } } }
    activities(first: 2) { totalCount edges { node { id } } } } } } }`;
  app.statements.length = 0;
  const data = dataOf(await app.query(query));
  // page; stations, bases, districts; disbursement pages + counts; activity pages + counts; the disbursements' grants
  expect(app.statements).toHaveLength(9);

  const grants = await sql<{ id: number; station_id: number | null; offshore_base_id: number | null; funder_district_id: number | null }>(
    'SELECT id, station_id, offshore_base_id, funder_district_id FROM funding_grant ORDER BY id',
  );
  const payments = await sql<{ id: number; funding_grant_id: number; amount_cny: number | string; disbursed_on: string }>(
    'SELECT id, funding_grant_id, amount_cny, disbursed_on FROM disbursement ORDER BY funding_grant_id, id',
  );
  const activities = await sql<{ id: number; funding_grant_id: number }>('SELECT id, funding_grant_id FROM activity WHERE funding_grant_id IS NOT NULL ORDER BY funding_grant_id, id');
  const ref = (type: string, id: number | null) => (id === null ? null : { id: toGlobalId(type, Number(id)) });
  const expected = grants.slice(0, 100).map((g) => {
    const own = payments.filter((p) => Number(p.funding_grant_id) === Number(g.id));
    const paid = activities.filter((a) => Number(a.funding_grant_id) === Number(g.id));
    const grantRef = { id: toGlobalId('FundingGrant', g.id) };
    return {
      id: grantRef.id,
      station: ref('Station', g.station_id),
      offshoreBase: ref('OffshoreBase', g.offshore_base_id),
      funderDistrict: ref('District', g.funder_district_id),
      disbursements: {
        totalCount: own.length,
        edges: own.slice(0, 2).map((p) => ({
          node: { id: toGlobalId('Disbursement', p.id), amountCny: Number(p.amount_cny), disbursedOn: p.disbursed_on, fundingGrant: grantRef },
        })),
      },
      activities: { totalCount: paid.length, edges: paid.slice(0, 2).map((a) => ({ node: { id: toGlobalId('Activity', a.id) } })) },
    };
  });
  expect(data.fundingGrants.edges.map((edge: { node: unknown }) => edge.node)).toEqual(expected);
  expect(activities.length).toBeGreaterThan(0);
});
