/** Lists declared by one module on another module's types (activities, announcements, grants, projects, platforms) match SQL per parent. */
import { toGlobalId } from '../src/graphql/global-id';
import { dataOf, startTestApp, TestApp } from './support/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp('inverse_lists');
});
afterAll(async () => {
  await app?.stop();
});

/** totalCount of `field` on every row of a root list, by global id. */
async function countsOf(root: string, field: string): Promise<Map<string, number>> {
  const data = dataOf(await app.query(`{ ${root}(first: 100) { totalCount edges { node { id ${field} { totalCount edges { node { id } } } } } } }`));
  expect(data[root].totalCount).toBeLessThanOrEqual(100);
  return new Map(data[root].edges.map((edge: any) => [edge.node.id, edge.node[field].totalCount]));
}

async function expected(typeName: string, parents: string, sql: string): Promise<Map<string, number>> {
  const rows: { id: number }[] = await app.dataSource.query(`SELECT id FROM ${parents}`);
  const counts: { parent: number; total: number }[] = await app.dataSource.query(sql);
  const byParent = new Map(counts.map((row) => [Number(row.parent), Number(row.total)]));
  return new Map(rows.map((row) => [toGlobalId(typeName, Number(row.id)), byParent.get(Number(row.id)) ?? 0]));
}

test.each([
  ['stations', 'organizedActivities', 'Station', 'station', 'SELECT station_id AS parent, COUNT(*) AS total FROM activity WHERE station_id IS NOT NULL GROUP BY station_id'],
  ['stations', 'announcements', 'Station', 'station', 'SELECT station_id AS parent, COUNT(*) AS total FROM announcement WHERE station_id IS NOT NULL GROUP BY station_id'],
  ['offshoreBases', 'activities', 'OffshoreBase', 'offshore_base', 'SELECT offshore_base_id AS parent, COUNT(*) AS total FROM activity WHERE offshore_base_id IS NOT NULL GROUP BY offshore_base_id'],
  ['offshoreBases', 'grants', 'OffshoreBase', 'offshore_base', 'SELECT offshore_base_id AS parent, COUNT(*) AS total FROM funding_grant WHERE offshore_base_id IS NOT NULL GROUP BY offshore_base_id'],
  ['offshoreBases', 'announcements', 'OffshoreBase', 'offshore_base', 'SELECT offshore_base_id AS parent, COUNT(*) AS total FROM announcement WHERE offshore_base_id IS NOT NULL GROUP BY offshore_base_id'],
  ['districts', 'fundedGrants', 'District', 'district', 'SELECT funder_district_id AS parent, COUNT(*) AS total FROM funding_grant WHERE funder_district_id IS NOT NULL GROUP BY funder_district_id'],
  ['researchFields', 'projects', 'ResearchField', 'research_field', 'SELECT research_field_id AS parent, COUNT(*) AS total FROM project WHERE research_field_id IS NOT NULL GROUP BY research_field_id'],
  ['researchFields', 'platforms', 'ResearchField', 'research_field', 'SELECT research_field_id AS parent, COUNT(*) AS total FROM platform WHERE research_field_id IS NOT NULL GROUP BY research_field_id'],
  ['researchFields', 'announcements', 'ResearchField', 'research_field', 'SELECT research_field_id AS parent, COUNT(*) AS total FROM announcement_research_field GROUP BY research_field_id'],
])('%s.%s counts what SQL counts', async (root, field, typeName, table, sql) => {
  const want = await expected(typeName, table, sql);
  expect([...want.values()].some((n) => n > 0)).toBe(true);
  expect(await countsOf(root, field)).toEqual(want);
});

test('talent and organisation activities come through participation', async () => {
  const [row] = await app.dataSource.query('SELECT talent_id AS talentId, COUNT(*) AS total FROM activity_participant WHERE talent_id IS NOT NULL GROUP BY talent_id ORDER BY COUNT(*) DESC LIMIT 1');
  const talent = dataOf(await app.query('query($id: ID!) { talent(id: $id) { activities { totalCount } } }', { id: toGlobalId('Talent', Number(row.talentId)) }));
  expect(talent.talent.activities.totalCount).toBe(Number(row.total));
  const [org] = await app.dataSource.query('SELECT p.organization_id AS id, o.kind, COUNT(*) AS total FROM activity_participant p JOIN organization o ON o.id = p.organization_id GROUP BY p.organization_id, o.kind ORDER BY COUNT(*) DESC LIMIT 1');
  const typeName = { CONSULATE: 'Consulate', SOCIETY: 'Society', UNIVERSITY: 'University', RESEARCH_INSTITUTE: 'ResearchInstitute', COMPANY: 'Company', GOVERNMENT_BODY: 'GovernmentBody' }[org.kind as string]!;
  const node = dataOf(await app.query('query($id: ID!) { node(id: $id) { ... on Organization { activities { totalCount } } } }', { id: toGlobalId(typeName, Number(org.id)) }));
  expect(node.node.activities.totalCount).toBe(Number(org.total));
});

test("a talent engaged at a station and at a base: talent.stations and talent.offshoreBases each page only their own kind", async () => {
  const staff = { token: await app.tokenFor('staff') };
  const talent = dataOf(await app.query('mutation($input: CreateTalentInput!) { createTalent(input: $input) { talent { id } } }', { input: { name: 'Two Kinds', country: 'FR', degree: 'DOCTORATE' } }, staff)).createTalent.talent.id;
  const [station] = await app.dataSource.query('SELECT MIN(id) AS id FROM station');
  const [base] = await app.dataSource.query('SELECT MIN(id) AS id FROM offshore_base');
  const engage = 'mutation($input: CreateEngagementInput!) { createEngagement(input: $input) { engagement { id } } }';
  // The station's engagement first: its lower id ranked first under talent.offshoreBases too, and left a hole in that page.
  dataOf(await app.query(engage, { input: { talentId: talent, stationId: toGlobalId('Station', Number(station.id)), role: 'RESEARCHER', startedOn: '2026-01-01' } }, staff));
  dataOf(await app.query(engage, { input: { talentId: talent, offshoreBaseId: toGlobalId('OffshoreBase', Number(base.id)), role: 'RESEARCHER', startedOn: '2026-01-01' } }, staff));
  for (const window of ['first: 10', 'last: 10']) {
    const read = dataOf(await app.query(`query($id: ID!) { talent(id: $id) { stations(${window}) { totalCount edges { node { id } } } offshoreBases(${window}) { totalCount edges { node { id } } } } }`, { id: talent })).talent;
    expect({ window, ...read }).toEqual({
      window,
      stations: { totalCount: 1, edges: [{ node: { id: toGlobalId('Station', Number(station.id)) } }] },
      offshoreBases: { totalCount: 1, edges: [{ node: { id: toGlobalId('OffshoreBase', Number(base.id)) } }] },
    });
  }
});
