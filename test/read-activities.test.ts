/** activities: every filter returns exactly the rows SQL finds on the seed, every order walks both ways, participants load in one statement. */
import { dataOf, startTestApp, TestApp } from './support/app';
import { listHelpers } from './support/lists';
import { toGlobalId } from '../src/graphql/global-id';
import { Activity, ActivityKind } from '../src/modules/activity/activity.entity';
import { ORGANIZATION_TYPE_BY_KIND } from '../src/modules/organization/organization.types';
import type { OrganizationKind } from '../src/modules/organization/organization.entity';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp('read_activities');
  // No seeded title has a literal %: this one lets titleContains '%' show it matches that, not everything.
  await app.dataSource.getRepository(Activity).save({ kind: ActivityKind.CONFERENCE, titleZh: '测试：转化率提升 30% 座谈会', isGenerated: false });
});
afterAll(async () => {
  await app?.stop();
});

const LIST = { field: 'activities', type: 'Activity', table: 'activity', filter: 'ActivityFilter', order: 'ActivityOrder' };
const { sql, ids, listed, expectFilter } = listHelpers(() => app, LIST);

const orgId = (row: { id: number | string; kind: OrganizationKind }) => toGlobalId(ORGANIZATION_TYPE_BY_KIND[row.kind], Number(row.id));

test('no filter: every activity once, in id order, undated ones included', async () => {
  const expected = ids(await sql('SELECT id FROM activity ORDER BY id'));
  expect((await listed(null)).ids).toEqual(expected);
  expect((await listed({}, null, true)).ids).toEqual(expected);
  const [{ n }] = await sql<{ n: number | string }>('SELECT COUNT(*) AS n FROM activity WHERE starts_on IS NULL');
  expect(Number(n)).toBeGreaterThan(0);
});

test('organizerRecorded: the outside events a station took part in are nobody\'s in the network, not CQAST\'s', async () => {
  const rows = await sql<{ id: number | string; seed_key: string }>("SELECT id, seed_key FROM activity WHERE seed_key IN ('activity:world-congress-echinococcosis', 'activity:visit-huasen-2021') ORDER BY seed_key");
  const read = async (id: number | string) =>
    dataOf(await app.query<{ node: unknown }>('query($id: ID!) { node(id: $id) { ... on Activity { title organizerRecorded station { id } offshoreBase { id } } } }', { id: toGlobalId('Activity', Number(id)) })).node;
  // A CQAST visit: neither station nor base, and the organiser is recorded (the operator).
  expect(await read(rows[0].id)).toEqual({ title: '市科协调研组赴华森制药有限责任公司海智工作站调研', organizerRecorded: true, station: null, offshoreBase: null });
  expect(await read(rows[1].id)).toEqual({ title: '世界包虫病大会', organizerRecorded: false, station: null, offshoreBase: null });
});

test('kinds', async () => {
  await expectFilter({ kinds: ['INSPECTION_VISIT'] }, "SELECT id FROM activity WHERE kind = 'INSPECTION_VISIT' ORDER BY id");
  await expectFilter({ kinds: ['HEAD_SALON', 'CONFERENCE'] }, "SELECT id FROM activity WHERE kind IN ('HEAD_SALON', 'CONFERENCE') ORDER BY id");
});

test('startsOn range: activities without a date match only when no range is given', async () => {
  const dates = (await sql<{ d: string }>('SELECT starts_on AS d FROM activity WHERE starts_on IS NOT NULL ORDER BY starts_on')).map((r) => r.d);
  const from = dates[Math.floor(dates.length / 4)];
  const to = dates[Math.floor((dates.length * 3) / 4)];
  await expectFilter({ startsOn: { from, to } }, 'SELECT id FROM activity WHERE starts_on >= ? AND starts_on <= ? ORDER BY id', [from, to]);
  await expectFilter({ startsOn: { to: from } }, 'SELECT id FROM activity WHERE starts_on <= ? ORDER BY id', [from]);
  await expectFilter({ startsOn: {} }, 'SELECT id FROM activity WHERE starts_on IS NOT NULL ORDER BY id');
});

test('stationIds: the station organised the activity or took part in it', async () => {
  const [organiser] = await sql('SELECT station_id AS id FROM activity WHERE station_id IS NOT NULL ORDER BY id');
  const [participant] = await sql(
    'SELECT station_id AS id FROM activity_participant WHERE station_id IS NOT NULL AND station_id <> ? ORDER BY id',
    [Number(organiser.id)],
  );
  const stationIds = [Number(organiser.id), Number(participant.id)];
  await expectFilter(
    { stationIds: ids([organiser, participant], 'Station') },
    `SELECT id FROM activity WHERE station_id IN (?, ?)
     UNION SELECT activity_id AS id FROM activity_participant WHERE station_id IN (?, ?) ORDER BY id`,
    [...stationIds, ...stationIds],
  );
  // each half alone
  await expectFilter(
    { stationIds: ids([organiser], 'Station') },
    'SELECT id FROM activity WHERE station_id = ? UNION SELECT activity_id AS id FROM activity_participant WHERE station_id = ? ORDER BY id',
    [Number(organiser.id), Number(organiser.id)],
  );
  await expectFilter(
    { stationIds: ids([participant], 'Station') },
    'SELECT id FROM activity WHERE station_id = ? UNION SELECT activity_id AS id FROM activity_participant WHERE station_id = ? ORDER BY id',
    [Number(participant.id), Number(participant.id)],
  );
});

test('offshoreBaseIds (organiser)', async () => {
  const [base] = await sql('SELECT offshore_base_id AS id FROM activity WHERE offshore_base_id IS NOT NULL GROUP BY offshore_base_id ORDER BY COUNT(*) DESC, offshore_base_id');
  await expectFilter({ offshoreBaseIds: ids([base], 'OffshoreBase') }, 'SELECT id FROM activity WHERE offshore_base_id = ? ORDER BY id', [Number(base.id)]);
});

test('talentIds and organizationIds (participants)', async () => {
  const talents = await sql('SELECT DISTINCT talent_id AS id FROM activity_participant WHERE talent_id IS NOT NULL ORDER BY talent_id');
  const two = [talents[0], talents[talents.length - 1]];
  await expectFilter(
    { talentIds: ids(two, 'Talent') },
    'SELECT DISTINCT activity_id AS id FROM activity_participant WHERE talent_id IN (?, ?) ORDER BY activity_id',
    two.map((t) => Number(t.id)),
  );

  const organizations = await sql<{ id: number; kind: OrganizationKind }>(
    'SELECT o.id, o.kind FROM organization o WHERE o.id IN (SELECT organization_id FROM activity_participant) ORDER BY o.id',
  );
  const picked = [organizations[0], organizations[organizations.length - 1]];
  await expectFilter(
    { organizationIds: picked.map(orgId) },
    'SELECT DISTINCT activity_id AS id FROM activity_participant WHERE organization_id IN (?, ?) ORDER BY activity_id',
    picked.map((o) => Number(o.id)),
  );
});

test('funded', async () => {
  await expectFilter({ funded: true }, 'SELECT id FROM activity WHERE funding_grant_id IS NOT NULL ORDER BY id');
  await expectFilter({ funded: false }, 'SELECT id FROM activity WHERE funding_grant_id IS NULL ORDER BY id');
});

test('titleContains and isGenerated', async () => {
  await expectFilter({ titleContains: '海智' }, "SELECT id FROM activity WHERE title_zh LIKE '%海智%' OR title_en LIKE '%海智%' ORDER BY id");
  await expectFilter({ titleContains: 'visit' }, "SELECT id FROM activity WHERE title_zh LIKE '%visit%' OR title_en LIKE '%visit%' ORDER BY id");
  // LIKE wildcards in the text are literal
  await expectFilter({ titleContains: '%' }, "SELECT id FROM activity WHERE title_zh LIKE '%!%%' ESCAPE '!' OR title_en LIKE '%!%%' ESCAPE '!' ORDER BY id");
  await expectFilter({ isGenerated: false }, 'SELECT id FROM activity WHERE is_generated = 0 ORDER BY id');
  await expectFilter({ isGenerated: true }, 'SELECT id FROM activity WHERE is_generated = 1 ORDER BY id');
});

test('conditions combine with AND', async () => {
  await expectFilter(
    { kinds: ['ACADEMIC_EXCHANGE'], funded: true, isGenerated: true },
    "SELECT id FROM activity WHERE kind = 'ACADEMIC_EXCHANGE' AND funding_grant_id IS NOT NULL AND is_generated = 1 ORDER BY id",
  );
});

test.each([
  ['TITLE', 'title_zh'],
  ['ID', 'id'],
])('orderBy %s walks forward and backward in the order SQL sorts', async (field, column) => {
  for (const direction of ['ASC', 'DESC']) {
    const expected = ids(await sql(`SELECT id FROM activity ORDER BY ${column} ${direction}, id ${direction}`));
    expect((await listed(null, { field, direction }, false, 15)).ids).toEqual(expected);
    expect((await listed(null, { field, direction }, true, 15)).ids).toEqual(expected);
  }
});

test('orderBy offers only NOT NULL columns', async () => {
  const response = await app.query('{ activities(orderBy: { field: STARTS_ON }) { totalCount } }');
  expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
});

test('relations: organiser, grant and participants as SQL has them, in statements that follow the shape', async () => {
  const query = `{ activities(first: 100) { edges { node { id station { id } offshoreBase { id } fundingGrant { id }
    participants(first: 3) { totalCount edges { node { role activity { id } station { id } talent { id }
      organization { id __typename } } } } } } } }`;
  app.statements.length = 0;
  const data = dataOf(await app.query(query));
  // page; stations, bases, grants; participant pages and counts; participant activities, stations, talents, organisations
  expect(app.statements).toHaveLength(10);
  expect(app.statements.filter((s) => /ROW_NUMBER\(\) OVER \(PARTITION BY/.test(s))).toHaveLength(1);

  const activities = await sql<{ id: number; station_id: number | null; offshore_base_id: number | null; funding_grant_id: number | null }>(
    'SELECT id, station_id, offshore_base_id, funding_grant_id FROM activity ORDER BY id',
  );
  const participants = await sql<{ activity_id: number; role: string; station_id: number | null; talent_id: number | null; org_id: number | null; kind: OrganizationKind | null }>(
    `SELECT ap.activity_id, ap.role, ap.station_id, ap.talent_id, o.id AS org_id, o.kind
       FROM activity_participant ap LEFT JOIN organization o ON o.id = ap.organization_id ORDER BY ap.activity_id, ap.id`,
  );
  const ref = (type: string, id: number | null) => (id === null ? null : { id: toGlobalId(type, Number(id)) });
  const expected = activities.map((a) => {
    const own = participants.filter((p) => Number(p.activity_id) === Number(a.id));
    return {
      id: toGlobalId('Activity', a.id),
      station: ref('Station', a.station_id),
      offshoreBase: ref('OffshoreBase', a.offshore_base_id),
      fundingGrant: ref('FundingGrant', a.funding_grant_id),
      participants: {
        totalCount: own.length,
        edges: own.slice(0, 3).map((p) => ({
          node: {
            role: p.role,
            activity: { id: toGlobalId('Activity', a.id) },
            station: ref('Station', p.station_id),
            talent: ref('Talent', p.talent_id),
            organization: p.org_id === null ? null : { id: orgId({ id: p.org_id, kind: p.kind! }), __typename: ORGANIZATION_TYPE_BY_KIND[p.kind!] },
          },
        })),
      },
    };
  });
  expect(data.activities.edges.map((edge: { node: unknown }) => edge.node)).toEqual(expected);
});
