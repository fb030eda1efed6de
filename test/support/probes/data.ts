/**
 * Matrix probes for protected data (docs/authorization.md, "Protected data"): each says whether
 * the caller sees the field's value, or the record at all, for a record inside the caller's own
 * scope ('own') or outside it ('other'). Records are written straight into the test's database
 * in the state each rule is about (an application under review, a decided one, a review).
 */
import { fromGlobalId, toGlobalId } from '../../../src/graphql/global-id';
import { ApplicationStatus, StationApplication } from '../../../src/modules/application/station-application.entity';
import { ApplicationReview, ReviewRecommendation } from '../../../src/modules/application/application-review.entity';
import { SiteInspection } from '../../../src/modules/application/site-inspection.entity';
import { StationStatusChange } from '../../../src/modules/station/station-status-change.entity';
import { StationStatus } from '../../../src/modules/station/station-status';
import { Engagement, EngagementRole, EngagementStatus } from '../../../src/modules/talent/engagement.entity';
import { dataOf, TestApp } from '../app';
import { demoScope } from '../writes';
import { Caller, stationOf, unique } from './probe';

export interface DataProbe {
  /** The row's first cell in docs/authorization.md, e.g. `Talent.email`. */
  subject: string;
  visible(app: TestApp, caller: Caller, target: 'own' | 'other'): Promise<boolean>;
}

const asCaller = (caller: Caller) => (caller.token ? { token: caller.token } : { anonymous: true });

/** node(id) as the caller, with `selection` on the type; null when the caller may not see the record. */
async function node(app: TestApp, caller: Caller, id: string, selection: string): Promise<Record<string, unknown> | null> {
  return dataOf(await app.query(`query($id: ID!) { node(id: $id) { id ${selection} } }`, { id }, asCaller(caller))).node;
}

/** A talent with contact details, engaged at the demo manager's station ('own') or at another unit's. */
async function talentWithContact(app: TestApp, target: 'own' | 'other'): Promise<string> {
  const staff = { token: await app.tokenFor('staff') };
  const talent = dataOf(
    await app.query('mutation($input: CreateTalentInput!) { createTalent(input: $input) { talent { id } } }', { input: { name: unique('contact'), country: 'AU', degree: 'DOCTORATE', email: 'contact@example.org', phone: '+61 2 5550 0000' } }, staff),
  ).createTalent.talent.id as string;
  const stationId = await stationOf(app, target);
  dataOf(await app.query('mutation($input: CreateEngagementInput!) { createEngagement(input: $input) { engagement { id } } }', { input: { talentId: talent, stationId: toGlobalId('Station', stationId), role: 'RESEARCHER', startedOn: '2026-01-01' } }, staff));
  return talent;
}

/**
 * An engagement a unit manager proposed (not yet confirmed by STAFF) at the demo manager's station
 * ('own') or at another unit's, of a fresh talent. Returns its row id.
 */
export async function proposedEngagement(app: TestApp, target: 'own' | 'other'): Promise<number> {
  const staff = { token: await app.tokenFor('staff') };
  const talent = dataOf(await app.query('mutation($input: CreateTalentInput!) { createTalent(input: $input) { talent { id } } }', { input: { name: unique('proposed'), country: 'NZ', degree: 'MASTER' } }, staff)).createTalent.talent.id as string;
  const result = await app.dataSource.getRepository(Engagement).insert({
    talentId: fromGlobalId(talent).id,
    stationId: await stationOf(app, target),
    offshoreBaseId: null,
    role: EngagementRole.RESEARCHER,
    startedOn: '2026-01-01',
    endedOn: null,
    status: EngagementStatus.PROPOSED,
  });
  return Number(result.identifiers[0].id);
}

/**
 * An application in `status`: 'own' is the demo manager's unit's, assigned to the demo reviewer;
 * 'other' is another unit's, assigned to another expert. Returns its row id.
 */
async function application(app: TestApp, target: 'own' | 'other', status: ApplicationStatus): Promise<number> {
  const scope = await demoScope(app);
  const [district] = await app.dataSource.query('SELECT MIN(id) AS id FROM district');
  const decided = status === ApplicationStatus.APPROVED || status === ApplicationStatus.REJECTED;
  const result = await app.dataSource.getRepository(StationApplication).insert({
    hostUnitId: target === 'own' ? scope.hostUnitId : scope.otherHostUnitId,
    districtId: Number(district.id),
    proposedName: unique('probe station'),
    roundYear: 2026,
    status,
    submittedOn: '2026-03-01',
    decidedOn: decided ? '2026-09-01' : null,
    conclusion: decided ? 'The panel found the proposal sound.' : null,
    serviceAreaM2: 150,
    dedicatedStaff: 2,
  });
  const id = Number(result.identifiers[0].id);
  const [other] = await app.dataSource.query('SELECT MIN(id) AS id FROM expert WHERE id <> ?', [scope.expertId]);
  await app.dataSource.getRepository(ApplicationReview).insert({ applicationId: id, expertId: target === 'own' ? scope.expertId : Number(other.id), score: 80, recommendation: ReviewRecommendation.APPROVE, opinion: 'Sound.', reviewedOn: '2026-05-01' });
  return id;
}

export const dataProbes: DataProbe[] = [
  ...['email', 'phone'].map((field) => ({
    subject: `Talent.${field}`,
    async visible(app: TestApp, caller: Caller, target: 'own' | 'other') {
      const talent = await talentWithContact(app, target);
      return (await node(app, caller, talent, `... on Talent { ${field} }`))?.[field] != null;
    },
  })),
  {
    subject: 'StationApplication.conclusion',
    async visible(app, caller, target) {
      const id = await application(app, target, ApplicationStatus.REJECTED);
      return (await node(app, caller, toGlobalId('StationApplication', id), '... on StationApplication { conclusion }'))?.conclusion != null;
    },
  },
  {
    subject: 'Engagement while PROPOSED',
    async visible(app, caller, target) {
      const id = await proposedEngagement(app, target);
      return (await node(app, caller, toGlobalId('Engagement', id), '... on Engagement { status }')) !== null;
    },
  },
  {
    subject: 'StationStatusChange.changedBy',
    async visible(app, caller) {
      const scope = await demoScope(app);
      const result = await app.dataSource.getRepository(StationStatusChange).insert({ stationId: scope.otherStationId, fromStatus: StationStatus.ACTIVE, toStatus: StationStatus.ACTIVE, changedOn: '2026-04-01', reason: 'probe', changedBy: 'staff@demo.haizhi' });
      const id = toGlobalId('StationStatusChange', Number(result.identifiers[0].id));
      return (await node(app, caller, id, '... on StationStatusChange { changedBy }'))?.changedBy != null;
    },
  },
  {
    subject: 'StationApplication before PUBLICIZED',
    async visible(app, caller, target) {
      const id = await application(app, target, ApplicationStatus.UNDER_REVIEW);
      return (await node(app, caller, toGlobalId('StationApplication', id), '')) !== null;
    },
  },
  {
    subject: 'ApplicationReview',
    async visible(app, caller, target) {
      const applicationId = await application(app, target, ApplicationStatus.UNDER_REVIEW);
      const [review] = await app.dataSource.query('SELECT id FROM application_review WHERE application_id = ?', [applicationId]);
      return (await node(app, caller, toGlobalId('ApplicationReview', Number(review.id)), '... on ApplicationReview { opinion }')) !== null;
    },
  },
  {
    subject: 'SiteInspection',
    async visible(app, caller, target) {
      const applicationId = await application(app, target, ApplicationStatus.INSPECTED);
      const result = await app.dataSource.getRepository(SiteInspection).insert({ applicationId, inspectedOn: '2026-06-01', inspectors: 'probe', findings: 'Premises as described.', passed: true });
      return (await node(app, caller, toGlobalId('SiteInspection', Number(result.identifiers[0].id)), '')) !== null;
    },
  },
  {
    subject: 'Expert',
    async visible(app, caller, target) {
      const scope = await demoScope(app);
      const [other] = await app.dataSource.query('SELECT MIN(id) AS id FROM expert WHERE id <> ?', [scope.expertId]);
      return (await node(app, caller, toGlobalId('Expert', target === 'own' ? scope.expertId : Number(other.id)), '')) !== null;
    },
  },
  {
    subject: 'User',
    async visible(app, caller, target) {
      const email = `${caller.role === 'anonymous' ? 'staff' : caller.role}@demo.haizhi`;
      const otherEmail = caller.role === 'staff' ? 'partner@demo.haizhi' : 'staff@demo.haizhi';
      const [row] = await app.dataSource.query('SELECT id FROM account WHERE email = ?', [target === 'own' ? email : otherEmail]);
      return (await node(app, caller, toGlobalId('User', Number(row.id)), '... on User { email }')) !== null;
    },
  },
  {
    subject: 'ApiKey',
    async visible(app, caller) {
      const created = dataOf(await app.query('mutation { createApiKey(input: { name: "probe key", role: STAFF }) { apiKey { id } } }', undefined, { token: await app.tokenFor('staff') }));
      return (await node(app, caller, created.createApiKey.apiKey.id, '')) !== null;
    },
  },
  // Suggestions: whether the caller may ask at all (what they then see is the rows' own rules, above).
  {
    subject: 'suggestTalents',
    async visible(app, caller) {
      const response = await app.query('{ suggestTalents(need: { countries: ["NZ"] }, first: 1) { edges { node { id } } } }', undefined, asCaller(caller));
      return !response.errors && response.data?.suggestTalents != null;
    },
  },
  {
    subject: 'suggestPartners',
    async visible(app, caller, target) {
      const station = toGlobalId('Station', await stationOf(app, target));
      const response = await app.query('query($station: ID!) { suggestPartners(stationId: $station, first: 1) { edges { node { id } } } }', { station }, asCaller(caller));
      return !response.errors && response.data?.suggestPartners != null;
    },
  },
  {
    subject: 'AuditEvent',
    async visible(app, caller) {
      const [row] = await app.dataSource.query('SELECT MAX(id) AS id FROM audit_event');
      return (await node(app, caller, toGlobalId('AuditEvent', Number(row.id)), '... on AuditEvent { action }')) !== null;
    },
  },
];
