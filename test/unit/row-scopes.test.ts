/**
 * src/auth/row-scopes.ts: for each kind of viewer (anonymous, PARTNER, UNIT_MANAGER, REVIEWER,
 * STAFF) the condition each scoped table gets, as SQL with its bound values, and the rows that
 * condition selects on SQLite; public tables unscoped for everyone; bookkeeping tables hidden from
 * everyone; checkRowScopes refusing a model whose table has no rule (or both a rule and a place
 * among the public ones) and passing the project's own model.
 */
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { checkRowScopes, PUBLIC_ENTITIES, rowScopesFor, SCOPED_ENTITIES } from '../../src/auth/row-scopes';
import { ANONYMOUS, Role, SYSTEM, Viewer } from '../../src/auth/viewer';
import { allTables } from '../../src/db/entities';
import { IdempotencyKey } from '../../src/db/idempotency-key.entity';
import { ParameterBag } from '../../src/db/sql-params';
import { EventSequence } from '../../src/events/event-sequence.entity';
import { Account } from '../../src/modules/account/account.entity';
import { ApiKey } from '../../src/modules/account/api-key.entity';
import { ApplicationResearchField } from '../../src/modules/application/application-research-field.entity';
import { ApplicationReview } from '../../src/modules/application/application-review.entity';
import { Expert } from '../../src/modules/application/expert.entity';
import { SiteInspection } from '../../src/modules/application/site-inspection.entity';
import { StationApplication } from '../../src/modules/application/station-application.entity';
import { AuditEvent } from '../../src/write/audit-event.entity';
import { SearchTerm } from '../../src/modules/search/search-term.entity';
import { Station } from '../../src/modules/station/station.entity';
import { Engagement } from '../../src/modules/talent/engagement.entity';
import { Talent } from '../../src/modules/talent/talent.entity';
import { insert, openUnitDatabase, rows, UnitDatabase } from './database';

const viewer = (fields: Partial<Viewer>): Viewer => ({ ...ANONYMOUS, label: 'test', displayName: 'test', ...fields });

/** Ids the viewers below name; the fixture rows are made to carry them. */
const U1 = 1;
const E1 = 1;
const ACCOUNT = 2;
const VIEWERS: Record<string, Viewer> = {
  anonymous: ANONYMOUS,
  partner: viewer({ role: Role.PARTNER, accountId: ACCOUNT, organizationId: 1 }),
  manager: viewer({ role: Role.UNIT_MANAGER, accountId: ACCOUNT, hostUnitId: U1 }),
  reviewer: viewer({ role: Role.REVIEWER, accountId: ACCOUNT, expertId: E1 }),
  staff: viewer({ role: Role.STAFF, accountId: ACCOUNT }),
};
type Kind = keyof typeof VIEWERS;

/** The condition on alias t and its bound values, or null when the viewer sees every row. */
function conditionFor(who: Viewer, entity: EntityTarget<ObjectLiteral>): { sql: string; values: Record<string, unknown> } | null {
  const scope = rowScopesFor(who).of(entity);
  if (!scope) return null;
  const params = new ParameterBag('p');
  return { sql: scope('t', params), values: params.values };
}

const NONE = { sql: '1 = 0', values: {} };
const PUBLIC_STATUSES = ['PUBLICIZED', 'APPROVED'];
const ASSIGNED = (column: string, p: string) => `EXISTS (SELECT 1 FROM application_review scope_r WHERE scope_r.application_id = ${column} AND scope_r.expert_id = :${p})`;

/** What each viewer's condition is on each scoped table: the matrix of docs/authorization.md, as SQL. */
const EXPECTED: [string, EntityTarget<ObjectLiteral>, Record<Kind, { sql: string; values: Record<string, unknown> } | null>][] = [
  [
    'StationApplication',
    StationApplication,
    {
      anonymous: { sql: '(t.status IN (:...p0))', values: { p0: PUBLIC_STATUSES } },
      partner: { sql: '(t.status IN (:...p0))', values: { p0: PUBLIC_STATUSES } },
      manager: { sql: '(t.status IN (:...p0) OR t.host_unit_id = :p1)', values: { p0: PUBLIC_STATUSES, p1: U1 } },
      reviewer: { sql: `(t.status IN (:...p0) OR ${ASSIGNED('t.id', 'p1')})`, values: { p0: PUBLIC_STATUSES, p1: E1 } },
      staff: null,
    },
  ],
  [
    'SiteInspection',
    SiteInspection,
    {
      anonymous: NONE,
      partner: NONE,
      manager: { sql: 'EXISTS (SELECT 1 FROM station_application scope_a WHERE scope_a.id = t.application_id AND scope_a.host_unit_id = :p0)', values: { p0: U1 } },
      reviewer: { sql: ASSIGNED('t.application_id', 'p0'), values: { p0: E1 } },
      staff: null,
    },
  ],
  [
    'ApplicationResearchField',
    ApplicationResearchField,
    {
      anonymous: { sql: 'EXISTS (SELECT 1 FROM station_application scope_la WHERE scope_la.id = t.application_id AND (scope_la.status IN (:...p0)))', values: { p0: PUBLIC_STATUSES } },
      partner: { sql: 'EXISTS (SELECT 1 FROM station_application scope_la WHERE scope_la.id = t.application_id AND (scope_la.status IN (:...p0)))', values: { p0: PUBLIC_STATUSES } },
      manager: {
        sql: 'EXISTS (SELECT 1 FROM station_application scope_la WHERE scope_la.id = t.application_id AND (scope_la.status IN (:...p0) OR scope_la.host_unit_id = :p1))',
        values: { p0: PUBLIC_STATUSES, p1: U1 },
      },
      reviewer: {
        sql: `EXISTS (SELECT 1 FROM station_application scope_la WHERE scope_la.id = t.application_id AND (scope_la.status IN (:...p0) OR ${ASSIGNED('scope_la.id', 'p1')}))`,
        values: { p0: PUBLIC_STATUSES, p1: E1 },
      },
      staff: null,
    },
  ],
  ['ApplicationReview', ApplicationReview, { anonymous: NONE, partner: NONE, manager: NONE, reviewer: { sql: 't.expert_id = :p0', values: { p0: E1 } }, staff: null }],
  ['Expert', Expert, { anonymous: NONE, partner: NONE, manager: NONE, reviewer: { sql: 't.id = :p0', values: { p0: E1 } }, staff: null }],
  [
    'Account',
    Account,
    {
      anonymous: NONE,
      partner: { sql: 't.id = :p0', values: { p0: ACCOUNT } },
      manager: { sql: 't.id = :p0', values: { p0: ACCOUNT } },
      reviewer: { sql: 't.id = :p0', values: { p0: ACCOUNT } },
      staff: null,
    },
  ],
  ['ApiKey', ApiKey, { anonymous: NONE, partner: NONE, manager: NONE, reviewer: NONE, staff: null }],
  ['AuditEvent', AuditEvent, { anonymous: NONE, partner: NONE, manager: NONE, reviewer: NONE, staff: null }],
  [
    'Engagement',
    Engagement,
    {
      anonymous: { sql: 't.status = :p0', values: { p0: 'CONFIRMED' } },
      partner: { sql: 't.status = :p0', values: { p0: 'CONFIRMED' } },
      manager: { sql: '(t.status = :p0 OR EXISTS (SELECT 1 FROM station scope_s WHERE scope_s.id = t.station_id AND scope_s.host_unit_id = :p1))', values: { p0: 'CONFIRMED', p1: U1 } },
      reviewer: { sql: 't.status = :p0', values: { p0: 'CONFIRMED' } },
      staff: null,
    },
  ],
  // Bookkeeping and the search index: no viewer reads them as rows, STAFF included.
  ['IdempotencyKey', IdempotencyKey, { anonymous: NONE, partner: NONE, manager: NONE, reviewer: NONE, staff: NONE }],
  ['EventSequence', EventSequence, { anonymous: NONE, partner: NONE, manager: NONE, reviewer: NONE, staff: NONE }],
  ['SearchTerm', SearchTerm, { anonymous: NONE, partner: NONE, manager: NONE, reviewer: NONE, staff: NONE }],
];

describe.each(Object.keys(VIEWERS) as Kind[])('%s', (kind) => {
  test.each(EXPECTED.map(([name, entity, expected]) => [name, entity, expected[kind]] as const))('%s gets its condition', (_, entity, expected) => {
    expect(conditionFor(VIEWERS[kind], entity)).toEqual(expected);
  });

  test('every public table is unscoped', () => {
    for (const entity of PUBLIC_ENTITIES) expect(conditionFor(VIEWERS[kind], entity)).toBeNull();
  });
});

test('the matrix above covers every scoped table', () => {
  expect(new Set(EXPECTED.map(([, entity]) => entity))).toEqual(new Set(SCOPED_ENTITIES));
});

describe('viewers without the record their role works through see no more than the public', () => {
  test('a unit manager with no unit: public applications, confirmed engagements, no inspections', () => {
    const lost = viewer({ role: Role.UNIT_MANAGER, hostUnitId: null });
    expect(conditionFor(lost, StationApplication)).toEqual({ sql: '(t.status IN (:...p0))', values: { p0: PUBLIC_STATUSES } });
    expect(conditionFor(lost, Engagement)).toEqual({ sql: 't.status = :p0', values: { p0: 'CONFIRMED' } });
    expect(conditionFor(lost, SiteInspection)).toEqual(NONE);
    expect(conditionFor(lost, Account)).toEqual(NONE);
  });
  test('a reviewer with no expert record: no reviews, no experts', () => {
    const lost = viewer({ role: Role.REVIEWER, expertId: null });
    expect(conditionFor(lost, ApplicationReview)).toEqual(NONE);
    expect(conditionFor(lost, Expert)).toEqual(NONE);
    expect(conditionFor(lost, SiteInspection)).toEqual(NONE);
  });
  test('the system reads as STAFF', () => {
    expect(conditionFor(SYSTEM, StationApplication)).toBeNull();
    expect(conditionFor(SYSTEM, AuditEvent)).toBeNull();
  });
});

test('a table with neither a rule nor a place among the public ones shows nothing, even to STAFF', () => {
  class Unlisted {}
  expect(conditionFor(VIEWERS.staff, Unlisted)).toEqual(NONE);
  expect(conditionFor(ANONYMOUS, Unlisted)).toEqual(NONE);
});

test('scopes bind their values: the names a statement already uses are not taken again', () => {
  const params = new ParameterBag('p');
  params.bind('taken');
  const sql = rowScopesFor(VIEWERS.manager).of(Engagement)!('e', params);
  expect(sql).toBe('(e.status = :p1 OR EXISTS (SELECT 1 FROM station scope_s WHERE scope_s.id = e.station_id AND scope_s.host_unit_id = :p2))');
  expect(params.values).toEqual({ p0: 'taken', p1: 'CONFIRMED', p2: U1 });
});

describe('checkRowScopes: deny by default', () => {
  test("the project's own model passes", () => {
    expect(() => checkRowScopes(allTables)).not.toThrow();
  });

  test('a table with no rule stops the start, naming it and where to add one', () => {
    class Payslip {}
    expect(() => checkRowScopes([...allTables, Payslip])).toThrow(
      'row scope is deny-by-default: Payslip has no row rule: add one to RULES in src/auth/row-scopes.ts, or name the entity in PUBLIC_ENTITIES if every row is public',
    );
  });

  test('several are named together', () => {
    class Payslip {}
    class Invoice {}
    expect(() => checkRowScopes([Payslip, Talent, Invoice])).toThrow(/: Payslip, Invoice have no row rule:/);
  });

  test('a table both public and scoped is refused too', () => {
    const rules = new Map<EntityTarget<ObjectLiteral>, unknown>([[Station, () => null]]);
    expect(() => checkRowScopes([Station, Talent], PUBLIC_ENTITIES, rules)).toThrow(
      'row scope is deny-by-default: Station is both public and scoped in src/auth/row-scopes.ts: keep one',
    );
  });

  test('both problems are reported at once', () => {
    class Payslip {}
    const rules = new Map<EntityTarget<ObjectLiteral>, unknown>([[Station, () => null]]);
    expect(() => checkRowScopes([Payslip, Station], PUBLIC_ENTITIES, rules)).toThrow(/Payslip has no row rule: .*; Station is both public and scoped/);
  });
});

describe('the conditions select the rows the matrix says, on SQLite', () => {
  let db: UnitDatabase;
  /** Row ids by fixture name. */
  const id: Record<string, number> = {};

  beforeAll(async () => {
    db = await openUnitDatabase();
    const district = await insert(db, 'district', rows.district());
    id.U1 = await insert(db, 'host_unit', rows.hostUnit(district));
    id.U2 = await insert(db, 'host_unit', rows.hostUnit(district));
    expect(id.U1).toBe(U1);
    id.S1 = await insert(db, 'station', rows.station(id.U1, district));
    id.S2 = await insert(db, 'station', rows.station(id.U2, district));
    const talent = await insert(db, 'talent', rows.talent('t'));
    id.proposedAtOwn = await insert(db, 'engagement', rows.engagement(talent, { station_id: id.S1 }, 'PROPOSED'));
    id.proposedElsewhere = await insert(db, 'engagement', rows.engagement(talent, { station_id: id.S2 }, 'PROPOSED'));
    id.confirmedElsewhere = await insert(db, 'engagement', rows.engagement(talent, { station_id: id.S2 }));
    const application = (unit: number, status: string) => ({
      host_unit_id: unit,
      district_id: district,
      proposed_name: `申请${status}`,
      round_year: 2025,
      status,
      submitted_on: '2025-03-01',
      service_area_m2: 100,
      dedicated_staff: 2,
    });
    id.ownSubmitted = await insert(db, 'station_application', application(id.U1, 'SUBMITTED'));
    id.otherSubmitted = await insert(db, 'station_application', application(id.U2, 'SUBMITTED'));
    id.otherPublicized = await insert(db, 'station_application', application(id.U2, 'PUBLICIZED'));
    id.otherApproved = await insert(db, 'station_application', application(id.U2, 'APPROVED'));
    id.otherAssigned = await insert(db, 'station_application', application(id.U2, 'UNDER_REVIEW'));
    id.E1 = await insert(db, 'expert', { name_zh: '专家一', name_sort: 'e1' });
    id.E2 = await insert(db, 'expert', { name_zh: '专家二', name_sort: 'e2' });
    expect(id.E1).toBe(E1);
    id.reviewMine = await insert(db, 'application_review', { application_id: id.otherAssigned, expert_id: id.E1 });
    id.reviewTheirs = await insert(db, 'application_review', { application_id: id.otherSubmitted, expert_id: id.E2 });
    const inspection = (application: number) => ({ application_id: application, inspected_on: '2025-04-01', passed: 1 });
    id.inspectOwn = await insert(db, 'site_inspection', inspection(id.ownSubmitted));
    id.inspectAssigned = await insert(db, 'site_inspection', inspection(id.otherAssigned));
    id.inspectOther = await insert(db, 'site_inspection', inspection(id.otherSubmitted));
    const account = (email: string) => ({ email, display_name: email, role: 'STAFF', password_hash: 'x' });
    id.accountOther = await insert(db, 'account', account('a@example.org'));
    id.accountOwn = await insert(db, 'account', account('b@example.org'));
    expect(id.accountOwn).toBe(ACCOUNT);
  });
  afterAll(() => db?.close());

  /** The ids of the rows of `table` the viewer sees, in id order. */
  async function visible(who: Viewer, entity: EntityTarget<ObjectLiteral>, table: string): Promise<number[]> {
    const params = new ParameterBag('p');
    const scope = rowScopesFor(who).of(entity);
    const [query, parameters] = db.dataSource.driver.escapeQueryWithParameters(`SELECT t.id FROM ${table} t WHERE ${scope ? scope('t', params) : '1 = 1'} ORDER BY t.id`, params.values);
    const found: { id: number }[] = await db.dataSource.query(query, parameters);
    return found.map((row) => row.id);
  }
  const ids = (...names: string[]) => names.map((name) => id[name]);

  const ALL_APPLICATIONS = ['ownSubmitted', 'otherSubmitted', 'otherPublicized', 'otherApproved', 'otherAssigned'];
  test.each([
    ['anonymous', ['otherPublicized', 'otherApproved']],
    ['partner', ['otherPublicized', 'otherApproved']],
    ['manager', ['ownSubmitted', 'otherPublicized', 'otherApproved']],
    ['reviewer', ['otherPublicized', 'otherApproved', 'otherAssigned']],
    ['staff', ALL_APPLICATIONS],
  ] as const)('applications %s sees', async (kind, expected) => {
    expect(await visible(VIEWERS[kind], StationApplication, 'station_application')).toEqual(ids(...expected));
  });

  test.each([
    ['anonymous', []],
    ['partner', []],
    ['manager', ['inspectOwn']],
    ['reviewer', ['inspectAssigned']],
    ['staff', ['inspectOwn', 'inspectAssigned', 'inspectOther']],
  ] as const)('site inspections %s sees', async (kind, expected) => {
    expect(await visible(VIEWERS[kind], SiteInspection, 'site_inspection')).toEqual(ids(...expected));
  });

  test.each([
    ['anonymous', ['confirmedElsewhere']],
    ['partner', ['confirmedElsewhere']],
    ['reviewer', ['confirmedElsewhere']],
    // The manager also sees the proposal at its own unit's station, not the one elsewhere.
    ['manager', ['proposedAtOwn', 'confirmedElsewhere']],
    ['staff', ['proposedAtOwn', 'proposedElsewhere', 'confirmedElsewhere']],
  ] as const)('engagements %s sees', async (kind, expected) => {
    expect(await visible(VIEWERS[kind], Engagement, 'engagement')).toEqual(ids(...expected));
  });

  test('reviews, experts and accounts: each sees its own', async () => {
    expect(await visible(VIEWERS.reviewer, ApplicationReview, 'application_review')).toEqual(ids('reviewMine'));
    expect(await visible(VIEWERS.manager, ApplicationReview, 'application_review')).toEqual([]);
    expect(await visible(VIEWERS.staff, ApplicationReview, 'application_review')).toEqual(ids('reviewMine', 'reviewTheirs'));
    expect(await visible(VIEWERS.reviewer, Expert, 'expert')).toEqual(ids('E1'));
    expect(await visible(VIEWERS.staff, Expert, 'expert')).toEqual(ids('E1', 'E2'));
    expect(await visible(VIEWERS.partner, Account, 'account')).toEqual(ids('accountOwn'));
    expect(await visible(ANONYMOUS, Account, 'account')).toEqual([]);
    expect(await visible(VIEWERS.staff, Account, 'account')).toEqual(ids('accountOther', 'accountOwn'));
  });
});
