/**
 * Issue 12, §0 and §3: one operation pipeline. A variable that does not fit its type is said the
 * same way under graphql-jit and graphql-js (variable, path, suggestion, code) and over every
 * transport; INTROSPECTION=on|off|authenticated decides who may introspect, and "Did you mean …"
 * reaches only callers who may; an operation past its time answers OPERATION_TIMEOUT.
 */
import { getIntrospectionQuery } from 'graphql';
import mysql from 'mysql2/promise';
import pino from 'pino';
import { loadConfig } from '../src/config';
import { createContextFactory } from '../src/context';
import { inTransaction } from '../src/db/transaction';
import { createErrorFormatter } from '../src/graphql/format-error';
import { createPipeline } from '../src/pipeline/pipeline';
import { buildAppSchema } from '../src/schema';
import { dataOf, startTestApp, TestApp } from './support/app';
import { sendOver, TRANSPORTS } from './support/transports';

const FILTERED = 'query($f: StationFilter) { stations(first: 1, filter: $f) { totalCount } }';
const ACTIV = { f: { statuses: ['ACTIV'] } };
const INTROSPECT = '{ __schema { queryType { name } } }';
const TYPO = '{ stationz(first: 1) { totalCount } }';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp('pipeline', { introspection: 'authenticated' });
});
afterAll(async () => {
  await app?.stop();
});

describe('a variable that does not fit its type', () => {
  test('is said as graphql-js says it under both executors: the variable, the path, a suggestion, BAD_USER_INPUT', async () => {
    const schema = await buildAppSchema();
    const contexts = createContextFactory(app.dataSource, { auth: app.config.auth, programme: app.config.programme });
    const formatError = createErrorFormatter(pino({ level: 'silent' }));
    const staff = await contexts.authenticate(`Bearer ${await app.tokenFor('staff')}`);
    const cases: Record<string, unknown>[] = [ACTIV, { f: { statuses: ['ACTIVE', 'EXPIRD'], approvalYear: 'soon' } }, { f: { nope: 1 } }, { f: { approvalYears: { from: 2020, to: 'now' } } }, { f: 'all' }];
    for (const variables of cases) {
      const answers = await Promise.all(
        (['jit', 'graphql-js'] as const).map(async (executor) => {
          const pipeline = createPipeline({ schema, executor, formatError });
          const args = pipeline.prepare({ query: FILTERED, variables }, staff);
          if (Array.isArray(args)) throw new Error(`refused before execution: ${JSON.stringify(args)}`);
          const result = await pipeline.execute({ ...(args as object), contextValue: contexts.forRequest(staff) } as never);
          return pipeline.format(result.errors ?? [], staff);
        }),
      );
      expect(answers[0]).toEqual(answers[1]);
      expect(answers[0][0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  test('over HTTP, WebSocket and SSE alike, with the suggestion for a caller who may introspect', async () => {
    const staff = await app.tokenFor('staff');
    const answers = await Promise.all(TRANSPORTS.map((transport) => sendOver(transport, app, FILTERED, ACTIV, staff)));
    for (const { body } of answers) {
      expect(body.errors).toEqual([
        {
          message: 'Variable "$f" got invalid value "ACTIV" at "f.statuses[0]"; Value "ACTIV" does not exist in "StationStatus" enum. Did you mean the enum value "ACTIVE"?',
          locations: [{ line: 1, column: 7 }],
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ]);
    }
  });

  test('without the suggestion for a caller who may not introspect', async () => {
    for (const transport of TRANSPORTS) {
      const { body } = await sendOver(transport, app, FILTERED, ACTIV);
      expect(body.errors?.[0].message).toBe('Variable "$f" got invalid value "ACTIV" at "f.statuses[0]"; Value "ACTIV" does not exist in "StationStatus" enum.');
    }
  });
});

describe('INTROSPECTION=authenticated (the default in production)', () => {
  test('refuses anonymous introspection over every transport, before it runs, and says how to get it', async () => {
    for (const transport of TRANSPORTS) {
      const { body } = await sendOver(transport, app, INTROSPECT);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/signed-in callers.*INTROSPECTION=authenticated/), extensions: { code: 'UNAUTHENTICATED' } });
      // __typename is not introspection.
      expect(dataOf((await sendOver(transport, app, '{ __typename }')).body)).toEqual({ __typename: 'Query' });
    }
  });

  test('lets any signed-in caller introspect (GraphiQL and the typed client), and tells them "Did you mean"', async () => {
    for (const role of ['staff', 'partner'] as const) {
      const token = await app.tokenFor(role);
      for (const transport of TRANSPORTS) {
        expect(dataOf((await sendOver(transport, app, INTROSPECT, undefined, token)).body)).toEqual({ __schema: { queryType: { name: 'Query' } } });
        // The whole introspection query GraphiQL sends fits every limit.
        const full = await sendOver(transport, app, getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, schemaDescription: true, oneOf: true }), undefined, token);
        expect(full.body.errors).toBeUndefined();
        expect(dataOf(full.body).__schema.types.length).toBeGreaterThan(100);
        expect((await sendOver(transport, app, TYPO, undefined, token)).body.errors?.[0].message).toMatch(/Did you mean .*"stations"?/);
      }
    }
  });

  test('hides "Did you mean" from anonymous callers, in validation errors too', async () => {
    for (const transport of TRANSPORTS) {
      const { body } = await sendOver(transport, app, TYPO);
      expect(body.errors?.[0]).toMatchObject({ message: 'Cannot query field "stationz" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    }
  });
});

describe('INTROSPECTION=off, and production', () => {
  let off: TestApp;
  beforeAll(async () => {
    // Production hides suggestions from everyone, whatever INTROSPECTION says.
    off = await startTestApp('pipeline_off', { introspection: 'off', hideSuggestions: true });
  });
  afterAll(async () => {
    await off?.stop();
  });

  test('refuses introspection to every caller, STAFF included, and suggests nothing', async () => {
    const staff = await off.tokenFor('staff');
    for (const transport of TRANSPORTS) {
      const { body } = await sendOver(transport, off, INTROSPECT, undefined, staff);
      expect(body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/INTROSPECTION=off/), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
      expect((await sendOver(transport, off, TYPO, undefined, staff)).body.errors?.[0].message).toBe('Cannot query field "stationz" on type "Query".');
    }
  });

  test('the settings: authenticated and no suggestions in production, on elsewhere; bad values are named', () => {
    const production = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), METRICS_TOKEN: 'm'.repeat(16) });
    expect([production.introspection, production.hideSuggestions]).toEqual(['authenticated', true]);
    expect([loadConfig({}).introspection, loadConfig({}).hideSuggestions]).toEqual(['on', false]);
    expect(loadConfig({ INTROSPECTION: 'off', QUERY_MAX_DEPTH: '12', QUERY_TIMEOUT_SECONDS: '2.5' })).toMatchObject({ introspection: 'off', limits: { maxDepth: 12, timeoutMs: 2500 } });
    expect(() => loadConfig({ INTROSPECTION: 'staff' })).toThrow('INTROSPECTION: "staff" is not allowed; expected on, off or authenticated');
    expect(() => loadConfig({ QUERY_MAX_COST: '0' })).toThrow('QUERY_MAX_COST: "0" is not allowed; expected a whole number of at least 1');
    expect(() => loadConfig({ QUERY_TIMEOUT_SECONDS: 'soon' })).toThrow(/QUERY_TIMEOUT_SECONDS: "soon" is not allowed; expected seconds above zero/);
  });
});

test('an operation past QUERY_TIMEOUT_SECONDS answers OPERATION_TIMEOUT over every transport, and its reads are stopped, not left running', async () => {
  const slow = await startTestApp('pipeline_timeout', { limits: { timeoutMs: 300 } });
  // Hold the station table: on SQLite an open transaction holds reads back; on MariaDB a write lock from another session does.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let lock: mysql.Connection | null = null;
  let transaction: Promise<void> | null = null;
  try {
    if (slow.db.kind === 'mysql') {
      lock = await mysql.createConnection({ host: slow.db.host, port: slow.db.port, user: slow.db.user, password: slow.db.password, database: slow.db.database });
      await lock.query('LOCK TABLES station WRITE');
    } else {
      transaction = inTransaction(slow.dataSource, () => held);
    }
    const started = Date.now();
    const answers = await Promise.all(TRANSPORTS.map((transport) => sendOver(transport, slow, '{ stations(first: 3) { edges { node { name } } } }')));
    const took = Date.now() - started;
    for (const { body } of answers) {
      expect(body.data ?? null).toBeNull();
      expect(body.errors).toEqual([
        {
          message: 'the operation ran past the 0.3 s limit (QUERY_TIMEOUT_SECONDS) and was stopped: ask for less (smaller first/last, fewer fields) and retry',
          extensions: { code: 'OPERATION_TIMEOUT', limit: { name: 'timeout', max: 0.3 } },
        },
      ]);
    }
    expect(took).toBeLessThan(3000);
    if (lock) {
      // Their statements do not stay queued behind the lock: MariaDB stopped them at the deadline.
      const waiting = async () => {
        const [rows] = await lock!.query<mysql.RowDataPacket[]>(
          "SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST WHERE DB = DATABASE() AND ID <> CONNECTION_ID() AND STATE LIKE 'Waiting for table%'",
        );
        return Number(rows[0].n);
      };
      const deadline = Date.now() + 2000;
      while ((await waiting()) > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await waiting()).toBe(0);
    } else {
      // SQLite cannot interrupt a statement; the reads that waited for the transaction are never started.
      const before = slow.statements.length;
      release();
      await transaction;
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(slow.statements.slice(before).filter((sql) => /station/i.test(sql))).toEqual([]);
    }
  } finally {
    release();
    if (lock) {
      await lock.query('UNLOCK TABLES');
      await lock.end();
    }
    await transaction;
    // Once the table is free the same query answers again.
    expect(dataOf(await slow.query('{ stations(first: 3) { edges { node { name } } } }')).stations.edges).toHaveLength(3);
    await slow.stop();
  }
}, 30_000);

describe('an operationName the document does not hold', () => {
  // Found by the unit tests of cost.ts: Apollo resolved no operation, handed the pipeline a null name, and the
  // document's only operation ran; Apollo then answered 500 INTERNAL_SERVER_ERROR.
  test('is refused as graphql-js words it, over HTTP, with no data and no internal error', async () => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stations(first: 1) { totalCount } }', operationName: 'Missing' }),
    });
    const body = (await response.json()) as { data?: unknown; errors: { message: string; extensions?: { code?: string } }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors.map((error: { message: string }) => error.message)).toEqual(['Unknown operation named "Missing".']);
    expect(body.errors[0].extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
  });
});
