/**
 * An internal error's own words never reach the client, over any transport: the client gets
 * INTERNAL_SERVER_ERROR and one generic sentence, and the server's log gets the real message
 * (src/graphql/format-error.ts). Two real failures, no mocks:
 * - a mutation failing inside its transaction, through the server's existing fault seam (the
 *   `faults` checkpoints src/write/mutation.ts calls; TestApp.failAt);
 * - a read the database itself refuses: the test renames a table under the running server, so the
 *   list's SQL fails with the driver's own message (the table's name, the SQL dialect's words).
 */
import pino from 'pino';
import { Writable } from 'node:stream';
import { startTestApp, TestApp } from './support/app';
import { sendOver, TRANSPORTS } from './support/transports';

const GENERIC = 'Internal server error: the request could not be completed; it has been logged.';

let app: TestApp;
let staff: string;
/** Every line the server logged, parsed. */
const logged: { msg: string; err?: { message: string } }[] = [];

beforeAll(async () => {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logged.push(JSON.parse(line));
      done();
    },
  });
  app = await startTestApp('internal_errors', { logger: pino({ level: 'error' }, sink) });
  staff = await app.tokenFor('staff');
});
afterAll(async () => {
  await app?.stop();
});

/** The log lines of unexpected errors since `from`, by their real messages. */
const loggedSince = (from: number) => logged.slice(from).filter((line) => line.msg === 'unexpected error while resolving a request').map((line) => line.err?.message ?? '');

describe.each(TRANSPORTS)('over %s', (transport) => {
  test('a mutation failing inside its transaction: the client reads the generic sentence, the log the failure', async () => {
    const from = logged.length;
    app.failAt('publishAnnouncement:before-commit');
    let body;
    try {
      ({ body } = await sendOver(transport, app, 'mutation($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { announcement { id } } }', { input: { kind: 'NEED', title: `fails over ${transport}`, body: '…' } }, staff));
    } finally {
      app.failAt(null);
    }
    expect(body.errors).toEqual([expect.objectContaining({ message: GENERIC, extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
    expect(JSON.stringify(body)).not.toMatch(/injected|before-commit|stack|at .*\.ts/);
    expect(loggedSince(from)).toEqual(['failure injected at publishAnnouncement:before-commit']);
  });
});

describe('a read the database refuses', () => {
  beforeAll(async () => {
    // Under the running server: its next read of districts names a table that is gone.
    await app.dataSource.query('ALTER TABLE district RENAME TO district_moved_away');
  });

  test.each(TRANSPORTS)('over %s: the client reads the generic sentence, the log what the database said', async (transport) => {
    const from = logged.length;
    const { body } = await sendOver(transport, app, '{ districts(first: 5) { totalCount edges { node { id name } } } }', undefined, staff);
    expect(body.errors?.length).toBeGreaterThan(0);
    for (const error of body.errors!) expect(error).toMatchObject({ message: GENERIC, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    // Nothing of the database's words: no table, no SQL, no driver's error code (the error's path names the field asked for, which the client sent).
    const shown = JSON.stringify(body.errors!.map(({ path: _path, ...rest }) => rest));
    expect(shown).not.toMatch(/district|SELECT|SQLITE|\bER_|exist|stack/i);
    const real = loggedSince(from);
    expect(real.length).toBeGreaterThan(0);
    for (const message of real) expect(message).toMatch(/district/);
    expect(real.join('\n')).toMatch(/no such table|doesn't exist/);
  });
});
