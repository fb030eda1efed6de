/**
 * Issue 12, §5: "a unit manager can read and overwrite any talent's email and phone". A manager may
 * engage any talent at its own station; that used to make the talent the unit's own (contact
 * details, updateTalent), and ending the engagement at once kept it so. Now "own" means a current
 * engagement that STAFF confirmed, and a manager's engagement is PROPOSED until they do: the attack
 * runs here end to end over HTTP as the demo manager. Then the two seams behind it: every table is
 * declared public or scoped (deny by default), and link rows and declared batches follow their own
 * table's scope.
 */
import { EntityTarget, ObjectLiteral } from 'typeorm';
import { checkRowScopes, PUBLIC_ENTITIES, rowScopesFor } from '../src/auth/row-scopes';
import { ANONYMOUS } from '../src/auth/viewer';
import { entities } from '../src/db/entities';
import { Loaders } from '../src/db/loaders';
import { scopedBatch } from '../src/db/scoped-batch';
import { ParameterBag } from '../src/db/sql-params';
import { toGlobalId } from '../src/graphql/global-id';
import { Station } from '../src/modules/station/station.entity';
import { Engagement } from '../src/modules/talent/engagement.entity';
import { Talent } from '../src/modules/talent/talent.entity';
import { dataOf, startTestApp, TestApp } from './support/app';
import { codeOf, demoScope } from './support/writes';

let app: TestApp;
let staff: string;
let manager: string;
let ownStationId: number;
let ownStation: string;

const CREATE = 'mutation($input: CreateTalentInput!) { createTalent(input: $input) { talent { id } } }';
const ENGAGE = 'mutation($input: CreateEngagementInput!) { createEngagement(input: $input) { engagement { id status version onPost } } }';
const CONFIRM = 'mutation($input: ConfirmEngagementInput!) { confirmEngagement(input: $input) { engagement { id status version } } }';
const END = 'mutation($input: EndEngagementInput!) { endEngagement(input: $input) { engagement { id endedOn onPost } } }';
const UPDATE = 'mutation($input: UpdateTalentInput!) { updateTalent(input: $input) { talent { id email } } }';
const CONTACT = 'query($id: ID!) { talent(id: $id) { email phone } }';
const STATS = '{ networkStats { overseasTalents byCountry { key count } } }';

beforeAll(async () => {
  app = await startTestApp('authorization_engagements');
  [staff, manager] = await Promise.all([app.tokenFor('staff'), app.tokenFor('manager')]);
  ownStationId = (await demoScope(app)).ownStationId;
  ownStation = toGlobalId('Station', ownStationId);
});
afterAll(async () => {
  await app?.stop();
});

/** A talent STAFF registered, with contact details, engaged nowhere: a stranger to the manager's unit. */
async function stranger(country: string): Promise<string> {
  const input = { name: `Stranger ${country} ${Math.random().toString(36).slice(2, 8)}`, country, degree: 'DOCTORATE', email: 'stranger@example.org', phone: '+49 30 5550 0000' };
  return dataOf(await app.query(CREATE, { input }, { token: staff })).createTalent.talent.id;
}

const contactAs = async (token: string, talent: string) => dataOf(await app.query(CONTACT, { id: talent }, { token })).talent;
const stats = async () => dataOf(await app.query(STATS)).networkStats as { overseasTalents: number; byCountry: { key: string; count: number }[] };
const countIn = (figures: { byCountry: { key: string; count: number }[] }, country: string) => figures.byCountry.find((bucket) => bucket.key === country)?.count ?? 0;

/** The station's talents as `token` (anonymous when undefined) sees them: ids on the edges and the totalCount. */
async function stationTalents(token?: string): Promise<{ ids: string[]; total: number }> {
  const query = 'query($id: ID!) { station(id: $id) { talents(last: 100) { totalCount edges { node { id } } } } }';
  const list = dataOf(await app.query(query, { id: ownStation }, token ? { token } : { anonymous: true })).station.talents;
  return { ids: list.edges.map((edge: { node: { id: string } }) => edge.node.id), total: list.totalCount };
}

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

test('the attack: a manager engages a stranger, gets nothing until STAFF confirm, and loses it again when the engagement ends', async () => {
  // Greenland: a country no seeded talent works in, so its bucket shows exactly this talent.
  const talent = await stranger('GL');
  const statsBefore = await stats();
  const publicBefore = await stationTalents();
  expect(await contactAs(manager, talent)).toEqual({ email: null, phone: null });

  // 1. The manager engages the stranger at its own station: allowed, but only PROPOSED.
  const proposed = dataOf(await app.query(ENGAGE, { input: { talentId: talent, stationId: ownStation, role: 'TEAM_MEMBER', startedOn: '2020-01-01' } }, { token: manager })).createEngagement.engagement;
  expect(proposed).toMatchObject({ status: 'PROPOSED', version: 1, onPost: true });

  // No contact details, no overwrite, no figure moves.
  expect(await contactAs(manager, talent)).toEqual({ email: null, phone: null });
  const refused = await app.query(UPDATE, { input: { id: talent, email: 'attacker@example.org' } }, { token: manager });
  expect(codeOf(refused)).toBe('FORBIDDEN');
  expect(refused.errors?.[0].message).toMatch(/current engagement confirmed by STAFF/);
  expect(await contactAs(staff, talent)).toEqual({ email: 'stranger@example.org', phone: '+49 30 5550 0000' });
  expect(await stats()).toEqual(statsBefore);
  expect(countIn(await stats(), 'GL')).toBe(0);

  // The proposal is not public: not on the station's edges or in its count, not by node(id), not by filter.
  expect(await stationTalents()).toEqual(publicBefore);
  expect(dataOf(await app.query('query($id: ID!) { node(id: $id) { id } }', { id: proposed.id }, { anonymous: true })).node).toBeNull();
  const filtered = 'query($s: [ID!]) { talents(first: 100, filter: { stationIds: $s, countries: ["GL"] }) { totalCount } }';
  expect(dataOf(await app.query(filtered, { s: [ownStation] }, { anonymous: true })).talents.totalCount).toBe(0);
  // The proposing unit sees its own proposal on the station's edges (the link row's own scope), STAFF too.
  const managers = await stationTalents(manager);
  expect(managers.ids).toContain(talent);
  expect(managers.total).toBe(publicBefore.total + 1);
  expect((await stationTalents(staff)).ids).toContain(talent);
  const asNode = 'query($id: ID!) { node(id: $id) { ... on Engagement { status } } }';
  expect(dataOf(await app.query(asNode, { id: proposed.id }, { token: manager })).node).toEqual({ status: 'PROPOSED' });

  // The manager cannot confirm its own proposal.
  expect(codeOf(await app.query(CONFIRM, { input: { engagementId: proposed.id } }, { token: manager }))).toBe('FORBIDDEN');

  // 2. STAFF confirm (with the version they saw): now the unit may read and change the talent, and it counts.
  const stale = await app.query(CONFIRM, { input: { engagementId: proposed.id, expectedVersion: 7 } }, { token: staff });
  expect(codeOf(stale)).toBe('CONFLICT');
  const confirmed = dataOf(await app.query(CONFIRM, { input: { engagementId: proposed.id, expectedVersion: 1 } }, { token: staff })).confirmEngagement.engagement;
  expect(confirmed).toMatchObject({ status: 'CONFIRMED', version: 2 });
  const again = await app.query(CONFIRM, { input: { engagementId: proposed.id } }, { token: staff });
  expect(codeOf(again)).toBe('CONFLICT');
  expect(again.errors?.[0].extensions?.currentState).toBe('CONFIRMED');

  expect(await contactAs(manager, talent)).toEqual({ email: 'stranger@example.org', phone: '+49 30 5550 0000' });
  expect(dataOf(await app.query(UPDATE, { input: { id: talent, phone: '+49 30 5550 0001' } }, { token: manager })).updateTalent.talent.id).toBe(talent);
  const statsConfirmed = await stats();
  expect(statsConfirmed.overseasTalents).toBe(statsBefore.overseasTalents + 1);
  expect(countIn(statsConfirmed, 'GL')).toBe(1);
  expect(await stationTalents()).toEqual({ ids: [...publicBefore.ids, talent], total: publicBefore.total + 1 });

  // 3. The manager ends the engagement (its last day was yesterday): access goes with it.
  const ended = dataOf(await app.query(END, { input: { engagementId: proposed.id, endedOn: yesterday() } }, { token: manager })).endEngagement.engagement;
  expect(ended.onPost).toBe(false);
  expect(await contactAs(manager, talent)).toEqual({ email: null, phone: null });
  expect(codeOf(await app.query(UPDATE, { input: { id: talent, email: 'attacker@example.org' } }, { token: manager }))).toBe('FORBIDDEN');
  expect(await contactAs(staff, talent)).toMatchObject({ email: 'stranger@example.org' });
});

test('an engagement STAFF make is confirmed at once, and a proposal the manager withdraws never counted', async () => {
  const talent = await stranger('FO');
  const before = await stats();
  const byStaff = dataOf(await app.query(ENGAGE, { input: { talentId: talent, stationId: ownStation, role: 'RESEARCHER', startedOn: '2020-01-01' } }, { token: staff })).createEngagement.engagement;
  expect(byStaff.status).toBe('CONFIRMED');
  expect(await contactAs(manager, talent)).toMatchObject({ email: 'stranger@example.org' });
  expect(countIn(await stats(), 'FO')).toBe(1);

  const other = await stranger('FO');
  const proposal = dataOf(await app.query(ENGAGE, { input: { talentId: other, stationId: ownStation, role: 'RESEARCHER', startedOn: '2020-01-01' } }, { token: manager })).createEngagement.engagement;
  dataOf(await app.query(END, { input: { engagementId: proposal.id, endedOn: yesterday() } }, { token: manager }));
  expect((await stats()).overseasTalents).toBe(before.overseasTalents + 1);
  expect(await contactAs(manager, other)).toEqual({ email: null, phone: null });
});

describe('deny by default', () => {
  test('every entity of the model is declared public or has a row rule', () => {
    expect(() => checkRowScopes(entities)).not.toThrow();
    expect(PUBLIC_ENTITIES.has(Talent)).toBe(true);
    expect(PUBLIC_ENTITIES.has(Engagement)).toBe(false);
  });

  test('an entity with neither stops the schema build, named in the error', () => {
    class Undeclared {}
    expect(() => checkRowScopes([...entities, Undeclared])).toThrow(/Undeclared has no row rule: add one to RULES in src\/auth\/row-scopes.ts/);
  });

  test('an entity both public and scoped is refused too', () => {
    const rules = new Map<EntityTarget<ObjectLiteral>, unknown>([[Talent, () => null]]);
    expect(() => checkRowScopes([Talent], PUBLIC_ENTITIES, rules)).toThrow(/Talent is both public and scoped/);
  });
});

describe('declared batches', () => {
  /** Two batches with the same name over the engagement table, one counting rows, one listing statuses. */
  const counting = scopedBatch<number, number>({
    name: 'same name',
    reads: [Engagement],
    load(stationIds, reader) {
      const params = new ParameterBag('s');
      const [query, parameters] = reader.dataSource.driver.escapeQueryWithParameters(
        `SELECT e.station_id AS id, COUNT(*) AS n FROM engagement e WHERE e.station_id IN (:...ids) AND ${reader.where(Engagement, 'e', params)} GROUP BY e.station_id`,
        { ids: [...stationIds], ...params.values },
      );
      return reader.read<{ id: number | string; n: number | string }, number[]>(query, parameters, (rows) => {
        const found = new Map(rows.map((row) => [Number(row.id), Number(row.n)]));
        return stationIds.map((id) => found.get(id) ?? 0);
      });
    },
  });
  const undeclared = scopedBatch<number, number>({
    name: 'same name',
    reads: [Station],
    load(ids, reader) {
      return Promise.resolve(ids.map(() => (reader.where(Engagement, 'e', new ParameterBag('s')) ? 1 : 0)));
    },
  });

  test('are keyed by the declaration, not by name, and read with the caller scope on the tables they declare', async () => {
    // A proposal at the station: the system sees it, the public does not.
    const talent = await stranger('SJ');
    dataOf(await app.query(ENGAGE, { input: { talentId: talent, stationId: ownStation, role: 'RESEARCHER', startedOn: '2020-01-01' } }, { token: manager }));
    const system = await new Loaders(app.dataSource).batch(counting).load(ownStationId);
    const anonymous = new Loaders(app.dataSource, rowScopesFor(ANONYMOUS));
    const [{ n: proposals }] = await app.dataSource.query("SELECT COUNT(*) AS n FROM engagement WHERE station_id = ? AND status = 'PROPOSED'", [ownStationId]);
    expect(Number(proposals)).toBeGreaterThan(0);
    expect(await anonymous.batch(counting).load(ownStationId)).toBe(system - Number(proposals));
    // Same name, different declaration: its own loader, which may not read a table it did not declare.
    await expect(anonymous.batch(undeclared).load(ownStationId)).rejects.toThrow(/batch same name reads Engagement without declaring it/);
  });
});
