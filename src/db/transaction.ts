/**
 * One transaction per mutation. Inside it every read and write goes through the transaction's own
 * query runner (a pooled read would not see the transaction's writes, src/db/read-rows.ts), and
 * what must happen only once it has committed (domain events) waits for the commit.
 *
 * SQLite has one connection: two transactions at once would share it (STACK.md: both fail, yet one
 * update commits), and a read between a transaction's statements would see its uncommitted rows.
 * So on SQLite transactions run one at a time, and reads outside them wait while one is open
 * (SqliteGate). On MySQL/MariaDB transactions run side by side; conflicts are settled by
 * conditional updates, never by reading and then writing.
 */
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

export interface Tx {
  readonly dataSource: DataSource;
  readonly queryRunner: QueryRunner;
  readonly manager: EntityManager;
  /** Runs `effect` after the commit; never when the transaction rolls back. */
  afterCommit(effect: () => void): void;
}

/** Serialises SQLite transactions, and holds reads back while one is open. */
class SqliteGate {
  private tail: Promise<void> = Promise.resolve();
  /** Settles when the open transaction (if any) ends; null when none is open. */
  busy: Promise<void> | null = null;
  /** Transactions waiting for the open one to end (/metrics reports them as the pool's queue). */
  waiting = 0;

  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    const previous = this.tail;
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    this.tail = previous.then(() => mine);
    this.waiting += 1;
    await previous;
    this.waiting -= 1;
    this.busy = mine;
    try {
      return await work();
    } finally {
      if (this.busy === mine) this.busy = null;
      release();
    }
  }
}

const gates = new WeakMap<DataSource, SqliteGate>();

/** The gate of a SQLite data source; null for MySQL/MariaDB. */
export function sqliteGate(dataSource: DataSource): SqliteGate | null {
  if (dataSource.options.type !== 'better-sqlite3') return null;
  let gate = gates.get(dataSource);
  if (!gate) gates.set(dataSource, (gate = new SqliteGate()));
  return gate;
}

/** Runs `work` in one transaction: committed if it resolves, rolled back (every table as it was) if it throws. */
export async function inTransaction<T>(dataSource: DataSource, work: (tx: Tx) => Promise<T>): Promise<T> {
  const gate = sqliteGate(dataSource);
  return gate ? gate.exclusive(() => run(dataSource, work)) : run(dataSource, work);
}

/**
 * SQLite: TypeORM's BEGIN is DEFERRED, taking the write lock only at the first write. When another
 * process (a second server instance on the same file, or the seed CLI) commits in between this
 * transaction's first read and its first write, SQLite cannot wait for it and fails at once with
 * "database is locked" (the snapshot read is stale). BEGIN IMMEDIATE takes the write lock first,
 * waiting for the other process's transaction to end (better-sqlite3's 5 s busy timeout), so writers
 * in several processes queue as the SqliteGate queues them within one.
 */
async function takeWriteLock(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query('COMMIT');
  await queryRunner.query('BEGIN IMMEDIATE');
}

async function run<T>(dataSource: DataSource, work: (tx: Tx) => Promise<T>): Promise<T> {
  const queryRunner = dataSource.createQueryRunner();
  const effects: Array<() => void> = [];
  await queryRunner.connect();
  try {
    await queryRunner.startTransaction();
    if (dataSource.options.type === 'better-sqlite3') await takeWriteLock(queryRunner);
    const result = await work({ dataSource, queryRunner, manager: queryRunner.manager, afterCommit: (effect) => effects.push(effect) });
    await queryRunner.commitTransaction();
    // The data is committed whatever an effect does: a failing one is reported, never rolled back.
    for (const effect of effects) {
      try {
        effect();
      } catch (failure) {
        process.emitWarning(`an after-commit effect failed: ${String(failure)}`);
      }
    }
    return result;
  } catch (error) {
    if (queryRunner.isTransactionActive) await queryRunner.rollbackTransaction();
    throw error;
  } finally {
    await queryRunner.release();
  }
}

/**
 * How long an operation's reads may still run (src/pipeline/pipeline.ts sets `deadline` when a query
 * starts; Infinity until then, and for reads outside an operation). Past it no read starts, and on
 * MySQL/MariaDB the server stops a running one at it (src/db/read-rows.ts).
 */
export interface StatementBudget {
  /** Date.now() past which the operation has been answered OPERATION_TIMEOUT. */
  deadline: number;
}

/** The pool's reads of one operation, under its budget. */
export interface BudgetedReads {
  readonly dataSource: DataSource;
  readonly budget: StatementBudget;
}

/** Where reads run: the data source's pool (under an operation's budget, or not), or an open transaction. */
export type RowSource = DataSource | Tx | BudgetedReads;

export function isTx(source: RowSource): source is Tx {
  return (source as Tx).queryRunner !== undefined && (source as Tx).afterCommit !== undefined;
}

export function isBudgeted(source: RowSource): source is BudgetedReads {
  return (source as BudgetedReads).budget !== undefined;
}

export function dataSourceOf(source: RowSource): DataSource {
  return isTx(source) || isBudgeted(source) ? source.dataSource : source;
}
