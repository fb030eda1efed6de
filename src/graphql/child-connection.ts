/** Resolves a paged child list (station.talents, organization.partnerStations, ...) as a connection, through the request's loaders. */
import type DataLoader from 'dataloader';
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { ALL_COLUMNS, ChildList, ChildProjection, ChildRow } from '../db/child-lists';
import { ID_SORT, Page } from '../db/keyset';
import type { Loaders } from '../db/loaders';
import { rowShape } from '../db/rows';
import { Connection, encodeCursor, LazyPageInfo, PageArgs, PageInfo, toWindow } from './connection';
import { connectionTypes, propertiesFor, selectedFields } from './projection';

/**
 * An edge of a child list: the key it is paged by, its node, and (through subclasses) fields of the
 * link row it came through, read by getters so nothing is computed that the client did not ask for.
 * The statement's rows are read straight into edges (fetchChildPages' row class).
 */
export class ChildEdge<N = unknown, L = unknown> implements ChildRow<N, L> {
  constructor(
    readonly id: number,
    readonly node: N,
    /** Undefined when the query asks for no field of the link row. */
    readonly link: L,
  ) {}

  get cursor(): string {
    return encodeCursor(ID_SORT, this as unknown as Record<string, unknown>);
  }
}

export type ChildEdgeClass<N, L> = new (id: number, node: N, link: L) => ChildEdge<N, L>;

/** One parent's page of a child list; pageInfo and totalCount are worked out only if asked. */
class ChildConnection<E extends ChildEdge> implements Connection<E> {
  readonly edges: E[];

  constructor(
    private readonly page: Page<E>,
    private readonly loaders: Loaders,
    private readonly list: ChildList<unknown, unknown>,
    private readonly parentId: number,
  ) {
    this.edges = page.rows;
  }

  get pageInfo(): PageInfo {
    return new LazyPageInfo(this.page, ID_SORT);
  }

  get totalCount(): Promise<number> {
    return this.loaders.childCount(this.list).load(this.parentId);
  }
}

export function childConnection<N, L = never>(
  loaders: Loaders,
  list: ChildList<N, L>,
  parentId: number,
  args: PageArgs,
  /** The field being resolved: it decides the columns read, and keys the per-field plan. */
  info: GraphQLResolveInfo,
  edgeClass: ChildEdgeClass<N, L> = ChildEdge,
): Promise<Connection<ChildEdge<N, L>>> {
  const pageLoader = (): DataLoader<number, Page<ChildEdge<N, L>>> =>
    loaders.children(list, toWindow(args, ID_SORT), childProjection(loaders, list, info), edgeClass);
  // Every parent under one field of a request asks with the same arguments: the page's loader
  // (window and columns are the field's) is worked out once per field and list (a field in a
  // fragment on an interface may reach several lists).
  const loader = loaders.perRequest(list, info.fieldNodes[0], pageLoader);
  const anyList = list as ChildList<unknown, unknown>;
  return loader.load(parentId).then((page) => new ChildConnection(page, loaders, anyList, parentId));
}

/** Worked out once per field of a document (the AST is reused by Apollo's document cache), not per parent. */
const projections = new WeakMap<FieldNode, ChildProjection>();

function childProjection(loaders: Loaders, list: ChildList<unknown, unknown>, info: GraphQLResolveInfo): ChildProjection {
  const field = info.fieldNodes[0];
  let projection = projections.get(field);
  if (!projection) {
    const { edgeType, nodeType } = connectionTypes(info);
    const node = rowShape(loaders.dataSource, list.node);
    projection = {
      node: propertiesFor(info, nodeType.name, selectedFields(info, ['edges', 'node']), node.properties, ['kind']),
      link: list.link
        ? propertiesFor(info, edgeType.name, selectedFields(info, ['edges']), rowShape(loaders.dataSource, list.link.entity).properties)
        : null,
    };
    // Several fieldNodes (the same field asked twice) would merge selections: keep it simple, read all.
    if (info.fieldNodes.length > 1) projection = ALL_COLUMNS;
    projections.set(field, projection);
  }
  return projection;
}
