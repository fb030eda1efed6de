/**
 * Announcements over HTTP, as the demo accounts: who may publish for which publisher (a station of
 * one's unit, one's organisation, STAFF for bases and the operator), the AnnouncementPublished event
 * with the fields and countries named (only after the commit), changes only while open, closing once,
 * and the public list's `open` filter, which closed announcements do not leave unless asked.
 */
import { toGlobalId } from '../src/graphql/global-id';
import { dataOf, startTestApp, TestApp } from './support/app';
import { daysFromToday, organizationGid, rowId, todayUtc } from './support/content';
import { codeOf, count, counts, demoScope, failingAt } from './support/writes';

let app: TestApp;
let staff: string;
let reviewer: string;
let manager: string;
let partner: string;
let ownStation: string;
let otherStation: string;
let base: string;
let ownOrganization: string;
let otherOrganization: string;
const [fieldA, fieldB, fieldC] = [1, 2, 3].map((id) => toGlobalId('ResearchField', id));

const FIELDS = `id version kind title titleEn body publishedOn deadline closedOn publisherKind countries
  station { id } offshoreBase { id } organization { id } researchFields(first: 10) { edges { node { id } } }`;
const PUBLISH = `mutation($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { announcement { ${FIELDS} } } }`;
const UPDATE = `mutation($input: UpdateAnnouncementInput!) { updateAnnouncement(input: $input) { announcement { ${FIELDS} } } }`;
const CLOSE = `mutation($input: CloseAnnouncementInput!) { closeAnnouncement(input: $input) { announcement { ${FIELDS} } } }`;
const TABLES = ['announcement', 'announcement_research_field', 'announcement_country', 'audit_event', 'idempotency_key'];

const draft = (extra: Record<string, unknown> = {}) => ({ kind: 'NEED', title: '石墨烯人才需求', body: '寻找石墨烯方向的海外专家。', ...extra });

async function publish(token: string, extra: Record<string, unknown> = {}) {
  return dataOf(await app.query(PUBLISH, { input: draft(extra) }, { token })).publishAnnouncement.announcement;
}

beforeAll(async () => {
  app = await startTestApp('write_announcements');
  [staff, reviewer, manager, partner] = await Promise.all([app.tokenFor('staff'), app.tokenFor('reviewer'), app.tokenFor('manager'), app.tokenFor('partner')]);
  const scope = await demoScope(app);
  ownStation = toGlobalId('Station', scope.ownStationId);
  otherStation = toGlobalId('Station', scope.otherStationId);
  base = toGlobalId('OffshoreBase', scope.offshoreBaseId);
  ownOrganization = await organizationGid(app, scope.organizationId);
  otherOrganization = await organizationGid(app, scope.otherOrganizationId);
});
afterAll(async () => {
  await app?.stop();
});

test('anonymous callers must sign in and reviewers may not publish; nothing is written', async () => {
  const before = await counts(app, TABLES);
  expect(codeOf(await app.query(PUBLISH, { input: draft() }))).toBe('UNAUTHENTICATED');
  const asReviewer = await app.query(PUBLISH, { input: draft({ stationId: ownStation }) }, { token: reviewer });
  expect(codeOf(asReviewer)).toBe('FORBIDDEN');
  expect(asReviewer.errors?.[0].message).toMatch(/publishAnnouncement is for STAFF or UNIT_MANAGER or PARTNER; you are signed in as REVIEWER/);
  expect(await counts(app, TABLES)).toEqual(before);
});

test('a partner publishes for their own organisation only: not for a station, another organisation or a base', async () => {
  const before = await counts(app, TABLES);
  for (const publisher of [{ stationId: ownStation }, { organizationId: otherOrganization }, { offshoreBaseId: base }]) {
    const response = await app.query(PUBLISH, { input: draft(publisher) }, { token: partner });
    expect({ publisher, code: codeOf(response) }).toEqual({ publisher, code: 'FORBIDDEN' });
  }
  const station = await app.query(PUBLISH, { input: draft({ stationId: ownStation }) }, { token: partner });
  expect(station.errors?.[0].message).toMatch(/only STAFF or the host unit's managers may publish announcements of this station/);
  expect(await counts(app, TABLES)).toEqual(before);

  const own = await publish(partner, { organizationId: ownOrganization, kind: 'OFFER' });
  expect(own).toMatchObject({ publisherKind: 'ORGANIZATION', organization: { id: ownOrganization }, station: null, offshoreBase: null, closedOn: null });
});

test('a partner who names no publisher publishes for their own organisation, with a login or with an API key', async () => {
  const mine = await publish(partner);
  expect(mine).toMatchObject({ publisherKind: 'ORGANIZATION', organization: { id: ownOrganization }, station: null, offshoreBase: null });
  const scope = await demoScope(app);
  const created = await app.query('mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }', { input: { name: 'partner app', role: 'PARTNER', organizationId: ownOrganization } }, { token: staff });
  const key = dataOf(created).createApiKey.secret;
  const response = await app.query(PUBLISH, { input: draft({ kind: 'OFFER' }) }, { token: key });
  expect(dataOf(response).publishAnnouncement.announcement).toMatchObject({ publisherKind: 'ORGANIZATION', organization: { id: ownOrganization } });
  const [row] = await app.dataSource.query('SELECT organization_id AS organizationId FROM announcement WHERE id = ?', [rowId(mine.id)]);
  expect(Number(row.organizationId)).toBe(scope.organizationId);
});

test("a manager publishes for their own unit's station only, and is asked to name it when they name none; STAFF for any publisher, the operator included", async () => {
  const before = await counts(app, TABLES);
  for (const publisher of [{ stationId: otherStation }, { offshoreBaseId: base }, { organizationId: ownOrganization }]) {
    expect({ publisher, code: codeOf(await app.query(PUBLISH, { input: draft(publisher) }, { token: manager })) }).toEqual({ publisher, code: 'FORBIDDEN' });
  }
  const none = await app.query(PUBLISH, { input: draft() }, { token: manager });
  expect(codeOf(none)).toBe('BAD_USER_INPUT');
  expect(none.errors?.[0].message).toMatch(/input\.stationId: name the publishing station \(a station of your unit\); only STAFF publish as the operator/);
  expect(await counts(app, TABLES)).toEqual(before);
  expect(await publish(manager, { stationId: ownStation })).toMatchObject({ publisherKind: 'STATION', station: { id: ownStation } });
  expect(await publish(staff)).toMatchObject({ publisherKind: 'OPERATOR', station: null, offshoreBase: null, organization: null });
  expect(await publish(staff, { offshoreBaseId: base })).toMatchObject({ publisherKind: 'OFFSHORE_BASE', offshoreBase: { id: base } });
  expect(await publish(staff, { organizationId: otherOrganization })).toMatchObject({ publisherKind: 'ORGANIZATION', organization: { id: otherOrganization } });
});

test('publishing writes the row, its fields and countries, an audit row for each, and publishes AnnouncementPublished after the commit', async () => {
  const before = await counts(app, TABLES);
  app.events.length = 0;
  const deadline = daysFromToday(30);
  const published = await publish(manager, { stationId: ownStation, researchFieldIds: [fieldB, fieldA, fieldB], countries: ['NZ', 'DE', 'NZ'], deadline, titleEn: 'Graphene experts wanted' });
  expect(published).toMatchObject({ version: 1, publishedOn: todayUtc(), deadline, closedOn: null, countries: ['DE', 'NZ'], titleEn: 'Graphene experts wanted' });
  expect(published.researchFields.edges.map((edge: { node: { id: string } }) => edge.node.id).sort()).toEqual([fieldA, fieldB].sort());
  // One announcement, two fields, two countries, each audited; no idempotency key was given.
  expect(await counts(app, TABLES)).toEqual([before[0] + 1, before[1] + 2, before[2] + 2, before[3] + 5, before[4]]);
  const [audit] = await app.dataSource.query("SELECT actor, action FROM audit_event WHERE target_type = 'Announcement' AND target_id = ?", [published.id]);
  expect(audit).toEqual({ actor: 'manager@demo.haizhi', action: 'publishAnnouncement' });

  expect(app.events).toHaveLength(1);
  expect(app.events[0]).toMatchObject({
    type: 'AnnouncementPublished',
    announcementId: rowId(published.id),
    stationId: rowId(ownStation),
    offshoreBaseId: null,
    organizationId: null,
    countries: ['DE', 'NZ'],
  });
  expect((app.events[0] as { researchFieldIds: number[] }).researchFieldIds.sort()).toEqual([1, 2]);
  expect(typeof app.events[0].committedAt).toBe('string');
});

test('a failure injected after the insert publishes nothing and leaves every table as it was', async () => {
  const before = await counts(app, TABLES);
  app.events.length = 0;
  const input = draft({ stationId: ownStation, researchFieldIds: [fieldA], countries: ['GB'], idempotencyKey: 'doomed-announcement' });
  expect(codeOf(await failingAt(app, 'publishAnnouncement:inserted', () => app.query(PUBLISH, { input }, { token: manager })))).toBe('INTERNAL_SERVER_ERROR');
  expect(await counts(app, TABLES)).toEqual(before);
  expect(app.events).toEqual([]);
  // The same failure at the last moment before the commit, after every write and the key.
  expect(codeOf(await failingAt(app, 'publishAnnouncement:before-commit', () => app.query(PUBLISH, { input }, { token: manager })))).toBe('INTERNAL_SERVER_ERROR');
  expect(await counts(app, TABLES)).toEqual(before);
  expect(app.events).toEqual([]);
  // The key was not taken: the retry does the work, and only then is the event published.
  const retried = dataOf(await app.query(PUBLISH, { input }, { token: manager })).publishAnnouncement.announcement;
  expect(retried.countries).toEqual(['GB']);
  expect(app.events.map((event) => event.type)).toEqual(['AnnouncementPublished']);
});

test('an idempotency key replays the first announcement and publishes no second event; reused for another input it is refused', async () => {
  const input = draft({ organizationId: ownOrganization, idempotencyKey: 'partner-call-1' });
  const first = dataOf(await app.query(PUBLISH, { input }, { token: partner })).publishAnnouncement.announcement;
  const before = await counts(app, TABLES);
  app.events.length = 0;
  const again = dataOf(await app.query(PUBLISH, { input }, { token: partner })).publishAnnouncement.announcement;
  expect(again.id).toBe(first.id);
  expect(await counts(app, TABLES)).toEqual(before);
  expect(app.events).toEqual([]);
  const other = await app.query(PUBLISH, { input: { ...input, title: '另一个公告' } }, { token: partner });
  expect(codeOf(other)).toBe('CONFLICT');
  expect(other.errors?.[0].extensions?.argument).toBe('input.idempotencyKey');
});

test('bad input names the field, and nothing is written', async () => {
  const before = await counts(app, TABLES);
  const two = await app.query(PUBLISH, { input: draft({ stationId: ownStation, organizationId: ownOrganization }) }, { token: staff });
  expect(codeOf(two)).toBe('BAD_USER_INPUT');
  expect(two.errors?.[0].extensions?.argument).toBe('input.stationId');
  const rules = await app.query(PUBLISH, { input: draft({ title: '', countries: ['de'] }) }, { token: staff });
  expect(codeOf(rules)).toBe('BAD_USER_INPUT');
  expect((rules.errors?.[0].extensions?.problems as { path: string }[]).map((p) => p.path).sort()).toEqual(['input.countries', 'input.title']);
  const past = await app.query(PUBLISH, { input: draft({ deadline: '2020-01-01' }) }, { token: staff });
  expect(codeOf(past)).toBe('BAD_USER_INPUT');
  expect(past.errors?.[0].extensions?.argument).toBe('input.deadline');
  const unknown = await app.query(PUBLISH, { input: draft({ researchFieldIds: [fieldA, toGlobalId('ResearchField', 999_999)] }) }, { token: staff });
  expect(codeOf(unknown)).toBe('NOT_FOUND');
  expect(unknown.errors?.[0].extensions?.argument).toBe('input.researchFieldIds[1]');
  const wrongType = await app.query(PUBLISH, { input: draft({ stationId: base }) }, { token: staff });
  expect(codeOf(wrongType)).toBe('BAD_USER_INPUT');
  expect(wrongType.errors?.[0].extensions?.argument).toBe('input.stationId');
  expect(await counts(app, TABLES)).toEqual(before);
});

test('update: replaces fields and countries, checks expectedVersion, and publishes AnnouncementUpdated', async () => {
  const announcement = await publish(manager, { stationId: ownStation, researchFieldIds: [fieldA, fieldB], countries: ['DE', 'FR'] });
  app.events.length = 0;
  const updated = dataOf(
    await app.query(UPDATE, { input: { id: announcement.id, expectedVersion: 1, title: '新标题', researchFieldIds: [fieldB, fieldC], countries: ['FR', 'JP'], deadline: daysFromToday(10) } }, { token: manager }),
  ).updateAnnouncement.announcement;
  expect(updated).toMatchObject({ version: 2, title: '新标题', body: announcement.body, countries: ['FR', 'JP'], deadline: daysFromToday(10) });
  expect(updated.researchFields.edges.map((edge: { node: { id: string } }) => edge.node.id).sort()).toEqual([fieldB, fieldC].sort());
  expect(app.events.map((event) => [event.type, (event as { announcementId?: number }).announcementId])).toEqual([['AnnouncementUpdated', rowId(announcement.id)]]);

  const stale = await app.query(UPDATE, { input: { id: announcement.id, expectedVersion: 1, body: 'stale' } }, { token: manager });
  expect(codeOf(stale)).toBe('CONFLICT');
  expect(stale.errors?.[0].extensions?.currentVersion).toBe(2);
  expect(codeOf(await app.query(UPDATE, { input: { id: announcement.id, title: null } }, { token: manager }))).toBe('BAD_USER_INPUT');
  // null clears the deadline and the countries.
  const cleared = dataOf(await app.query(UPDATE, { input: { id: announcement.id, deadline: null, countries: null } }, { token: manager })).updateAnnouncement.announcement;
  expect(cleared).toMatchObject({ version: 3, deadline: null, countries: [] });
  expect(await count(app, 'announcement_country WHERE announcement_id = ' + rowId(announcement.id))).toBe(0);
});

test("a partner changes and closes their organisation's announcements only; a manager their unit's", async () => {
  const partners = await publish(partner, { organizationId: ownOrganization });
  const others = await publish(staff, { organizationId: otherOrganization });
  const stations = await publish(manager, { stationId: ownStation });
  const operators = await publish(staff);
  expect(codeOf(await app.query(UPDATE, { input: { id: others.id, body: 'x' } }, { token: partner }))).toBe('FORBIDDEN');
  expect(codeOf(await app.query(CLOSE, { input: { id: stations.id } }, { token: partner }))).toBe('FORBIDDEN');
  expect(codeOf(await app.query(CLOSE, { input: { id: partners.id } }, { token: manager }))).toBe('FORBIDDEN');
  const operator = await app.query(CLOSE, { input: { id: operators.id } }, { token: manager });
  expect(codeOf(operator)).toBe('FORBIDDEN');
  expect(operator.errors?.[0].message).toMatch(/only STAFF may close announcements of the operator/);
  expect(dataOf(await app.query(UPDATE, { input: { id: partners.id, body: '更新' } }, { token: partner })).updateAnnouncement.announcement.body).toBe('更新');
  expect(dataOf(await app.query(CLOSE, { input: { id: partners.id } }, { token: partner })).closeAnnouncement.announcement.closedOn).toBe(todayUtc());
});

test("a manager cannot close another unit's announcement; it stays open", async () => {
  const theirs = await publish(staff, { stationId: otherStation });
  app.events.length = 0;
  const response = await app.query(CLOSE, { input: { id: theirs.id } }, { token: manager });
  expect(codeOf(response)).toBe('FORBIDDEN');
  expect(response.errors?.[0].message).toMatch(/you manage another host unit: only its managers or STAFF may close announcements of this station/);
  const [row] = await app.dataSource.query('SELECT closed_on, version FROM announcement WHERE id = ?', [rowId(theirs.id)]);
  expect(row).toEqual({ closed_on: null, version: 1 });
  expect(app.events).toEqual([]);
});

test('closing sets closedOn once: closing again, or changing a closed announcement, is CONFLICT naming the state', async () => {
  const announcement = await publish(manager, { stationId: ownStation });
  app.events.length = 0;
  const closed = dataOf(await app.query(CLOSE, { input: { id: announcement.id, expectedVersion: 1 } }, { token: manager })).closeAnnouncement.announcement;
  expect(closed).toMatchObject({ closedOn: todayUtc(), version: 2 });
  expect(app.events.map((event) => event.type)).toEqual(['AnnouncementClosed']);

  const before = await counts(app, TABLES);
  const twice = await app.query(CLOSE, { input: { id: announcement.id } }, { token: manager });
  expect(codeOf(twice)).toBe('CONFLICT');
  expect(twice.errors?.[0].extensions).toMatchObject({ currentState: 'CLOSED', closedOn: todayUtc() });
  const change = await app.query(UPDATE, { input: { id: announcement.id, body: 'too late', countries: ['DE'] } }, { token: manager });
  expect(codeOf(change)).toBe('CONFLICT');
  expect(change.errors?.[0].message).toMatch(/cannot change this announcement: it was closed on/);
  expect(change.errors?.[0].extensions?.currentState).toBe('CLOSED');
  expect(await counts(app, TABLES)).toEqual(before);
  expect(app.events.map((event) => event.type)).toEqual(['AnnouncementClosed']);
});

test('the public list keeps closed announcements unless asked: open: true leaves them out, open: false lists only them and the lapsed', async () => {
  const open = await publish(staff, { deadline: daysFromToday(5) });
  const closing = await publish(staff);
  dataOf(await app.query(CLOSE, { input: { id: closing.id } }, { token: staff }));
  const list = async (filter: Record<string, unknown> | null) =>
    (dataOf(await app.query('query($filter: AnnouncementFilter) { announcements(first: 100, filter: $filter) { edges { node { id } } } }', { filter })).announcements.edges as { node: { id: string } }[]).map(
      (edge) => edge.node.id,
    );
  const all = await list(null);
  expect(all).toEqual(expect.arrayContaining([open.id, closing.id]));
  const today = todayUtc();
  const sql = (condition: string) =>
    app.dataSource.query(`SELECT id FROM announcement WHERE ${condition} ORDER BY id`, [today, today]).then((rows: { id: number }[]) => rows.map((row) => toGlobalId('Announcement', Number(row.id))));
  const openSql = '(deadline IS NULL OR deadline >= ?) AND (closed_on IS NULL OR closed_on > ?)';
  const openIds = await list({ open: true });
  expect(openIds).toEqual(await sql(openSql));
  expect(openIds).toContain(open.id);
  expect(openIds).not.toContain(closing.id);
  const notOpen = await list({ open: false });
  expect(notOpen).toEqual(await sql(`NOT (${openSql})`));
  expect(notOpen).toContain(closing.id);
  expect(notOpen.length + openIds.length).toBe(all.length);
  // openOn counts a closure from the day it was made: open yesterday, not today.
  expect(await list({ openOn: daysFromToday(-1), publishedBy: ['OPERATOR'] })).toContain(closing.id);
  expect(await list({ openOn: today, publishedBy: ['OPERATOR'] })).not.toContain(closing.id);
});

test("publishedBy ORGANIZATION and organizationIds find an organisation's announcements", async () => {
  const mine = await publish(partner, { organizationId: ownOrganization });
  const ids = async (filter: Record<string, unknown>) =>
    (dataOf(await app.query('query($filter: AnnouncementFilter) { announcements(first: 100, filter: $filter) { totalCount edges { node { id } } } }', { filter })).announcements.edges as { node: { id: string } }[]).map(
      (edge) => edge.node.id,
    );
  const expected = (await app.dataSource.query('SELECT id FROM announcement WHERE organization_id = ? ORDER BY id', [rowId(ownOrganization)])).map((row: { id: number }) => toGlobalId('Announcement', Number(row.id)));
  expect(expected).toContain(mine.id);
  expect(await ids({ organizationIds: [ownOrganization] })).toEqual(expected);
  const byOrganizations = (await app.dataSource.query('SELECT id FROM announcement WHERE organization_id IS NOT NULL ORDER BY id')).map((row: { id: number }) => toGlobalId('Announcement', Number(row.id)));
  expect(await ids({ publishedBy: ['ORGANIZATION'] })).toEqual(byOrganizations);
  const operators = await ids({ publishedBy: ['OPERATOR'] });
  expect(operators).not.toContain(mine.id);
});
