/**
 * Suggestions over HTTP on the seeded network (issue 14, §2–4): talents for a need, partners for a
 * station, reviewers for an application. Each list is ranked best first with readable reasons on
 * every edge, pages by cursor without repeats, and leaves out what it must (talents on post at the
 * station asking, the station's existing partners, experts with a conflict of interest, listed in
 * `excluded` with the reason). Roles: suggestTalents and suggestPartners for STAFF and UNIT_MANAGER,
 * suggestReviewers for STAFF only.
 */
import { toGlobalId } from '../src/graphql/global-id';
import { ApplicationResearchField } from '../src/modules/application/application-research-field.entity';
import { Engagement, EngagementRole, EngagementStatus } from '../src/modules/talent/engagement.entity';
import { dataOf, startTestApp, TestApp } from './support/app';
import { codeOf } from './support/writes';

let app: TestApp;
let staff: { token: string };
let manager: { token: string };
const ids: Record<string, string> = {};

const one = async (sql: string, params: unknown[] = []) => Number((await app.dataSource.query(sql, params))[0].id);

beforeAll(async () => {
  app = await startTestApp('suggestions');
  staff = { token: await app.tokenFor('staff') };
  manager = { token: await app.tokenFor('manager') };
  ids.vaccines = toGlobalId('ResearchField', await one("SELECT id FROM research_field WHERE code = 'vaccines'"));
  ids.aolong = toGlobalId('Station', await one("SELECT id FROM station WHERE seed_key = 'station:aolong'"));
  ids.graphene = toGlobalId('Station', await one("SELECT id FROM station WHERE seed_key = 'station:graphene'"));
  ids.heath = toGlobalId('Talent', await one("SELECT id FROM talent WHERE name = 'David Heath'"));
});
afterAll(async () => {
  await app?.stop();
});

interface Edge {
  cursor: string;
  score: number;
  reasons: string[];
  node: { id: string; name: string };
}
interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Edge[];
}

const TALENTS = `query($need: TalentNeed!, $first: Int!, $after: String) {
  suggestTalents(need: $need, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor score reasons node { id name } } } }`;
const PARTNERS = `query($station: ID!, $first: Int!, $after: String) {
  suggestPartners(stationId: $station, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor score reasons node { id name } } } }`;
const REVIEWERS = `query($application: ID!, $first: Int!, $after: String) {
  suggestReviewers(applicationId: $application, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor score reasons node { id name } }
    excluded { expert { id name } reasons } } }`;

/** Every edge explains itself, and the list is best first. */
function expectRanked(edges: Edge[]): void {
  for (const edge of edges) expect(edge.reasons.length).toBeGreaterThan(0);
  const scores = edges.map((edge) => edge.score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
}

/** Walks a suggestion list page by page; the pages joined must equal one big page. */
async function walk(query: string, field: string, variables: Record<string, unknown>, size: number): Promise<Edge[]> {
  const edges: Edge[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 50; pages++) {
    const page: Page = dataOf<Record<string, Page>>(await app.query(query, { ...variables, first: size, after }, staff))[field];
    edges.push(...page.edges);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return edges;
}

describe('suggestTalents', () => {
  test.each([['包虫'], ['echinococcosis']])('an echinococcosis vaccine expert from New Zealand (keyword %s): David Heath first, with the reasons', async (keyword) => {
    const need = { researchFieldIds: [ids.vaccines], keywords: [keyword], countries: ['NZ'] };
    const page = dataOf(await app.query(TALENTS, { need, first: 10 }, staff)).suggestTalents as Page;
    expect(page.edges[0].node).toEqual({ id: ids.heath, name: 'David Heath' });
    const reasons = page.edges[0].reasons;
    expect(reasons).toEqual(
      expect.arrayContaining(['Works in 疫苗与生物制品 (Vaccines and biologics), the field asked for', 'Works in New Zealand (NZ), as asked']),
    );
    expect(reasons.some((reason) => reason.includes(keyword))).toBe(true);
    if (keyword === '包虫') expect(reasons).toContain('Bio mentions 包虫');
    expect(page.edges[0].score).toBeGreaterThan(page.edges[1]?.score ?? 0);
    expectRanked(page.edges);
  });

  test('pages by cursor: the pages joined are the one big page, in order, with no repeats', async () => {
    const need = { researchFieldIds: [ids.vaccines], countries: ['NZ', 'AU'] };
    const whole = dataOf(await app.query(TALENTS, { need, first: 100 }, staff)).suggestTalents as Page;
    expect(whole.edges.length).toBeGreaterThan(12);
    expect(whole.pageInfo.hasNextPage).toBe(false);
    const walked = await walk(TALENTS, 'suggestTalents', { need }, 7);
    expect(walked.map((edge) => edge.node.id)).toEqual(whole.edges.map((edge) => edge.node.id));
    expect(new Set(walked.map((edge) => edge.node.id)).size).toBe(walked.length);
    expect(whole.totalCount).toBe(whole.edges.length);
    expectRanked(whole.edges);
  });

  test('talents on post at the station asking are left out (David Heath at Aolong)', async () => {
    const need = { researchFieldIds: [ids.vaccines], keywords: ['包虫'], countries: ['NZ'], stationId: ids.aolong };
    const edges = (await walk(TALENTS, 'suggestTalents', { need }, 100)).map((edge) => edge.node.id);
    expect(edges.length).toBeGreaterThan(0);
    expect(edges).not.toContain(ids.heath);
    const [{ n }] = await app.dataSource.query(
      `SELECT COUNT(*) AS n FROM engagement e JOIN talent t ON t.id = e.talent_id JOIN station s ON s.id = e.station_id
        WHERE s.seed_key = 'station:aolong' AND (e.ended_on IS NULL OR e.ended_on >= ?) AND t.country_code = 'NZ'`,
      [new Date().toISOString().slice(0, 10)],
    );
    expect(Number(n)).toBeGreaterThan(0);
  });

  test('a cursor is for the need that issued it; first is at most 100; a need asks for something', async () => {
    const need = { countries: ['NZ'] };
    const page = dataOf(await app.query(TALENTS, { need, first: 1 }, staff)).suggestTalents as Page;
    const other = await app.query(TALENTS, { need: { countries: ['AU'] }, first: 1, after: page.pageInfo.endCursor }, staff);
    expect(codeOf(other)).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.query(TALENTS, { need, first: 101 }, staff))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.query(TALENTS, { need: {}, first: 5 }, staff))).toBe('BAD_USER_INPUT');
  });

  test("engagements are read in the caller's scope: a proposal at another unit's station excludes its talent for STAFF, not for that unit's outsiders", async () => {
    // A talent of a country no seeded talent works in, proposed (not confirmed) at a station of another unit than the demo manager's.
    const [station] = await app.dataSource.query("SELECT s.id FROM station s JOIN host_unit h ON h.id = s.host_unit_id WHERE h.seed_key <> 'host:graphene' ORDER BY s.id LIMIT 1");
    const talent = dataOf(await app.query('mutation($input: CreateTalentInput!) { createTalent(input: $input) { talent { id } } }', { input: { name: 'Proposal Probe', country: 'IS', degree: 'DOCTORATE', email: 'proposal-probe@example.org' } }, staff)).createTalent.talent.id;
    const talentId = await one('SELECT MAX(id) AS id FROM talent');
    await app.dataSource.getRepository(Engagement).insert({ talentId, stationId: Number(station.id), offshoreBaseId: null, role: EngagementRole.RESEARCHER, startedOn: '2026-01-01', endedOn: null, status: EngagementStatus.PROPOSED });
    const query = 'query($need: TalentNeed!) { suggestTalents(need: $need, first: 10) { edges { reasons node { id email } } } }';
    const need = { countries: ['IS'], stationId: toGlobalId('Station', Number(station.id)) };
    expect(dataOf(await app.query(query, { need }, staff)).suggestTalents.edges.map((edge: { node: { id: string } }) => edge.node.id)).not.toContain(talent);
    const managers = dataOf(await app.query(query, { need }, manager)).suggestTalents.edges;
    expect(managers.map((edge: { node: { id: string } }) => edge.node.id)).toContain(talent);
    const mine = managers.find((edge: { node: { id: string } }) => edge.node.id === talent);
    // Field rules hold on the nodes: not the manager's talent, so no contact details; a proposal is no experience.
    expect(mine.node.email).toBeNull();
    expect(mine.reasons).toEqual(['Works in Iceland (IS), as asked']);
  });

  test('UNIT_MANAGER may ask; REVIEWER and PARTNER are FORBIDDEN, anonymous callers UNAUTHENTICATED', async () => {
    const variables = { need: { countries: ['NZ'] }, first: 3 };
    expect(dataOf(await app.query(TALENTS, variables, manager)).suggestTalents.edges.length).toBeGreaterThan(0);
    expect(codeOf(await app.query(TALENTS, variables, { token: await app.tokenFor('partner') }))).toBe('FORBIDDEN');
    expect(codeOf(await app.query(TALENTS, variables, { token: await app.tokenFor('reviewer') }))).toBe('FORBIDDEN');
    expect(codeOf(await app.query(TALENTS, variables, { anonymous: true }))).toBe('UNAUTHENTICATED');
  });
});

describe('suggestPartners', () => {
  test("ranked for the graphene station, with reasons, leaving out the station's partners", async () => {
    const edges = await walk(PARTNERS, 'suggestPartners', { station: ids.graphene }, 25);
    expect(edges.length).toBeGreaterThan(0);
    expectRanked(edges);
    const partners = await app.dataSource.query("SELECT p.organization_id AS id, o.kind AS kind FROM partnership p JOIN organization o ON o.id = p.organization_id JOIN station s ON s.id = p.station_id WHERE s.seed_key = 'station:graphene'");
    expect(partners.length).toBeGreaterThan(0);
    const suggested = new Set(edges.map((edge) => edge.node.name));
    for (const partner of await app.dataSource.query("SELECT o.name_zh AS name FROM partnership p JOIN organization o ON o.id = p.organization_id JOIN station s ON s.id = p.station_id WHERE s.seed_key = 'station:graphene'")) {
      expect(suggested.has(partner.name)).toBe(false);
    }
    expect(new Set(edges.map((edge) => edge.node.id)).size).toBe(edges.length);
  });

  test("the station's own talents link it to their organisations: that reason, counted as SQL counts it, near the top", async () => {
    // The station with the most confirmed talents affiliated with an organisation that is not its partner.
    const [top] = await app.dataSource.query(
      `SELECT e.station_id AS station, t.affiliation_id AS organization, COUNT(DISTINCT t.id) AS n FROM engagement e JOIN talent t ON t.id = e.talent_id
        WHERE e.status = 'CONFIRMED' AND e.station_id IS NOT NULL AND t.affiliation_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM partnership p WHERE p.organization_id = t.affiliation_id AND p.station_id = e.station_id)
        GROUP BY e.station_id, t.affiliation_id ORDER BY COUNT(DISTINCT t.id) DESC, e.station_id, t.affiliation_id LIMIT 1`,
    );
    const edges = dataOf(await app.query(PARTNERS, { station: toGlobalId('Station', Number(top.station)), first: 100 }, staff)).suggestPartners.edges as Edge[];
    expectRanked(edges);
    const [{ name }] = await app.dataSource.query('SELECT name_zh AS name FROM organization WHERE id = ?', [Number(top.organization)]);
    const edge = edges.find((candidate) => candidate.node.name === name);
    expect(edge?.reasons[0]).toMatch(new RegExp(`^${Number(top.n)} talents? of this station (is|are) affiliated with it: `));
    // Nobody has more of the station's people: nobody ranks above it on that alone.
    expect(edges.indexOf(edge!)).toBeLessThan(5);
  });

  test('PARTNER is FORBIDDEN, anonymous callers UNAUTHENTICATED', async () => {
    const variables = { station: ids.graphene, first: 3 };
    expect(dataOf(await app.query(PARTNERS, variables, manager)).suggestPartners.edges).toBeDefined();
    expect(codeOf(await app.query(PARTNERS, variables, { token: await app.tokenFor('partner') }))).toBe('FORBIDDEN');
    expect(codeOf(await app.query(PARTNERS, variables, { anonymous: true }))).toBe('UNAUTHENTICATED');
  });
});

describe('suggestReviewers', () => {
  /** An application of a unit that has a station, in two fields; and two experts of the first tied to the unit. */
  async function setUp() {
    const [row] = await app.dataSource.query(
      `SELECT a.id AS id, a.host_unit_id AS unit FROM station_application a
        WHERE EXISTS (SELECT 1 FROM station s WHERE s.host_unit_id = a.host_unit_id) ORDER BY a.id LIMIT 1`,
    );
    const applicationId = Number(row.id);
    const unit = Number(row.unit);
    const fields = [await one("SELECT id FROM research_field WHERE code = 'vaccines'"), await one("SELECT id FROM research_field WHERE code = 'animal-health'")];
    for (const researchFieldId of fields) await app.dataSource.getRepository(ApplicationResearchField).insert({ applicationId, researchFieldId });
    const experts = (await app.dataSource.query('SELECT id FROM expert WHERE research_field_id IN (?, ?) ORDER BY research_field_id, id', fields)).map((e: { id: number }) => Number(e.id));
    expect(experts.length).toBeGreaterThanOrEqual(3);
    const [worker, engaged] = experts;
    // One works at the applicant unit; another's talent record was engaged (until 2021) at one of its stations.
    await app.dataSource.query('UPDATE expert SET host_unit_id = ? WHERE id = ?', [unit, worker]);
    const station = await one('SELECT id FROM station WHERE host_unit_id = ? ORDER BY id LIMIT 1', [unit]);
    const talent = await one("SELECT MIN(id) AS id FROM talent WHERE country_code <> 'CN'");
    await app.dataSource.getRepository(Engagement).insert({ talentId: talent, stationId: station, offshoreBaseId: null, role: EngagementRole.RESEARCHER, startedOn: '2020-01-01', endedOn: '2021-01-01', status: EngagementStatus.CONFIRMED });
    await app.dataSource.query('UPDATE expert SET talent_id = ? WHERE id = ?', [talent, engaged]);
    return { application: toGlobalId('StationApplication', applicationId), worker: toGlobalId('Expert', worker), engaged: toGlobalId('Expert', engaged) };
  }

  test('an expert who works at the applicant unit is never suggested, and is listed as excluded with the reason', async () => {
    const { application, worker, engaged } = await setUp();
    const whole = dataOf(await app.query(REVIEWERS, { application, first: 100 }, staff)).suggestReviewers;
    expect(whole.edges.length).toBeGreaterThan(0);
    expectRanked(whole.edges);
    const suggested = whole.edges.map((edge: Edge) => edge.node.id);
    expect(suggested).not.toContain(worker);
    expect(suggested).not.toContain(engaged);
    const excluded = new Map<string, string[]>(whole.excluded.map((entry: { expert: { id: string }; reasons: string[] }) => [entry.expert.id, entry.reasons]));
    expect(excluded.get(worker)).toEqual([expect.stringMatching(/^Works at the applicant unit, .+: a conflict of interest/)]);
    expect(excluded.get(engaged)).toEqual(expect.arrayContaining([expect.stringMatching(/^Engaged, now or before, at a station of the applicant unit/)]));
    // The field matches: without the conflict, both would have been suggested.
    for (const edge of whole.edges as Edge[]) expect(edge.reasons.join(' ')).toMatch(/Works in|mentions/);
    const walked = await walk(REVIEWERS, 'suggestReviewers', { application }, 2);
    expect(walked.map((edge) => edge.node.id)).toEqual(suggested);
  });

  test('STAFF only: UNIT_MANAGER, REVIEWER and PARTNER are FORBIDDEN, anonymous callers UNAUTHENTICATED', async () => {
    const application = toGlobalId('StationApplication', await one('SELECT MIN(id) AS id FROM station_application'));
    for (const role of ['manager', 'reviewer', 'partner'] as const) {
      expect(codeOf(await app.query(REVIEWERS, { application, first: 3 }, { token: await app.tokenFor(role) }))).toBe('FORBIDDEN');
    }
    expect(codeOf(await app.query(REVIEWERS, { application, first: 3 }, { anonymous: true }))).toBe('UNAUTHENTICATED');
  });
});
