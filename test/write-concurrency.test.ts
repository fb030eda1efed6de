/**
 * Mutations at the same moment, on the database that runs them side by side (MariaDB; SQLite runs
 * one transaction at a time, src/db/transaction.ts):
 *
 * - two requests with one idempotency key: one effect, and both get the same answer. On MariaDB
 *   the test makes the race certain: it holds a lock both creates need (the research field their
 *   link row points at), so both pass the "key already used?" check before either commits, and the
 *   unique key on idempotency_key decides;
 * - a real InnoDB deadlock: the test's own transaction and a mutation lock one row in opposite
 *   orders, MariaDB picks the mutation as its victim (ER_LOCK_DEADLOCK, 1213), and the retry in
 *   src/write/mutation.ts runs it again, once, to success.
 */
import mysql from 'mysql2/promise';
import { toGlobalId } from '../src/graphql/global-id';
import { dataOf, startTestApp, TestApp } from './support/app';
import { isMysqlRun } from './support/database';
import { count } from './support/writes';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp('write_concurrency', { as: 'staff' });
}, 180_000);
afterAll(async () => {
  await app?.stop();
});

const CREATE = 'mutation($input: CreateTalentInput!) { createTalent(input: $input) { talent { id name version researchFields(first: 5) { totalCount } } } }';
const UPDATE = 'mutation($input: UpdateTalentInput!) { updateTalent(input: $input) { talent { id name title version } } }';

/** A connection of the test's own to the app's MariaDB database, outside the app's pool. */
async function rawConnection(): Promise<mysql.Connection> {
  if (app.db.kind !== 'mysql') throw new Error('a raw connection is for MySQL/MariaDB runs');
  return mysql.createConnection({ host: app.db.host, port: app.db.port, user: app.db.user, password: app.db.password, database: app.db.database });
}

/**
 * Waits until `n` statements like `pattern` (SQL LIKE) are running on the app's database: held up by
 * a lock the test's own transaction holds, they stay there until it lets go. (PROCESSLIST, not
 * INNODB_TRX: a wait at a foreign-key check does not show there as LOCK WAIT.)
 */
async function untilRunning(observer: mysql.Connection, pattern: string, n: number): Promise<void> {
  const database = (app.db as { database: string }).database;
  const deadline = Date.now() + 30_000;
  for (;;) {
    const [rows] = await observer.query<mysql.RowDataPacket[]>('SELECT COUNT(*) AS running FROM information_schema.PROCESSLIST WHERE DB = ? AND INFO LIKE ?', [database, pattern]);
    if (Number(rows[0].running) >= n) return;
    if (Date.now() > deadline) throw new Error(`${n} statement(s) like ${pattern} should be waiting on ${database}; ${rows[0].running} are`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

test('two creates with one idempotency key at the same moment: one talent, one key, and both answered with it', async () => {
  const [{ id: researchFieldId }] = await app.dataSource.query('SELECT id FROM research_field ORDER BY id LIMIT 1');
  const input = { name: 'Concurrent Example', country: 'DE', degree: 'DOCTORATE', researchFieldIds: [toGlobalId('ResearchField', researchFieldId)], idempotencyKey: 'concurrent-create-1' };
  const talentsBefore = await count(app, 'talent');
  app.statements.length = 0;

  let holder: mysql.Connection | null = null;
  let answers;
  if (isMysqlRun()) {
    // Both creates insert their talent, then stop at the link row's foreign-key check on the
    // research field this transaction holds: each has already looked for the key and not found it.
    holder = await rawConnection();
    try {
      await holder.beginTransaction();
      await holder.query('SELECT id FROM research_field WHERE id = ? FOR UPDATE', [researchFieldId]);
      const sent = Promise.all([app.query(CREATE, { input }), app.query(CREATE, { input })]);
      await untilRunning(holder, 'INSERT INTO `talent_research_field`%', 2);
      await holder.commit();
      answers = await sent;
    } finally {
      // Closed at once, whatever happened: a transaction left open here holds its locks, and the
      // DROP DATABASE after the file waits on them (and every migration on the server after it).
      holder.destroy();
    }
  } else {
    answers = await Promise.all([app.query(CREATE, { input }), app.query(CREATE, { input })]);
  }

  const [first, second] = answers.map((answer) => dataOf(answer).createTalent.talent);
  expect(second).toEqual(first);
  expect(first).toMatchObject({ name: 'Concurrent Example', version: 1 });
  const talentId = Number(Buffer.from(first.id, 'base64url').toString().split(':')[1]);
  expect(await count(app, 'talent')).toBe(talentsBefore + 1);
  expect(await count(app, 'talent', "name = 'Concurrent Example'")).toBe(1);
  expect(await count(app, 'talent_research_field', `talent_id = ${talentId}`)).toBe(1);
  expect(await count(app, 'idempotency_key', `operation = 'createTalent' AND target_id = ${talentId}`)).toBe(1);
  expect(await count(app, 'audit_event', `action = 'createTalent' AND target_type = 'Talent' AND target_id = '${first.id}'`)).toBe(1);
  if (isMysqlRun()) {
    // The race was real: both transactions wrote their talent and tried to take the key.
    expect(app.statements.filter((sql) => /^INSERT INTO `talent`/.test(sql))).toHaveLength(2);
    expect(app.statements.filter((sql) => /^INSERT INTO `idempotency_key`/.test(sql))).toHaveLength(2);
  }
}, 60_000);

// A deadlock needs two transactions holding locks at once: SQLite runs one at a time, so there is
// none to provoke there. This test is registered for MySQL/MariaDB runs, as .ci/run makes.
if (isMysqlRun()) {
  test('a real deadlock: MariaDB makes the mutation its victim (1213), and the mutation runs again once and succeeds', async () => {
    const [{ id: talentId, version, name }] = await app.dataSource.query('SELECT id, version, name FROM talent ORDER BY id LIMIT 1');
    const holder = await rawConnection();
    try {
      const [[{ thread }]] = await holder.query<mysql.RowDataPacket[]>('SELECT CONNECTION_ID() AS thread');
      // InnoDB rolls back the lighter transaction (fewer rows changed and locked): the test's
      // writes 1,000 rows first, so the victim is the mutation, whose retry is under test.
      await holder.query('CREATE TABLE deadlock_ballast (id INT AUTO_INCREMENT PRIMARY KEY, filler CHAR(100) NOT NULL) ENGINE=InnoDB');
      await holder.beginTransaction();
      await holder.query(`INSERT INTO deadlock_ballast (filler) VALUES ${Array.from({ length: 1000 }, () => "('ballast')").join(', ')}`);
      // 1. The test takes a shared lock on the talent.
      await holder.query('SELECT id FROM talent WHERE id = ? LOCK IN SHARE MODE', [talentId]);
      app.statements.length = 0;
      app.queryErrors.length = 0;
      // 2. The mutation asks for the exclusive lock (Mutation.lock: SELECT ... FOR UPDATE) and waits.
      const sent = app.query(UPDATE, { input: { id: toGlobalId('Talent', talentId), name: 'Deadlock Survivor' } });
      await untilRunning(holder, 'SELECT % FROM `talent` t WHERE t.id = % FOR UPDATE', 1);
      // 3. The test asks for the exclusive lock too: each now waits for the other, and InnoDB
      //    resolves the cycle by rolling back the mutation's transaction.
      await holder.query("UPDATE talent SET title = 'changed by the test' WHERE id = ?", [talentId]);
      await holder.commit();
      const talent = dataOf(await sent).updateTalent.talent;

      // MariaDB reported the deadlock to the mutation, once, on its locking read.
      expect(app.queryErrors).toEqual([expect.objectContaining({ errno: 1213, code: 'ER_LOCK_DEADLOCK', sql: expect.stringMatching(/FROM `talent`.*FOR UPDATE/) })]);
      // ...and recorded it: its latest deadlock is between the test's connection and the locking
      // read, and the transaction it rolled back is the locking read's.
      const [[status]] = await holder.query<mysql.RowDataPacket[]>('SHOW ENGINE INNODB STATUS');
      const latest = String(status.Status).split('LATEST DETECTED DEADLOCK')[1]?.split(/\nTRANSACTIONS\n/)[0] ?? '';
      const victim = latest.match(/WE ROLL BACK TRANSACTION \((\d)\)/)?.[1];
      const transactions = Object.fromEntries([...latest.matchAll(/\*\*\* \((\d)\) TRANSACTION:([\s\S]*?)(?=\*\*\* \(\d\) TRANSACTION:|\*\*\* WE ROLL BACK)/g)].map((m) => [m[1], m[2]]));
      expect(victim).toMatch(/^[12]$/);
      const survivor = victim === '1' ? '2' : '1';
      expect(transactions[survivor]).toMatch(new RegExp(`(MySQL|MariaDB) thread id ${thread},`));
      expect(transactions[victim!]).toMatch(/FROM `talent` t WHERE t.id = \d+ FOR UPDATE/);
      // The mutation ran twice (two transactions, two locking reads) and committed once.
      expect(app.statements.filter((sql) => /FROM `talent`.*FOR UPDATE/.test(sql))).toHaveLength(2);
      expect(app.statements.filter((sql) => /^START TRANSACTION/.test(sql))).toHaveLength(2);
      expect(app.statements.filter((sql) => /^UPDATE `talent`/.test(sql))).toHaveLength(1);
      expect(app.statements.filter((sql) => /^COMMIT/.test(sql))).toHaveLength(1);
      // Its retry read the row afresh: the test's committed change is kept beside its own.
      expect(talent).toMatchObject({ name: 'Deadlock Survivor', title: 'changed by the test', version: version + 1 });
      // Audit rows name their record by its global id.
      const audited = `action = 'updateTalent' AND target_id = '${toGlobalId('Talent', talentId)}'`;
      expect(await count(app, 'audit_event', audited)).toBe(1);
      const [audit] = await app.dataSource.query(`SELECT changes FROM audit_event WHERE ${audited}`);
      // One audit row, for the attempt that committed: the change it made and nothing of the rolled-back one.
      expect(JSON.parse(audit.changes)).toMatchObject({ before: { name, version }, after: { name: 'Deadlock Survivor', version: version + 1 } });
    } finally {
      holder.destroy(); // as above: never leave the test's locks behind
    }
  }, 60_000);
}
