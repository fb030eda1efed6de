/**
 * The per-request loaders: the one place where rows are read, knowing who asks. Rows by id, root
 * pages and paged child lists with their counts all carry the caller's row scope in their own
 * statement, and every load made while resolving one level of a query is answered by one statement
 * per table or list, so the number of statements follows the shape of the query, not the rows.
 */
import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { ALL_COLUMNS, ChildList, ChildProjection, ChildRow, ChildRowClass, countChildren, fetchChildPages, PlainChildRow } from './child-lists';
import { Conditions, countRows, fetchPage, Page, PageWindow, SortKey } from './keyset';
import { readRows } from './read-rows';
import { ALL_ROWS, RowScope, RowScopes } from './row-scope';
import { Projection, rowShape } from './rows';
import { ParameterBag } from './sql-params';
import { isTx, RowSource, Tx } from './transaction';

type AnyEntity = EntityTarget<ObjectLiteral>;

export class Loaders {
  private readonly byIdLoaders = new Map<unknown, DataLoader<number, unknown>>();
  private readonly pageLoaders = new Map<string, DataLoader<number, Page<ChildRow<unknown, unknown>>>>();
  private readonly countLoaders = new Map<string, DataLoader<number, number>>();
  private readonly namedLoaders = new Map<string, DataLoader<unknown, unknown>>();
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
  within(tx: Tx): Loaders {
    return new Loaders(this.dataSource, this.rowScopes, tx);
  }

  /** Runs a read statement of this request (see readRows): in its transaction, if it has one. */
  read<Raw = Record<string, unknown>, R = Raw[]>(query: string, parameters: unknown[], read: (rows: Raw[]) => R): Promise<R> {
    return readRows(this.source, query, parameters, read);
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
    const key = `${list.name}|${window.first}|${window.last}|${window.after?.id}|${window.before?.id}|${projectionKey(projection)}|${rowClass.name}`;
    let loader = this.pageLoaders.get(key);
    if (!loader) {
      const scope = this.scopeOf(list.node);
      loader = new DataLoader(async (parentIds) => {
        const pages = await fetchChildPages(
          this.source,
          list as ChildList<unknown, unknown>,
          window,
          parentIds,
          projection,
          rowClass as ChildRowClass<ChildRow<unknown, unknown>>,
          scope,
        );
        if (!isTx(this.source)) this.pages.push(...pages);
        return pages;
      });
      this.pageLoaders.set(key, loader);
    }
    return loader as unknown as DataLoader<number, Page<R>>;
  }

  /** totalCount of `list` per parent id, as the caller may see it, one GROUP BY for all parents. */
  childCount(list: ChildList<unknown, unknown>): DataLoader<number, number> {
    let loader = this.countLoaders.get(list.name);
    if (!loader) {
      const scope = this.scopeOf(list.node);
      loader = new DataLoader((parentIds) => countChildren(this.source, list, parentIds, scope));
      this.countLoaders.set(list.name, loader);
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
   * A named loader for a batched read the generic ones do not cover (a per-parent SUM, a list of
   * codes): created from `batch` on first use, shared by every load of the request after that.
   * `name` must be unique across the schema, like a ChildList name. Read through `read()`.
   */
  batch<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.namedLoaders.get(name);
    if (!loader) {
      loader = new DataLoader<K, V>(batch) as unknown as DataLoader<unknown, unknown>;
      this.namedLoaders.set(name, loader);
    }
    return loader as unknown as DataLoader<K, V>;
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
    for (const loader of this.pageLoaders.values()) loader.clearAll();
    for (const loader of this.byIdLoaders.values()) loader.clearAll();
    for (const loader of this.countLoaders.values()) loader.clearAll();
    for (const loader of this.namedLoaders.values()) loader.clearAll();
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

/** Projections are made once per field of a document, so their key is worked out once too. */
const projectionKeys = new WeakMap<ChildProjection, string>();
function projectionKey(projection: ChildProjection): string {
  let key = projectionKeys.get(projection);
  if (key === undefined) projectionKeys.set(projection, (key = `${projection.node ?? '*'}|${projection.link ?? '*'}`));
  return key;
}
