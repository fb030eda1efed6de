/** projects: every filter returns exactly the rows SQL finds on the seed, every order walks both ways, relations load by shape. */
import { dataOf, startTestApp, TestApp } from './support/app';
import { listHelpers } from './support/lists';
import { toGlobalId } from '../src/graphql/global-id';
import { ORGANIZATION_TYPE_BY_KIND } from '../src/modules/organization/organization.types';
import type { OrganizationKind } from '../src/modules/organization/organization.entity';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp('read_projects');
});
afterAll(async () => {
  await app?.stop();
});

const LIST = { field: 'projects', type: 'Project', table: 'project', filter: 'ProjectFilter', order: 'ProjectOrder' };
const { sql, ids, listed, expectFilter, expectNone } = listHelpers(() => app, LIST);

const orgId = (row: { id: number | string; kind: OrganizationKind }) => toGlobalId(ORGANIZATION_TYPE_BY_KIND[row.kind], Number(row.id));

test('no filter: every project once, in id order', async () => {
  const expected = ids(await sql('SELECT id FROM project ORDER BY id'));
  expect((await listed(null)).ids).toEqual(expected);
  expect((await listed({}, null, true)).ids).toEqual(expected);
});

test('statuses', async () => {
  await expectFilter({ statuses: ['LANDED'] }, "SELECT id FROM project WHERE status = 'LANDED' ORDER BY id");
  await expectFilter({ statuses: ['NEGOTIATING', 'INTRODUCED'] }, "SELECT id FROM project WHERE status IN ('NEGOTIATING', 'INTRODUCED') ORDER BY id");
  await expectNone({ statuses: [] });
});

test('researchFieldIds', async () => {
  const fields = await sql('SELECT research_field_id AS id FROM project WHERE research_field_id IS NOT NULL GROUP BY research_field_id ORDER BY COUNT(*) DESC, research_field_id');
  const two = fields.slice(0, 2).map((f) => Number(f.id));
  await expectFilter(
    { researchFieldIds: ids(fields.slice(0, 2), 'ResearchField') },
    'SELECT id FROM project WHERE research_field_id IN (?, ?) ORDER BY id',
    two,
  );
});

test('stationIds and offshoreBaseIds', async () => {
  const stations = await sql('SELECT DISTINCT station_id AS id FROM project WHERE station_id IS NOT NULL ORDER BY station_id');
  const picked = [stations[0], stations[stations.length - 1]];
  await expectFilter({ stationIds: ids(picked, 'Station') }, 'SELECT id FROM project WHERE station_id IN (?, ?) ORDER BY id', picked.map((s) => Number(s.id)));

  const [base] = await sql('SELECT offshore_base_id AS id FROM project WHERE offshore_base_id IS NOT NULL GROUP BY offshore_base_id ORDER BY COUNT(*), offshore_base_id');
  await expectFilter({ offshoreBaseIds: ids([base], 'OffshoreBase') }, 'SELECT id FROM project WHERE offshore_base_id = ? ORDER BY id', [Number(base.id)]);
});

test('channel: introduced through a station, or incubated at a base', async () => {
  await expectFilter({ channel: 'STATION' }, 'SELECT id FROM project WHERE station_id IS NOT NULL ORDER BY id');
  await expectFilter({ channel: 'OFFSHORE_BASE' }, 'SELECT id FROM project WHERE offshore_base_id IS NOT NULL ORDER BY id');
});

test('partnerOrganizationIds take organisation ids of their concrete type', async () => {
  const partners = await sql<{ id: number; kind: OrganizationKind }>(
    `SELECT o.id, o.kind FROM organization o WHERE o.id IN (SELECT partner_organization_id FROM project) ORDER BY o.id`,
  );
  const picked = [partners[0], partners[partners.length - 1]];
  await expectFilter(
    { partnerOrganizationIds: picked.map(orgId) },
    'SELECT id FROM project WHERE partner_organization_id IN (?, ?) ORDER BY id',
    picked.map((p) => Number(p.id)),
  );

  // A station id where an organisation is expected is an input error.
  const response = await app.query('query($f: ProjectFilter) { projects(filter: $f) { totalCount } }', {
    f: { partnerOrganizationIds: [toGlobalId('Station', 1)] },
  });
  expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(response.errors?.[0].message).toMatch(/filter\.partnerOrganizationIds is the id of a Station/);
});

test('talentIds', async () => {
  const talents = await sql('SELECT DISTINCT talent_id AS id FROM project WHERE talent_id IS NOT NULL ORDER BY talent_id');
  const picked = talents.slice(0, 3);
  await expectFilter({ talentIds: ids(picked, 'Talent') }, 'SELECT id FROM project WHERE talent_id IN (?, ?, ?) ORDER BY id', picked.map((t) => Number(t.id)));
});

test('amountCny range, open at either end', async () => {
  const amounts = (await sql<{ amount: number | string }>('SELECT amount_cny AS amount FROM project ORDER BY amount_cny')).map((r) => Number(r.amount));
  const low = amounts[Math.floor(amounts.length / 4)];
  const high = amounts[Math.floor((amounts.length * 3) / 4)];
  await expectFilter({ amountCny: { from: low, to: high } }, 'SELECT id FROM project WHERE amount_cny BETWEEN ? AND ? ORDER BY id', [low, high]);
  await expectFilter({ amountCny: { from: high } }, 'SELECT id FROM project WHERE amount_cny >= ? ORDER BY id', [high]);
  await expectFilter({ amountCny: { to: low } }, 'SELECT id FROM project WHERE amount_cny <= ? ORDER BY id', [low]);
});

test('introducedOn range', async () => {
  const dates = (await sql<{ d: string }>('SELECT introduced_on AS d FROM project ORDER BY introduced_on')).map((r) => r.d);
  const from = dates[Math.floor(dates.length / 3)];
  const to = dates[Math.floor((dates.length * 2) / 3)];
  await expectFilter({ introducedOn: { from, to } }, 'SELECT id FROM project WHERE introduced_on >= ? AND introduced_on <= ? ORDER BY id', [from, to]);
  await expectFilter({ introducedOn: { to: from } }, 'SELECT id FROM project WHERE introduced_on <= ? ORDER BY id', [from]);

  const response = await app.query('{ projects(filter: { introducedOn: { from: "2022-13-01" } }) { totalCount } }');
  // (format-error.ts lists top-level constraints only, so a nested range's message is not yet in it)
  expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});

test('nameContains (either script) and isGenerated', async () => {
  await expectFilter({ nameContains: 'EG95' }, "SELECT id FROM project WHERE name_zh LIKE '%EG95%' OR name_en LIKE '%EG95%' ORDER BY id");
  const [{ name }] = await sql<{ id: number; name: string }>('SELECT id, name_zh AS name FROM project WHERE is_generated = 1 ORDER BY id');
  const text = [...name].slice(0, 2).join('');
  await expectFilter({ nameContains: text }, 'SELECT id FROM project WHERE name_zh LIKE ? OR name_en LIKE ? ORDER BY id', [`%${text}%`, `%${text}%`]);
  await expectFilter({ isGenerated: false }, 'SELECT id FROM project WHERE is_generated = 0 ORDER BY id');
  await expectFilter({ isGenerated: true }, 'SELECT id FROM project WHERE is_generated = 1 ORDER BY id');
});

test('conditions combine with AND', async () => {
  await expectFilter(
    { statuses: ['INCUBATING', 'LANDED'], channel: 'STATION', amountCny: { from: 1_000_000 } },
    "SELECT id FROM project WHERE status IN ('INCUBATING', 'LANDED') AND station_id IS NOT NULL AND amount_cny >= 1000000 ORDER BY id",
  );
});

test.each([
  ['NAME', 'name_sort'],
  ['AMOUNT', 'amount_cny'],
  ['INTRODUCED_ON', 'introduced_on'],
  ['ID', 'id'],
])('orderBy %s walks forward and backward in the order SQL sorts', async (field, column) => {
  for (const direction of ['ASC', 'DESC']) {
    const expected = ids(await sql(`SELECT id FROM project WHERE status <> 'NEGOTIATING' ORDER BY ${column} ${direction}, id ${direction}`));
    const filter = { statuses: ['INTRODUCED', 'INCUBATING', 'LANDED'] };
    expect((await listed(filter, { field, direction }, false, 30)).ids).toEqual(expected);
    expect((await listed(filter, { field, direction }, true, 30)).ids).toEqual(expected);
  }
});

test('relations answer as SQL joins them, one statement per related table for the whole page', async () => {
  const query = `query($first: Int) { projects(first: $first) { edges { node { id
    station { id } offshoreBase { id } talent { id } researchField { id }
    partnerOrganization { id __typename ... on Consulate { jurisdiction } } } } } }`;
  const rows = await sql<{ id: number; station_id: number | null; offshore_base_id: number | null; talent_id: number | null; research_field_id: number | null; org_id: number | null; org_kind: OrganizationKind | null }>(
    `SELECT p.id, p.station_id, p.offshore_base_id, p.talent_id, p.research_field_id, o.id AS org_id, o.kind AS org_kind
       FROM project p LEFT JOIN organization o ON o.id = p.partner_organization_id ORDER BY p.id`,
  );
  app.statements.length = 0;
  const data = dataOf(await app.query(query, { first: 100 }));
  const expected = rows.slice(0, 100).map((row) => ({
    id: toGlobalId('Project', row.id),
    station: row.station_id === null ? null : { id: toGlobalId('Station', row.station_id) },
    offshoreBase: row.offshore_base_id === null ? null : { id: toGlobalId('OffshoreBase', row.offshore_base_id) },
    talent: row.talent_id === null ? null : { id: toGlobalId('Talent', row.talent_id) },
    researchField: row.research_field_id === null ? null : { id: toGlobalId('ResearchField', row.research_field_id) },
    partnerOrganization:
      row.org_id === null ? null : expect.objectContaining({ id: orgId({ id: row.org_id, kind: row.org_kind! }), __typename: ORGANIZATION_TYPE_BY_KIND[row.org_kind!] }),
  }));
  expect(data.projects.edges.map((edge: { node: unknown }) => edge.node)).toEqual(expected);
  // The page, then one statement per related table the page refers to at all (stations, bases,
  // talents, fields, organisations): a loader given no ids asks nothing.
  const page = rows.slice(0, 100);
  const referred = (['station_id', 'offshore_base_id', 'talent_id', 'research_field_id', 'org_id'] as const).filter((column) => page.some((row) => row[column] !== null));
  expect(referred.length).toBeGreaterThanOrEqual(4);
  expect(app.statements).toHaveLength(1 + referred.length);
});
