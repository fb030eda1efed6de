/**
 * The per-request loaders: the one place where rows are read, knowing who asks. Rows by id, root
 * pages, paged child lists with their counts (link rows included) and declared batches all carry
 * the caller's row scope in their own statement, and every load made while resolving one level of
 * a query is answered by one statement per table or list, so the number of statements follows the
 * shape of the query, not the rows.
 *
 * Resolvers get no raw statement: a read the generic loaders do not cover is a ScopedBatch that
 * names the tables it reads. Only a mutation's loaders (TxLoaders, reading as the system inside its
 * transaction, where rules rather than scope decide) run raw statements.
 */
import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { ALL_COLUMNS, ChildList, ChildProjection, ChildRow, ChildRowClass, ChildScopes, countChildren, fetchChildPages, PlainChildRow } from './child-lists';
import { Conditions, countRows, fetchPage, Page, PageWindow, SortKey } from './keyset';
import { readRows } from './read-rows';
import { ALL_ROWS, RowScope, RowScopes } from './row-scope';
import { Projection, rowShape } from './rows';
import type { BatchReader, ScopedBatch } from './scoped-batch';
import { Binder, ParameterBag } from './sql-params';
import { isTx, RowSource, Tx } from './transaction';

type AnyEntity = EntityTarget<ObjectLiteral>;

export class Loaders {
  private readonly byIdLoaders = new Map<unknown, DataLoader<number, unknown>>();
  /** Keyed by the ChildList object, then by window, columns and row class. */
  private readonly pageLoaders = new Map<ChildList<unknown, unknown>, Map<string, DataLoader<number, Page<ChildRow<unknown, unknown>>>>>();
  private readonly countLoaders = new Map<ChildList<unknown, unknown>, DataLoader<number, number>>();
  /** Keyed by the ScopedBatch object, then by its per-request parameter. */
  private readonly batchLoaders = new Map<ScopedBatch<any, any, any>, Map<unknown, DataLoader<unknown, unknown>>>();
  private readonly memo = new Map<object, Map<object, unknown>>();
  private readonly scopes = new Map<AnyEntity, RowScope | null>();
  /** Every page this request read, emptied by release(). */
  private readonly pages: Page<unknown>[] = [];

  constructor(
    readonly dataSource: DataSource,
    /** The caller's row scope; ALL_ROWS reads as the system (seeds, scripts). */
    private readonly rowScopes: RowScopes = ALL_ROWS,
    /** Where statements run: the pool, or an open transaction (within()). */
    readonly source: RowSource = dataSource,
  ) {}

  /** The condition the caller's rows of `entity` meet, or null when every row is visible. */
  scopeOf(entity: AnyEntity): RowScope | null {
    let scope = this.scopes.get(entity);
    if (scope === undefined) this.scopes.set(entity, (scope = this.rowScopes.of(entity)));
    return scope;
  }

  /** Loaders for the same caller reading inside `tx`: they see the transaction's own writes. */
  within(tx: Tx): TxLoaders {
    return new TxLoaders(this.dataSource, this.rowScopes, tx);
  }

  /** Runs a read statement of this request (see readRows): in its transaction, if it has one. Not for resolvers. */
  protected read<Raw = Record<string, unknown>, R = Raw[]>(query: string, parameters: unknown[], read: (rows: Raw[]) => R): Promise<R> {
    return readRows(this.source, query, parameters, read);
  }

  /** Both scopes of a child list: its nodes' table and, for a many-to-many list, its link table. */
  private childScopes(list: ChildList<unknown, unknown>): ChildScopes {
    return { node: this.scopeOf(list.node), link: list.link ? this.scopeOf(list.link.entity) : null };
  }

  /** Rows of `entity` by id (null where none, or where the caller may not see it), as plain entity-shaped objects. */
  byId<T>(entity: EntityTarget<T & ObjectLiteral>): DataLoader<number, T | null> {
    let loader = this.byIdLoaders.get(entity);
    if (!loader) {
      const shape = rowShape<T>(this.dataSource, entity);
      const table = this.dataSource.driver.escape(shape.table);
      const scope = this.scopeOf(entity);
      loader = new DataLoader<number, unknown>(async (ids) => {
        const params = new ParameterBag('s');
        const scoped = scope ? ` AND ${scope('t', params)}` : '';
        const [query, parameters] = this.dataSource.driver.escapeQueryWithParameters(
          `SELECT ${shape.select('t').join(', ')} FROM ${table} t WHERE t.id IN (:...ids)${scoped}`,
          { ids: [...ids], ...params.values },
        );
        const read = shape.reader();
        return this.read(query, parameters, (raw) => {
          const found = new Map<number, T>();
          for (const row of raw) found.set(Number(row.id), read(row));
          return ids.map((id) => found.get(id) ?? null);
        });
      });
      this.byIdLoaders.set(entity, loader);
    }
    return loader as DataLoader<number, T | null>;
  }

  /** The row of `entity` whose `column` equals the key (the lowest id if several), or null: to-one relations owned by the other side. */
  oneBy<T>(entity: EntityTarget<T & ObjectLiteral>, column: string): DataLoader<number, T | null> {
    const key = `${this.dataSource.getMetadata(entity).tableName}.${column}`;
    let loader = this.byIdLoaders.get(key);
    if (!loader) {
      const shape = rowShape<T>(this.dataSource, entity);
      const escape = (name: string) => this.dataSource.driver.escape(name);
      const scope = this.scopeOf(entity);
      loader = new DataLoader<number, unknown>(async (keys) => {
        const params = new ParameterBag('s');
        const scoped = scope ? ` AND ${scope('t', params)}` : '';
        const [query, parameters] = this.dataSource.driver.escapeQueryWithParameters(
          `SELECT ${shape.select('t').join(', ')}, t.${escape(column)} AS k__key FROM ${escape(shape.table)} t
            WHERE t.${escape(column)} IN (:...keys)${scoped} ORDER BY t.id`,
          { keys: [...keys], ...params.values },
        );
        return this.read(query, parameters, (rows) => {
          const found = new Map<number, T>();
          for (const raw of rows) {
            const owner = Number(raw.k__key);
            if (!found.has(owner)) found.set(owner, shape.read(raw));
          }
          return keys.map((k) => found.get(k) ?? null);
        });
      });
      this.byIdLoaders.set(key, loader);
    }
    return loader as DataLoader<number, T | null>;
  }

  /** An optional reference: a null id resolves to null without a query. */
  maybe<T>(entity: EntityTarget<T & ObjectLiteral>, id: number | null | undefined): Promise<T | null> {
    return id === null || id === undefined ? Promise.resolve(null) : this.byId(entity).load(id);
  }

  /** One keyset page of a root list: the list's own conditions and the caller's scope, in one statement. */
  page<T extends { id: number }>(
    entity: EntityTarget<T & ObjectLiteral>,
    sort: SortKey,
    window: PageWindow,
    conditions?: Conditions,
    projection: Projection = null,
  ): Promise<Page<T>> {
    return fetchPage(this.source, entity, sort, window, this.scoped(entity, conditions), projection);
  }

  /** The root list's totalCount under the same conditions and scope as its pages. */
  count(entity: AnyEntity, conditions?: Conditions): Promise<number> {
    return countRows(this.source, entity, this.scoped(entity, conditions));
  }

  private scoped(entity: AnyEntity, conditions: Conditions | undefined): Conditions | undefined {
    const scope = this.scopeOf(entity);
    if (!scope) return conditions;
    return (where) => {
      conditions?.(where);
      where.add(scope('t', where));
    };
  }

  /**
   * One page of `list` per parent id, each child read into `rowClass`; parents asking with the same
   * window, columns and row class share one statement.
   */
  children<N, L, R extends ChildRow<N, L> = ChildRow<N, L>>(
    list: ChildList<N, L>,
    window: PageWindow,
    projection: ChildProjection = ALL_COLUMNS,
    rowClass: ChildRowClass<R> = PlainChildRow as unknown as ChildRowClass<R>,
  ): DataLoader<number, Page<R>> {
    let byWindow = this.pageLoaders.get(list as ChildList<unknown, unknown>);
    if (!byWindow) this.pageLoaders.set(list as ChildList<unknown, unknown>, (byWindow = new Map()));
    const key = `${window.first}|${window.last}|${window.after?.id}|${window.before?.id}|${projectionKey(projection)}|${rowClass.name}`;
    let loader = byWindow.get(key);
    if (!loader) {
      const scopes = this.childScopes(list as ChildList<unknown, unknown>);
      loader = new DataLoader(async (parentIds) => {
        const pages = await fetchChildPages(
          this.source,
          list as ChildList<unknown, unknown>,
          window,
          parentIds,
          projection,
          rowClass as ChildRowClass<ChildRow<unknown, unknown>>,
          scopes,
        );
        if (!isTx(this.source)) this.pages.push(...pages);
        return pages;
      });
      byWindow.set(key, loader);
    }
    return loader as unknown as DataLoader<number, Page<R>>;
  }

  /** totalCount of `list` per parent id, as the caller may see it, one GROUP BY for all parents. */
  childCount(list: ChildList<unknown, unknown>): DataLoader<number, number> {
    let loader = this.countLoaders.get(list);
    if (!loader) {
      const scopes = this.childScopes(list);
      loader = new DataLoader((parentIds) => countChildren(this.source, list, parentIds, scopes));
      this.countLoaders.set(list, loader);
    }
    return loader;
  }

  /**
   * Something worked out once per request for a pair of keys (a child list and the field of the
   * query it is asked under: every parent under that field asks with the same arguments), then
   * shared by every parent after the first.
   */
  perRequest<V>(scope: object, key: object, create: () => V): V {
    let values = this.memo.get(scope);
    if (!values) this.memo.set(scope, (values = new Map()));
    let value = values.get(key) as V | undefined;
    if (value === undefined) values.set(key, (value = create()));
    return value;
  }

  /**
   * The loader of a declared batch (a list of codes per parent, a yes/no per row for a field rule)
   * for this request and `param`: made on first use, shared by every load of the request after
   * that, its statement given the caller's scope on the tables the batch declares.
   */
  batch<K, V, P = undefined>(batch: ScopedBatch<K, V, P>, ...param: P extends undefined ? [] : [P]): DataLoader<K, V> {
    const value = param[0] as P;
    let byParam = this.batchLoaders.get(batch);
    if (!byParam) this.batchLoaders.set(batch, (byParam = new Map()));
    let loader = byParam.get(value);
    if (!loader) {
      const reader = this.readerFor(batch);
      loader = new DataLoader<K, V>((keys) => batch.load(keys, reader, value)) as unknown as DataLoader<unknown, unknown>;
      byParam.set(value, loader);
    }
    return loader as unknown as DataLoader<K, V>;
  }

  private readerFor(batch: ScopedBatch<any, any, any>): BatchReader {
    const declared = new Set(batch.reads);
    return {
      dataSource: this.dataSource,
      where: (entity: AnyEntity, alias: string, params: Binder) => {
        if (!declared.has(entity)) throw new Error(`batch ${batch.name} reads ${String((entity as { name?: string }).name ?? entity)} without declaring it in reads`);
        const scope = this.scopeOf(entity);
        return scope ? scope(alias, params) : '1 = 1';
      },
      read: (query, parameters, read) => this.read(query, parameters, read),
    };
  }

  /** Puts a row just written into the cache, so the payload that returns it reads nothing more. */
  prime<T extends { id: number }>(entity: EntityTarget<T & ObjectLiteral>, row: T): void {
    this.byId(entity).clear(row.id).prime(row.id, row);
  }

  /**
   * Forgets everything read so far, after a write: what the request reads next is what the
   * database holds now. Pages already handed out are left as they are (a result may hold them).
   */
  forgetAll(): void {
    for (const byWindow of this.pageLoaders.values()) for (const loader of byWindow.values()) loader.clearAll();
    for (const loader of this.byIdLoaders.values()) loader.clearAll();
    for (const loader of this.countLoaders.values()) loader.clearAll();
    for (const byParam of this.batchLoaders.values()) for (const loader of byParam.values()) loader.clearAll();
    this.memo.clear();
  }

  /**
   * Lets go of what the request read, once its result is built (the result holds its own copies
   * of the values). Pages are emptied rather than only dropped: a request's objects that lived
   * long enough to be promoted kept pointing at them, and V8's young-generation collector counts
   * such pointers from dead old objects as live until the next full collection, so every row
   * read later was copied and promoted too (measured: a quarter of all allocation).
   *
   * Only the page arrays these loaders made are emptied, never the rows in them: a mutation's
   * result or an event payload may hold a row beyond the response, never one of these arrays.
   * Loaders made for a transaction (within()) keep no pages, so they have nothing to empty.
   */
  release(): void {
    for (const page of this.pages) page.rows.length = 0;
    this.pages.length = 0;
    this.forgetAll();
  }
}

/**
 * A mutation's loaders: they read inside its transaction as the system (ALL_ROWS: the rules of the
 * service decide, scope is for what is shown) and may run the raw statements those rules need.
 * Never handed to a resolver.
 */
export class TxLoaders extends Loaders {
  override read<Raw = Record<string, unknown>, R = Raw[]>(query: string, parameters: unknown[], read: (rows: Raw[]) => R): Promise<R> {
    return super.read(query, parameters, read);
  }
}

/** Projections are made once per field of a document, so their key is worked out once too. */
const projectionKeys = new WeakMap<ChildProjection, string>();
function projectionKey(projection: ChildProjection): string {
  let key = projectionKeys.get(projection);
  if (key === undefined) projectionKeys.set(projection, (key = `${projection.node ?? '*'}|${projection.link ?? '*'}`));
  return key;
}
