/**
 * src/write/policy.ts: mutate() is the one authority on who may write. Services are called here
 * directly, past every `@Authorized` decorator, as the user:create command and the expiry sweep call
 * them: a role the policy leaves out is refused before a statement is sent; SYSTEM runs what a
 * policy opens to it and nothing else; an `OWN` caller whose work writes before a row rule held is
 * stopped. The declared policies are held against docs/authorization.md's "Mutations" table cell by
 * cell, and every mutate() call site in src/ is held to pass one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ANONYMOUS, Role, SYSTEM, Viewer } from '../../src/auth/viewer';
import { requireUnitManager } from '../../src/auth/write-scope';
import { loadConfig } from '../../src/config';
import { DomainError, DomainErrorCode } from '../../src/domain-errors';
import { EventBus } from '../../src/events/event-bus';
import { AccountService } from '../../src/modules/account/account.service';
import { expireLapsedStations } from '../../src/modules/station/station-expiry';
import { Talent } from '../../src/modules/talent/talent.entity';
import { NewTalent, TalentService } from '../../src/modules/talent/talent.service';
import { writeDeps } from '../../src/services';
import { mutate, WriteDeps } from '../../src/write/mutation';
import { ANY, declaredPolicies, OWN, rolesOf, writePolicy } from '../../src/write/policy';
import { AUTHORIZATION_DOC, matrixTable } from '../support/authorization-doc';
import { insert, openUnitDatabase, rows, UnitDatabase } from './database';

const viewer = (fields: Partial<Viewer>): Viewer => ({ ...ANONYMOUS, label: 'test', displayName: 'test', ...fields });
const STAFF = viewer({ role: Role.STAFF });
const REVIEWER = viewer({ role: Role.REVIEWER, expertId: 1 });
const PARTNER = viewer({ role: Role.PARTNER, organizationId: 1 });

const NEW_TALENT = { name: 'Ada Policy', country: 'DE', degree: 'DOCTORATE', isReturnee: false, researchFieldIds: [] } as unknown as NewTalent;

let db: UnitDatabase;
let deps: WriteDeps;
let talents: TalentService;
let accounts: AccountService;

beforeAll(async () => {
  db = await openUnitDatabase();
  deps = writeDeps({ dataSource: db.dataSource, events: new EventBus(), programme: loadConfig({}).programme });
  talents = new TalentService(deps);
  // createUser needs none of the credential services: login and tokens are not exercised here.
  accounts = new AccountService(deps, undefined as never, undefined as never, undefined as never);
});
afterAll(async () => {
  await db?.close();
});

async function refusal(work: Promise<unknown>): Promise<{ code: unknown; message: string }> {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught as Error & { code?: unknown; extensions?: { code?: unknown } },
  );
  if (!error) throw new Error('expected a refusal, and the call succeeded');
  return { code: error instanceof DomainError ? error.code : error.extensions?.code, message: error.message };
}

const talentCount = async () => Number((await db.dataSource.query('SELECT COUNT(*) AS n FROM talent'))[0].n);

describe('a service called past the decorator', () => {
  test('a role the policy leaves out is FORBIDDEN in authChecker words, before any statement is sent', async () => {
    const before = await talentCount();
    for (const caller of [REVIEWER, PARTNER]) {
      let outcome: { code: unknown; message: string } | null = null;
      const statements = await db.recording(async () => {
        outcome = await refusal(talents.createTalent({ viewer: caller }, NEW_TALENT));
      });
      expect(outcome).toEqual({ code: DomainErrorCode.FORBIDDEN, message: `createTalent is for STAFF or UNIT_MANAGER; you are signed in as ${caller.role}` });
      expect(statements).toEqual([]);
    }
    expect(await talentCount()).toBe(before);
  });

  test('an anonymous caller is UNAUTHENTICATED', async () => {
    expect(await refusal(talents.createTalent({ viewer: ANONYMOUS }, NEW_TALENT))).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'createTalent needs you to sign in: send Authorization: Bearer <token from login, or an API key>',
    });
  });

  test('a role the policy names passes', async () => {
    const talent = await talents.createTalent({ viewer: STAFF }, NEW_TALENT);
    expect(talent).toBeInstanceOf(Talent);
  });
});

describe('SYSTEM, the process itself', () => {
  test('runs createUser (the user:create command), audited as system', async () => {
    await accounts.createUser(
      { viewer: SYSTEM },
      { email: 'first@example.org', displayName: 'First', role: Role.STAFF, password: 'a long enough password', hostUnitId: null, organizationId: null, expertId: null },
    );
    expect(await db.dataSource.query("SELECT actor, target_type AS type FROM audit_event WHERE action = 'createUser'")).toEqual([{ actor: 'system', type: 'User' }]);
  });

  test('is refused a STAFF mutation its policy does not open to it', async () => {
    expect(await refusal(talents.createTalent({ viewer: SYSTEM }, NEW_TALENT))).toEqual({
      code: DomainErrorCode.FORBIDDEN,
      message: 'createTalent is not run by the process itself: it is for STAFF or UNIT_MANAGER',
    });
  });

  test('runs the expiry sweep, which no caller may run', async () => {
    const district = await insert(db, 'district', rows.district());
    const unit = await insert(db, 'host_unit', rows.hostUnit(district));
    const lapsed = await insert(db, 'station', rows.station(unit, district, { status: 'ACTIVE', valid_until: '2020-01-01' }));
    expect(await expireLapsedStations(deps, { today: '2026-01-01' })).toEqual([lapsed]);
    expect(await db.dataSource.query("SELECT DISTINCT actor FROM audit_event WHERE action = 'expireStation'")).toEqual([{ actor: 'system' }]);
    const expireStation = declaredPolicies().find((policy) => policy.action === 'expireStation')!;
    expect(await refusal(mutate(deps, { viewer: STAFF }, expireStation, async () => null))).toEqual({
      code: DomainErrorCode.FORBIDDEN,
      message: 'expireStation is run by the process itself, never by a caller',
    });
  });
});

describe('an OWN caller', () => {
  const OWN_ONLY = writePolicy('test:ownOnly', { STAFF: ANY, UNIT_MANAGER: OWN });
  const manager = (hostUnitId: number) => viewer({ role: Role.UNIT_MANAGER, hostUnitId });
  const writeTalent = (m: Parameters<Parameters<typeof mutate>[3]>[0]) => m.insert(Talent, { name: 'Row Rule', countryCode: 'DE', degree: 'DOCTORATE' } as never);

  test('whose work writes before any row rule held writes nothing: the forgotten rule fails loudly', async () => {
    const before = await talentCount();
    const { message } = await refusal(mutate(deps, { viewer: manager(1) }, OWN_ONLY, writeTalent));
    expect(message).toMatch(/test:ownOnly: the write policy gives UNIT_MANAGER only its own records, and the work wrote before any row rule held/);
    expect(await talentCount()).toBe(before);
  });

  test("writes once its row rule held, and is FORBIDDEN outside its scope", async () => {
    const own = mutate(deps, { viewer: manager(7) }, OWN_ONLY, async (m) => {
      requireUnitManager(m, 7, 'write here');
      return writeTalent(m);
    });
    await expect(own).resolves.toBeInstanceOf(Talent);
    const other = mutate(deps, { viewer: manager(7) }, OWN_ONLY, async (m) => {
      requireUnitManager(m, 8, 'write here');
      return writeTalent(m);
    });
    expect(await refusal(other)).toEqual({ code: DomainErrorCode.FORBIDDEN, message: 'you manage another host unit: only its managers or STAFF may write here' });
  });

  test('STAFF (ANY) need no row rule', async () => {
    await expect(mutate(deps, { viewer: STAFF }, OWN_ONLY, writeTalent)).resolves.toBeInstanceOf(Talent);
  });
});

describe('the declarations', () => {
  const ROLE_OF_COLUMN = { staff: Role.STAFF, reviewer: Role.REVIEWER, manager: Role.UNIT_MANAGER, partner: Role.PARTNER } as const;
  const REACH_OF_CELL = { '✓': ANY, own: OWN } as const;

  test("every row of docs/authorization.md's Mutations table is one policy with the same cells, and every policy a caller may run has its row", () => {
    const policies = new Map(declaredPolicies().filter((policy) => !policy.action.startsWith('test:')).map((policy) => [policy.action, policy]));
    const matrix = matrixTable(AUTHORIZATION_DOC, 'Mutations');
    for (const row of matrix) {
      const policy = policies.get(row.subject);
      expect({ mutation: row.subject, declared: policy !== undefined }).toEqual({ mutation: row.subject, declared: true });
      const cells = Object.fromEntries(
        Object.entries(ROLE_OF_COLUMN)
          .filter(([column]) => row.cells[column as keyof typeof ROLE_OF_COLUMN] !== '✗')
          .map(([column, role]) => [role, REACH_OF_CELL[row.cells[column as keyof typeof ROLE_OF_COLUMN] as '✓' | 'own']]),
      );
      expect({ mutation: row.subject, cells: policy!.cells, anonymous: policy!.anonymous ?? false }).toEqual({
        mutation: row.subject,
        cells,
        anonymous: row.cells.anonymous === '✓',
      });
    }
    const inMatrix = new Set(matrix.map((row) => row.subject));
    const callerPolicies = [...policies.values()].filter((policy) => rolesOf(policy).length > 0 || policy.anonymous);
    expect(callerPolicies.filter((policy) => !inMatrix.has(policy.action)).map((policy) => policy.action)).toEqual([]);
    // Only the process's own work is left out of the matrix, and it is marked as such.
    expect([...policies.values()].filter((policy) => !inMatrix.has(policy.action)).map((policy) => [policy.action, policy.system])).toEqual([['expireStation', true]]);
  });

  test('every mutate() call in src/ names a declared policy, and no resolver writes its mutation roles by hand', () => {
    const root = path.resolve(__dirname, '../../src');
    const files = (fs.readdirSync(root, { recursive: true }) as string[]).filter((file) => file.endsWith('.ts')).map((file) => path.join(root, file));
    const calls: string[] = [];
    const handWritten: string[] = [];
    for (const file of files) {
      const source = fs.readFileSync(file, 'utf8');
      for (const match of source.matchAll(/\bmutate\(\s*([^,()]+),\s*([^,()]+),\s*([^,()]+),/g)) calls.push(`${path.relative(root, file)}: ${match[3].trim()}`);
      for (const match of source.matchAll(/@Authorized\(Role\.[^)]*\)\s*@Mutation/g)) handWritten.push(`${path.relative(root, file)}: ${match[0]}`);
    }
    // A policy constant or a parameter typed WritePolicy (the type system requires one): never a bare action name.
    const notPolicies = calls.filter((call) => !/: (\w+_POLICIES\.\w+|policy|change\.policy)$/.test(call));
    expect(notPolicies).toEqual([]);
    expect(calls.length).toBeGreaterThanOrEqual(50);
    expect(handWritten).toEqual([]);

    // @ts-expect-error: an action name is not a policy; the third argument is required and typed.
    void (() => mutate(deps, { viewer: STAFF }, 'createTalent', async () => null));
  });
});
