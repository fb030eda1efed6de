/**
 * The per-request loaders: rows by id, and paged child lists with their counts. Every load made
 * while resolving one level of a query is answered by one statement per table or list, so the
 * number of statements follows the shape of the query, not the number of rows.
 */
import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { ALL_COLUMNS, ChildList, ChildProjection, ChildRow, ChildRowClass, countChildren, fetchChildPages, PlainChildRow } from './child-lists';
import type { Page, PageWindow } from './keyset';
import { readRows } from './read-rows';
import { rowShape } from './rows';

export class Loaders {
  private readonly byIdLoaders = new Map<unknown, DataLoader<number, unknown>>();
  private readonly pageLoaders = new Map<string, DataLoader<number, Page<ChildRow<unknown, unknown>>>>();
  private readonly countLoaders = new Map<string, DataLoader<number, number>>();
  private readonly namedLoaders = new Map<string, DataLoader<unknown, unknown>>();
  private readonly memo = new Map<object, Map<object, unknown>>();
  /** Every page this request read, emptied by release(). */
  private readonly pages: Page<unknown>[] = [];

  constructor(readonly dataSource: DataSource) {}

  /** Rows of `entity` by id (null where none), as plain entity-shaped objects. */
  byId<T>(entity: EntityTarget<T & ObjectLiteral>): DataLoader<number, T | null> {
    let loader = this.byIdLoaders.get(entity);
    if (!loader) {
      const shape = rowShape<T>(this.dataSource, entity);
      const table = this.dataSource.driver.escape(shape.table);
      loader = new DataLoader<number, unknown>(async (ids) => {
        const [query, parameters] = this.dataSource.driver.escapeQueryWithParameters(
          `SELECT ${shape.select('t').join(', ')} FROM ${table} t WHERE t.id IN (:...ids)`,
          { ids: [...ids] },
        );
        const read = shape.reader();
        return readRows(this.dataSource, query, parameters, (raw) => {
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
      loader = new DataLoader<number, unknown>(async (keys) => {
        const [query, parameters] = this.dataSource.driver.escapeQueryWithParameters(
          `SELECT ${shape.select('t').join(', ')}, t.${escape(column)} AS k__key FROM ${escape(shape.table)} t
            WHERE t.${escape(column)} IN (:...keys) ORDER BY t.id`,
          { keys: [...keys] },
        );
        return readRows(this.dataSource, query, parameters, (rows) => {
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
      loader = new DataLoader(async (parentIds) => {
        const pages = await fetchChildPages(this.dataSource, list as ChildList<unknown, unknown>, window, parentIds, projection, rowClass as ChildRowClass<ChildRow<unknown, unknown>>);
        this.pages.push(...pages);
        return pages;
      });
      this.pageLoaders.set(key, loader);
    }
    return loader as unknown as DataLoader<number, Page<R>>;
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
   * Lets go of what the request read, once its result is built (the result holds its own copies
   * of the values). Pages are emptied rather than only dropped: a request's objects that lived
   * long enough to be promoted kept pointing at them, and V8's young-generation collector counts
   * such pointers from dead old objects as live until the next full collection, so every row
   * read later was copied and promoted too (measured: a quarter of all allocation).
   */
  release(): void {
    for (const page of this.pages) page.rows.length = 0;
    this.pages.length = 0;
    for (const loader of this.pageLoaders.values()) loader.clearAll();
    for (const loader of this.byIdLoaders.values()) loader.clearAll();
    for (const loader of this.countLoaders.values()) loader.clearAll();
    for (const loader of this.namedLoaders.values()) loader.clearAll();
    this.memo.clear();
  }

  /** totalCount of `list` per parent id, one GROUP BY for all parents. */
  childCount(list: ChildList<unknown, unknown>): DataLoader<number, number> {
    let loader = this.countLoaders.get(list.name);
    if (!loader) {
      loader = new DataLoader((parentIds) => countChildren(this.dataSource, list, parentIds));
      this.countLoaders.set(list.name, loader);
    }
    return loader;
  }

  /**
   * A named loader for a batched read the generic ones do not cover (a per-parent SUM, a list of
   * codes): created from `batch` on first use, shared by every load of the request after that.
   * `name` must be unique across the schema, like a ChildList name.
   */
  batch<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.namedLoaders.get(name);
    if (!loader) {
      loader = new DataLoader<K, V>(batch) as unknown as DataLoader<unknown, unknown>;
      this.namedLoaders.set(name, loader);
    }
    return loader as unknown as DataLoader<K, V>;
  }
}

/** Projections are made once per field of a document, so their key is worked out once too. */
const projectionKeys = new WeakMap<ChildProjection, string>();
function projectionKey(projection: ChildProjection): string {
  let key = projectionKeys.get(projection);
  if (key === undefined) projectionKeys.set(projection, (key = `${projection.node ?? '*'}|${projection.link ?? '*'}`));
  return key;
}
