/**
 * One mutation, as services write it: its write policy enforced first (src/write/policy.ts: who may
 * run it, and that an `OWN` caller's row rule held before anything is written), a transaction (every read and write on its query runner),
 * an audit row for each record it changes, domain events published only after the commit, optional
 * idempotency, and conflicts settled by conditional updates, never by reading and then writing.
 *
 *   return mutate(deps, caller, TALENT_POLICIES.createTalent, async (m) => {
 *     const talent = await m.insert(Talent, values);
 *     m.emit({ type: 'NetworkFiguresChanged', figures: ['overseasTalents'] });
 *     return { talent };
 *   });
 *
 * A failure anywhere rolls everything back, audit rows included. Deadlocks that MariaDB resolves by
 * picking a victim are retried a few times: the work runs again from the start on fresh reads.
 */
import { createHash } from 'node:crypto';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ProgrammeConfig } from '../config';
import { rowScopesFor } from '../auth/row-scopes';
import type { Viewer } from '../auth/viewer';
import { IdempotencyKey } from '../db/idempotency-key.entity';
import { Loaders, TxLoaders } from '../db/loaders';
import { sqlDriver } from '../db/driver/sql-driver';
import type { RowScopes } from '../db/row-scope';
import { rowShape } from '../db/rows';
import { ParameterBag } from '../db/sql-params';
import { isForeignKeyViolation, isRetryableConflict, isUniqueViolation } from '../db/sql-errors';
import { inTransaction, Tx } from '../db/transaction';
import type { DomainEvent } from '../events/domain-events';
import type { EventBus } from '../events/event-bus';
import { BadUserInputError, ConflictError, NotFoundError } from '../domain-errors';
import { typeNameOf } from '../graphql/type-names';
import { writeAudit } from './audit';
import { Clock, systemClock, today } from '../time';
import { OWN, Reach, reachOf, WritePolicy } from './policy';

/** What every mutation needs from the process: built once, shared by the services. */
export interface WriteDeps {
  dataSource: DataSource;
  events: EventBus;
  programme: ProgrammeConfig;
  /** Tests only: called at each named checkpoint; throwing there rolls the mutation back. */
  faults?: (checkpoint: string) => void;
  /** Tests only: what time it is for the rules (filing dates, rounds, notices, evaluation years). */
  clock?: Clock;
  /**
   * What else each record change does in the mutation's transaction, after its audit row: the
   * composition root (src/services.ts) hands in the search index's, so this kit knows no module.
   */
  onRecordChange: readonly RecordChangeHook[];
}

/**
 * Called for every row a mutation inserts, updates or removes (`after` null when removed, `before`
 * null when inserted), on the mutation's transaction: a failure rolls the whole mutation back.
 */
export type RecordChangeHook = (tx: Tx, entity: Function, id: number, after: object | null, before: object | null) => Promise<void>;

/** An entity class: `Talent`, `Station`, ... (its instances are its rows). */
type Entity<T> = new () => T;

/** A condition an update needs besides the version, and what to say when the row no longer meets it. */
export interface UpdateGuard<T> {
  /** SQL on the row (no alias), e.g. `status IN (:...from)`. */
  where: string;
  parameters?: Record<string, unknown>;
  /** The CONFLICT error for the row as it is now. */
  conflict: (current: T) => Error;
}

export interface UpdateOptions<T> {
  /** The version the caller last saw; a different current version is a CONFLICT. */
  expectedVersion?: number | null;
  guard?: UpdateGuard<T>;
}

const MAX_ATTEMPTS = 4;

/** The transaction-bound handle a mutation's work receives. */
export class Mutation {
  /** When the mutation runs, for every date it records and every rule about time. */
  readonly now: Date;
  readonly today: string;
  /** Reads inside the transaction, seeing every row (rules decide; scope is for what is shown). */
  readonly loaders: TxLoaders;
  private readonly events: DomainEvent[] = [];
  /** What the caller may read (src/auth/row-scopes.ts): `get` answers as if a row outside it did not exist. */
  private readonly scopes: RowScopes;
  /** False while an `OWN` caller's row rule has not yet held: writing then is refused. */
  private rowAllowed: boolean;

  constructor(
    readonly tx: Tx,
    readonly viewer: Viewer,
    readonly policy: WritePolicy,
    reach: Reach,
    private readonly deps: WriteDeps,
  ) {
    this.rowAllowed = reach !== OWN;
    this.now = (deps.clock ?? systemClock)();
    this.today = today(this.now.getTime());
    this.loaders = new Loaders(deps.dataSource).within(tx);
    this.scopes = rowScopesFor(viewer);
  }

  /** The mutation's name (its policy's). */
  get action(): string {
    return this.policy.action;
  }

  get programme(): ProgrammeConfig {
    return this.deps.programme;
  }

  /** A row rule held (src/auth/write-scope.ts calls this when its check passes): an `OWN` caller may now write. */
  rowRuleHeld(): void {
    this.rowAllowed = true;
  }

  /**
   * Before every write: the policy gave this caller `OWN` reach, so some row rule must have held.
   * Reaching here without one is a bug in the service (a rule forgotten), never a permission: it fails
   * the mutation as an internal error and writes nothing.
   */
  private requireRowRule(): void {
    if (!this.rowAllowed) {
      throw new Error(`${this.action}: the write policy gives ${this.viewer.role} only its own records, and the work wrote before any row rule held (src/auth/write-scope.ts)`);
    }
  }

  /** A named point in the work where a test may inject a failure. */
  checkpoint(name: string): void {
    this.deps.faults?.(`${this.action}:${name}`);
  }

  /** The row, read in the transaction, or null. */
  find<T>(entity: Entity<T>, id: number): Promise<T | null> {
    return this.loaders.byId<T>(entity).load(id);
  }

  /**
   * The row, or NOT_FOUND naming the input that pointed at it. A row the caller may not read (its
   * row scope) is NOT_FOUND in the same words, so a mutation never tells a hidden row from a missing
   * one; a service's FORBIDDEN then only ever concerns rows the caller can see.
   */
  async get<T>(entity: Entity<T>, id: number, argument: string): Promise<T> {
    const row = await this.find(entity, id);
    if (!row || !(await this.readable(entity, id))) throw new NotFoundError(`${argument} names no ${typeNameOf(entity)} that exists`, { argument });
    return row;
  }

  /** Whether the caller's row scope lets it read the row: nothing to ask for a public entity, one statement for a scoped one. */
  private async readable(entity: Entity<unknown>, id: number): Promise<boolean> {
    const scope = this.scopes.of(entity);
    if (!scope) return true;
    const dataSource = this.deps.dataSource;
    const params = new ParameterBag('s');
    const [sql, values] = dataSource.driver.escapeQueryWithParameters(
      `SELECT 1 AS visible FROM ${dataSource.driver.escape(rowShape(dataSource, entity).table)} t WHERE t.id = :id AND ${scope('t', params)}`,
      { id, ...params.values },
    );
    const rows: unknown[] = await this.tx.queryRunner.query(sql, values);
    return rows.length > 0;
  }

  /**
   * A SELECT of the work's own (a rule's check, a count), in the transaction, with TypeORM-style
   * named parameters (`:name`, `:...list` for a list); `read` turns the rows into what is kept
   * (the driver's array is emptied afterwards, src/db/read-rows.ts).
   */
  select<Raw = Record<string, unknown>, R = Raw[]>(sql: string, parameters: Record<string, unknown>, read: (rows: Raw[]) => R): Promise<R> {
    const [query, values] = sqlDriver(this.tx.dataSource).bind(sql, parameters);
    return this.loaders.read(query, values, read);
  }

  /**
   * The row, locked until the transaction ends on MySQL/MariaDB (SELECT ... FOR UPDATE; SQLite runs
   * one transaction at a time). What an update records as "before" is read this way, so a
   * concurrent change cannot slip between the read and the conditional update.
   */
  async lock<T>(entity: Entity<T>, id: number): Promise<T | null> {
    const dataSource = this.deps.dataSource;
    const shape = rowShape<T>(dataSource, entity);
    const forUpdate = dataSource.options.type === 'better-sqlite3' ? '' : ' FOR UPDATE';
    const [sql, parameters] = dataSource.driver.escapeQueryWithParameters(
      `SELECT ${shape.select('t').join(', ')} FROM ${dataSource.driver.escape(shape.table)} t WHERE t.id = :id${forUpdate}`,
      { id },
    );
    const read = shape.reader();
    return this.loaders.read(sql, parameters, (rows) => (rows[0] ? read(rows[0]) : null));
  }

  /** Inserts a row, reads it back as the API shows it, and audits it. */
  async insert<T extends { id: number }>(entity: Entity<T>, values: Partial<NoInfer<T>>): Promise<T> {
    this.requireRowRule();
    const result = await this.tx.manager.insert(entity, values as never);
    const id = Number(result.identifiers[0]?.id);
    const row = await this.readBack(entity, id);
    await this.audit(entity, row, null, row);
    return row;
  }

  /**
   * Changes a row with one conditional UPDATE: its version must still be `expectedVersion` (when
   * given) and the guard must still hold; the version goes up by one. Nothing is read and then
   * written: if another transaction got there first, this one changes nothing and fails with
   * CONFLICT naming the row's current state.
   */
  async update<T extends { id: number; version: number }>(entity: Entity<T>, id: number, changes: Partial<NoInfer<T>>, options: UpdateOptions<NoInfer<T>> = {}): Promise<{ before: T; after: T }> {
    this.requireRowRule();
    const before = await this.lock(entity, id);
    if (!before) throw new NotFoundError(`no ${typeNameOf(entity)} has this id any more`);
    const qb = this.tx.manager
      .createQueryBuilder()
      .update(entity)
      .set({ ...(changes as object), version: () => 'version + 1' } as never)
      .where('id = :id', { id });
    if (options.expectedVersion !== null && options.expectedVersion !== undefined) {
      qb.andWhere('version = :expectedVersion', { expectedVersion: options.expectedVersion });
    }
    if (options.guard) qb.andWhere(options.guard.where, options.guard.parameters ?? {});
    const { affected } = await qb.execute();
    if (!affected) {
      const current = (await this.lock(entity, id)) ?? before;
      if (options.expectedVersion != null && current.version !== options.expectedVersion) throw staleVersion(entity, current, options.expectedVersion);
      throw options.guard ? options.guard.conflict(current) : new ConflictError(`the ${typeNameOf(entity)} changed while this request ran; read it again and retry`);
    }
    const after = await this.readBack(entity, id);
    await this.audit(entity, after, before, after);
    return { before, after };
  }

  /**
   * A conditional UPDATE of a counter or cap (`disbursed_cny = disbursed_cny + :amount WHERE
   * disbursed_cny + :amount <= amount_cny`): true when the row met the condition and changed.
   */
  async conditional(table: string, set: string, where: string, parameters: Record<string, unknown>): Promise<boolean> {
    this.requireRowRule();
    const dataSource = this.deps.dataSource;
    const [sql, values] = dataSource.driver.escapeQueryWithParameters(`UPDATE ${dataSource.driver.escape(table)} SET ${set} WHERE ${where}`, parameters);
    const result = await this.tx.queryRunner.query(sql, values, true);
    return Number(result.affected ?? 0) > 0;
  }

  /** Deletes a row and audits what it held. */
  async remove<T extends { id: number }>(entity: Entity<T>, id: number): Promise<T> {
    this.requireRowRule();
    const before = await this.lock(entity, id);
    if (!before) throw new NotFoundError(`no ${typeNameOf(entity)} has this id any more`);
    await this.tx.manager.delete(entity, id);
    await this.audit(entity, before, before, null);
    return before;
  }

  /**
   * An audit row for a change this mutation made to `row` (insert, update and remove write theirs),
   * then the record-change hooks (WriteDeps.onRecordChange: the search terms), in the same transaction.
   */
  async audit<T extends { id: number }>(entity: Entity<T>, row: T, before: T | null, after: T | null): Promise<void> {
    this.requireRowRule();
    await writeAudit(this.tx, this.viewer, this.action, { type: typeNameOf(entity, row), id: row.id }, before, after, this.now);
    if (before || after) for (const hook of this.deps.onRecordChange) await hook(this.tx, entity, row.id, after, before);
  }

  /** Publishes `event` once the transaction has committed; never if it rolls back. */
  emit(event: DomainEvent): void {
    this.events.push(event);
  }

  /**
   * @internal Hands the queued events to the bus as an after-commit effect, stamped with the moment
   * of the commit (the wall clock: subscribers measure delivery from it), not the mutation's `now`.
   */
  publishAfterCommit(bus: EventBus): void {
    if (this.events.length === 0) return;
    this.tx.afterCommit(() => {
      const committedAt = new Date();
      for (const event of this.events) bus.publish(event, committedAt);
    });
  }

  private async readBack<T>(entity: Entity<T>, id: number): Promise<T> {
    this.loaders.byId(entity).clear(id);
    const row = await this.find(entity, id);
    if (!row) throw new Error(`${typeNameOf(entity)} ${id} was written but cannot be read back`);
    return row;
  }
}

function staleVersion<T extends { version: number }>(entity: Function, current: T, expected: number): ConflictError {
  return new ConflictError(
    `this ${typeNameOf(entity)} is at version ${current.version}, not ${expected}: someone changed it since you read it; read it again and retry`,
    { currentVersion: current.version },
  );
}

/** Replays a create done under the same idempotency key instead of doing it twice. */
export interface Idempotency<R> {
  key: string | null | undefined;
  /** The mutation's input: the same key with a different input is refused. */
  input: unknown;
  /** The record the result stands for (kept with the key). */
  target: (result: R) => { type: string; id: number };
  /** The first call's result, rebuilt from that record. */
  replay: (m: Mutation, id: number) => Promise<R>;
}

/** A create's idempotency: the key replays the record the first call made, read afresh. */
export function replaysCreated<T extends { id: number }>(entity: Entity<T>, key: string | null | undefined, input: unknown): Idempotency<T> {
  return {
    key,
    input,
    target: (row) => ({ type: typeNameOf(entity, row), id: row.id }),
    replay: (m, id) => m.get(entity, id, 'input.idempotencyKey'),
  };
}

/** Two callers racing on one new key: the loser runs again and finds the winner's key. */
class IdempotencyRace extends Error {}

function callerOf(viewer: Viewer): string {
  if (viewer.accountId !== null) return `account:${viewer.accountId}`;
  return viewer.apiKeyId !== null ? `apiKey:${viewer.apiKeyId}` : viewer.label;
}

function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value ?? null)).digest('hex');
}

/**
 * Who a mutation runs for: the viewer, and the request's loaders, which forget what they read once
 * the mutation commits (the payload is read afresh). A request's context is one.
 */
export interface Caller {
  viewer: Viewer;
  loaders?: Loaders;
}

/**
 * Runs one mutation: see the file's header. The policy is checked before a connection is taken: a
 * refused caller costs no transaction, and nothing of the work runs.
 */
export async function mutate<R>(deps: WriteDeps, caller: Caller, policy: WritePolicy, work: (m: Mutation) => Promise<R>, idempotency?: Idempotency<R>): Promise<R> {
  const { viewer } = caller;
  const reach = reachOf(policy, viewer);
  const action = policy.action;
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await inTransaction(deps.dataSource, async (tx) => {
        const m = new Mutation(tx, viewer, policy, reach, deps);
        const key = idempotency?.key;
        if (key) {
          const prior = await tx.manager.findOneBy(IdempotencyKey, { caller: callerOf(viewer), key });
          if (prior) {
            if (prior.operation !== action || prior.inputHash !== hashOf(idempotency.input)) {
              throw new ConflictError(`idempotencyKey "${key}" was used for a different request (${prior.operation}); use a new key for a new request`, {
                argument: 'input.idempotencyKey',
              });
            }
            return idempotency.replay(m, prior.targetId);
          }
        }
        const result = await work(m);
        if (key) {
          const target = idempotency.target(result);
          try {
            await tx.manager.insert(IdempotencyKey, { caller: callerOf(viewer), key, operation: action, inputHash: hashOf(idempotency.input), targetType: target.type, targetId: target.id });
          } catch (error) {
            if (isUniqueViolation(error)) throw new IdempotencyRace();
            throw error;
          }
        }
        m.checkpoint('before-commit');
        m.publishAfterCommit(deps.events);
        return result;
      });
      caller.loaders?.forgetAll();
      return result;
    } catch (error) {
      if ((error instanceof IdempotencyRace || isRetryableConflict(error)) && attempt < MAX_ATTEMPTS) continue;
      throw translate(error);
    }
  }
}

/** Constraint failures a service did not foresee still reach the client as a code and a sentence. */
function translate(error: unknown): unknown {
  if (isUniqueViolation(error)) return new ConflictError('a record with these values exists already; change the values that must be unique (a name, a code, an email) and retry');
  if (isForeignKeyViolation(error)) return new BadUserInputError('the input refers to a record that does not exist, or removes one that others still refer to');
  return error;
}
