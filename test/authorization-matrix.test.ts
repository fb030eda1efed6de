/**
 * docs/authorization.md, cell by cell, over HTTP: every mutation and every protected field or type,
 * as each demo account (STAFF, REVIEWER, UNIT_MANAGER, PARTNER) and as an anonymous caller, aimed at
 * a record in the caller's own scope and at one outside it. The page is parsed, not copied here, so
 * it cannot drift from the code: a mutation of the schema without a row, a row without a probe, or
 * a cell the server does not honour fails.
 */
import { startTestApp, TestApp } from './support/app';
import type { GraphQLResponse } from './support/app';
import { accountProbes } from './support/probes/account';
import { dataProbes } from './support/probes/data';
import { Caller, MatrixRole, MutationProbe } from './support/probes/probe';
import { contentProbes } from './support/probes/content';
import { directoryProbes } from './support/probes/directory';
import { lifecycleProbes } from './support/probes/lifecycle';
import { moneyProbes } from './support/probes/money';
import { talentProbes } from './support/probes/talent';
import { codeOf } from './support/writes';
import { eventually, subscribeWs } from './support/realtime';
import { AUTHORIZATION_DOC, Cell, matrixTable, ROLES } from './support/authorization-doc';

const MUTATION_PROBES: MutationProbe[] = [...accountProbes, ...talentProbes, ...directoryProbes, ...contentProbes, ...moneyProbes, ...lifecycleProbes];

const mutationRows = matrixTable(AUTHORIZATION_DOC, 'Mutations');
const dataRows = matrixTable(AUTHORIZATION_DOC, 'Protected data');
const subscriptionRows = matrixTable(AUTHORIZATION_DOC, 'Subscriptions');

/** A subscription of each row, as small as it can be: whether the caller may subscribe (who hears what is in realtime-*.test.ts). */
const SUBSCRIPTION_PROBES: Record<string, string> = {
  announcementPublished: 'subscription { announcementPublished { cursor } }',
  applicationStatusChanged: 'subscription { applicationStatusChanged { to } }',
  stationStatusChanged: 'subscription { stationStatusChanged { station { id } } }',
  networkStatsChanged: 'subscription { networkStatsChanged { stations } }',
};

let app: TestApp;
const callers = new Map<MatrixRole, Caller>();

beforeAll(async () => {
  app = await startTestApp('authorization_matrix');
  for (const role of ROLES) callers.set(role, role === 'anonymous' ? { role } : { role, token: await app.tokenFor(role) });
});
afterAll(async () => {
  await app?.stop();
});

/** The targets a cell is checked on: both for STAFF and anonymous callers (they must agree), and for ✓ / ✗ cells. */
const TARGETS = ['own', 'other'] as const;

function outcome(response: GraphQLResponse): string {
  const code = codeOf(response);
  if (!code) return 'ok';
  if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED') return code;
  return `${code}: ${response.errors![0].message}`;
}

function expected(cell: Cell, role: MatrixRole, target: 'own' | 'other'): string {
  if (cell === '✓' || (cell === 'own' && target === 'own')) return 'ok';
  return role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
}

test('every mutation of the schema has a row, and every row has a probe', async () => {
  const fields = (await app.query<{ __type: { fields: { name: string }[] } }>('{ __type(name: "Mutation") { fields { name } } }')).data!.__type.fields.map((f) => f.name).sort();
  expect(mutationRows.map((row) => row.subject).sort()).toEqual(fields);
  expect(MUTATION_PROBES.map((probe) => probe.mutation).sort()).toEqual(fields);
});

test('every protected-data row has a probe, and every guarded field of the schema has a row', async () => {
  expect(dataProbes.map((probe) => probe.subject).sort()).toEqual(dataRows.map((row) => row.subject).sort());
  // Fields that read null outside their scope say so in their description.
  const types = (await app.query<{ __schema: { types: { name: string; fields: { name: string; description: string | null }[] | null }[] } }>(
    '{ __schema { types { name fields { name description } } } }',
  )).data!.__schema.types;
  const guarded = types.flatMap((type) => (type.fields ?? []).filter((field) => /null for everyone else/.test(field.description ?? '')).map((field) => `${type.name}.${field.name}`));
  expect(guarded.length).toBeGreaterThan(0);
  for (const field of guarded) expect(dataRows.map((row) => row.subject)).toContain(field);
});

describe.each(mutationRows.map((row) => [row.subject, row] as const))('mutation %s', (_subject, row) => {
  test.each(ROLES)('as %s', async (role) => {
    const probe = MUTATION_PROBES.find((candidate) => candidate.mutation === row.subject);
    if (!probe) throw new Error(`no probe for ${row.subject}`);
    const cell = row.cells[role];
    for (const target of TARGETS) {
      const response = await probe.send(app, callers.get(role)!, target);
      const want = expected(cell, role, target);
      // Outside an `own` scope, a row the caller cannot read is refused as missing (the page's "Cells").
      const got = cell === 'own' && want === 'FORBIDDEN' && codeOf(response) === 'NOT_FOUND' ? 'FORBIDDEN' : outcome(response);
      expect({ role, target, cell, outcome: got }).toEqual({ role, target, cell, outcome: want });
    }
  });
});

describe.each(dataRows.map((row) => [row.subject, row] as const))('data %s', (_subject, row) => {
  test.each(ROLES)('as %s', async (role) => {
    const probe = dataProbes.find((candidate) => candidate.subject === row.subject);
    if (!probe) throw new Error(`no probe for ${row.subject}`);
    const cell = row.cells[role];
    for (const target of TARGETS) {
      const visible = await probe.visible(app, callers.get(role)!, target);
      expect({ role, target, cell, visible }).toEqual({ role, target, cell, visible: expected(cell, role, target) === 'ok' });
    }
  });
});

test('every subscription of the schema has a row, and every row a probe', async () => {
  const fields = (await app.query<{ __type: { fields: { name: string }[] } }>('{ __type(name: "Subscription") { fields { name } } }')).data!.__type.fields.map((f) => f.name).sort();
  expect(subscriptionRows.map((row) => row.subject).sort()).toEqual(fields);
  expect(Object.keys(SUBSCRIPTION_PROBES).sort()).toEqual(fields);
});

/** 'ok' once the server listens for the subscription's events, or the code that refused it. */
async function subscribing(caller: Caller, query: string): Promise<string> {
  const before = app.realtime.stats().streamsStarted;
  const subscriber = subscribeWs(app.url, query, {}, { token: caller.token });
  try {
    let result = '';
    await eventually(() => {
      if (subscriber.received[0]?.errors) result = outcome(subscriber.received[0]);
      else if (subscriber.failure()) result = `failed: ${JSON.stringify(subscriber.failure())}`;
      else if (app.realtime.stats().streamsStarted > before) result = 'ok';
      return result !== '';
    }, 5000, `${caller.role} subscribing`);
    return result;
  } finally {
    await subscriber.close();
  }
}

describe.each(subscriptionRows.map((row) => [row.subject, row] as const))('subscription %s', (_subject, row) => {
  test.each(ROLES)('as %s', async (role) => {
    const query = SUBSCRIPTION_PROBES[row.subject];
    if (!query) throw new Error(`no probe for ${row.subject}`);
    const cell = row.cells[role];
    expect({ role, cell, outcome: await subscribing(callers.get(role)!, query) }).toEqual({ role, cell, outcome: expected(cell, role, 'own') });
  });
});
