/** announcements: every filter returns exactly the rows SQL finds on the seed, every order walks both ways, fields and countries load by shape. */
import { dataOf, startTestApp, TestApp } from './support/app';
import { listHelpers } from './support/lists';
import { toGlobalId } from '../src/graphql/global-id';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp('read_announcements');
});
afterAll(async () => {
  await app?.stop();
});

const LIST = { field: 'announcements', type: 'Announcement', table: 'announcement', filter: 'AnnouncementFilter', order: 'AnnouncementOrder' };
const { sql, ids, listed, expectFilter, expectNone } = listHelpers(() => app, LIST);

test('no filter: every announcement once, in id order', async () => {
  const expected = ids(await sql('SELECT id FROM announcement ORDER BY id'));
  expect((await listed(null, null, false, 5)).ids).toEqual(expected);
  expect((await listed({}, null, true, 5)).ids).toEqual(expected);
});

test('kinds', async () => {
  await expectFilter({ kinds: ['OFFER'] }, "SELECT id FROM announcement WHERE kind = 'OFFER' ORDER BY id");
  await expectFilter({ kinds: ['NEED', 'CALL'] }, "SELECT id FROM announcement WHERE kind IN ('NEED', 'CALL') ORDER BY id");
});

test('publisher: by station, by base, or the operator only', async () => {
  await expectFilter({ publishedBy: ['OPERATOR'] }, 'SELECT id FROM announcement WHERE station_id IS NULL AND offshore_base_id IS NULL AND organization_id IS NULL ORDER BY id');
  await expectFilter({ publishedBy: ['STATION'] }, 'SELECT id FROM announcement WHERE station_id IS NOT NULL ORDER BY id');
  await expectFilter({ publishedBy: ['OFFSHORE_BASE', 'OPERATOR'] }, 'SELECT id FROM announcement WHERE station_id IS NULL AND organization_id IS NULL ORDER BY id');

  const [station] = await sql('SELECT station_id AS id FROM announcement WHERE station_id IS NOT NULL ORDER BY id');
  await expectFilter({ stationIds: ids([station], 'Station') }, 'SELECT id FROM announcement WHERE station_id = ? ORDER BY id', [Number(station.id)]);
  const [base] = await sql('SELECT offshore_base_id AS id FROM announcement WHERE offshore_base_id IS NOT NULL GROUP BY offshore_base_id ORDER BY COUNT(*), offshore_base_id');
  await expectFilter({ offshoreBaseIds: ids([base], 'OffshoreBase') }, 'SELECT id FROM announcement WHERE offshore_base_id = ? ORDER BY id', [Number(base.id)]);
});

test('researchFieldIds and countries (through their link tables)', async () => {
  const fields = await sql('SELECT research_field_id AS id FROM announcement_research_field GROUP BY research_field_id ORDER BY COUNT(*) DESC, research_field_id');
  const two = fields.slice(0, 2);
  await expectFilter(
    { researchFieldIds: ids(two, 'ResearchField') },
    'SELECT DISTINCT announcement_id AS id FROM announcement_research_field WHERE research_field_id IN (?, ?) ORDER BY announcement_id',
    two.map((f) => Number(f.id)),
  );

  const countries = (await sql<{ code: string }>('SELECT country_code AS code FROM announcement_country GROUP BY country_code ORDER BY COUNT(*) DESC, country_code')).map((r) => r.code);
  await expectFilter(
    { countries: countries.slice(0, 2) },
    'SELECT DISTINCT announcement_id AS id FROM announcement_country WHERE country_code IN (?, ?) ORDER BY announcement_id',
    countries.slice(0, 2),
  );
  // Nobody seeks talents in Antarctica: a country no announcement names matches nothing.
  await expectNone({ countries: ['AQ'] });

  const response = await app.query('{ announcements(filter: { countries: ["de"] }) { totalCount } }');
  expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(response.errors?.[0].message).toMatch(/ISO 3166-1 alpha-2/);
});

test('openOn: not closed by the day, and no deadline or a deadline on or after it (the seed closes none; write-announcements closes some)', async () => {
  const deadlines = (await sql<{ d: string }>('SELECT deadline AS d FROM announcement WHERE deadline IS NOT NULL ORDER BY deadline')).map((r) => r.d);
  const day = deadlines[Math.floor(deadlines.length / 2)];
  await expectFilter({ openOn: day }, 'SELECT id FROM announcement WHERE (deadline IS NULL OR deadline >= ?) AND (closed_on IS NULL OR closed_on > ?) ORDER BY id', [day, day]);
  await expectFilter({ openOn: '2999-01-01' }, 'SELECT id FROM announcement WHERE deadline IS NULL ORDER BY id');

  const response = await app.query('{ announcements(filter: { openOn: "next week" }) { totalCount } }');
  expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(response.errors?.[0].message).toMatch(/openOn must be a date written YYYY-MM-DD/);
});

test('publishedOn range, titleContains, isGenerated', async () => {
  const dates = (await sql<{ d: string }>('SELECT published_on AS d FROM announcement ORDER BY published_on')).map((r) => r.d);
  const from = dates[Math.floor(dates.length / 4)];
  const to = dates[Math.floor((dates.length * 3) / 4)];
  await expectFilter({ publishedOn: { from, to } }, 'SELECT id FROM announcement WHERE published_on BETWEEN ? AND ? ORDER BY id', [from, to]);
  await expectFilter({ titleContains: '人才' }, "SELECT id FROM announcement WHERE title_zh LIKE '%人才%' OR title_en LIKE '%人才%' ORDER BY id");
  await expectFilter({ titleContains: 'offer' }, "SELECT id FROM announcement WHERE title_zh LIKE '%offer%' OR title_en LIKE '%offer%' ORDER BY id");
  await expectFilter({ isGenerated: false }, 'SELECT id FROM announcement WHERE is_generated = 0 ORDER BY id');
  await expectFilter({ isGenerated: true }, 'SELECT id FROM announcement WHERE is_generated = 1 ORDER BY id');
});

test('conditions combine with AND', async () => {
  const [{ d }] = await sql<{ d: string }>('SELECT MIN(deadline) AS d FROM announcement');
  await expectFilter(
    { publishedBy: ['STATION', 'OFFSHORE_BASE'], openOn: d, kinds: ['OFFER', 'NEED'] },
    "SELECT id FROM announcement WHERE (station_id IS NOT NULL OR offshore_base_id IS NOT NULL) AND (deadline IS NULL OR deadline >= ?) AND kind IN ('OFFER', 'NEED') ORDER BY id",
    [d],
  );
});

test.each([
  ['PUBLISHED_ON', 'published_on'],
  ['ID', 'id'],
])('orderBy %s walks forward and backward in the order SQL sorts', async (field, column) => {
  for (const direction of ['ASC', 'DESC']) {
    const expected = ids(await sql(`SELECT id FROM announcement ORDER BY ${column} ${direction}, id ${direction}`));
    expect((await listed(null, { field, direction }, false, 3)).ids).toEqual(expected);
    expect((await listed(null, { field, direction }, true, 3)).ids).toEqual(expected);
  }
});

test('relations: publisher, research fields and countries as SQL has them, batched', async () => {
  const query = `{ announcements(first: 100) { edges { node { id publisherKind station { id } offshoreBase { id }
    researchFields(first: 5) { totalCount edges { node { id } } } countries } } } }`;
  app.statements.length = 0;
  const data = dataOf(await app.query(query));
  // page; stations; bases; field pages; field counts; countries
  expect(app.statements).toHaveLength(6);
  expect(app.statements.filter((s) => /announcement_country/.test(s))).toHaveLength(1);

  const announcements = await sql<{ id: number; station_id: number | null; offshore_base_id: number | null; organization_id: number | null }>(
    'SELECT id, station_id, offshore_base_id, organization_id FROM announcement ORDER BY id',
  );
  const fields = await sql<{ announcement_id: number; research_field_id: number }>(
    'SELECT announcement_id, research_field_id FROM announcement_research_field ORDER BY announcement_id, id',
  );
  const countries = await sql<{ announcement_id: number; country_code: string }>(
    'SELECT announcement_id, country_code FROM announcement_country ORDER BY announcement_id, country_code',
  );
  const ref = (type: string, id: number | null) => (id === null ? null : { id: toGlobalId(type, Number(id)) });
  const expected = announcements.map((a) => {
    const own = fields.filter((f) => Number(f.announcement_id) === Number(a.id));
    return {
      id: toGlobalId('Announcement', a.id),
      publisherKind: a.station_id !== null ? 'STATION' : a.offshore_base_id !== null ? 'OFFSHORE_BASE' : a.organization_id !== null ? 'ORGANIZATION' : 'OPERATOR',
      station: ref('Station', a.station_id),
      offshoreBase: ref('OffshoreBase', a.offshore_base_id),
      researchFields: { totalCount: own.length, edges: own.slice(0, 5).map((f) => ({ node: ref('ResearchField', f.research_field_id) })) },
      countries: countries.filter((c) => Number(c.announcement_id) === Number(a.id)).map((c) => c.country_code),
    };
  });
  expect(data.announcements.edges.map((edge: { node: unknown }) => edge.node)).toEqual(expected);
  expect(countries.length).toBeGreaterThan(0);
});
