/** Resolves a paged child list (station.talents, organization.partnerStations, ...) as a connection, through the request's loaders. */
import { FieldNode, getNamedType, GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import { ALL_COLUMNS, ChildList, ChildProjection, ChildRow } from '../db/child-lists';
import { ID_SORT } from '../db/keyset';
import type { Loaders } from '../db/loaders';
import { rowShape } from '../db/rows';
import { encodeCursor, PageArgs, toConnection, toWindow } from './connection';
import { propertiesFor, selectedFields } from './projection';

/**
 * An edge of a child list: its node, and (through subclasses) fields of the link row it came
 * through, read by getters so nothing is computed that the client did not ask for.
 */
export class ChildEdge<N = unknown, L = unknown> {
  constructor(protected readonly row: ChildRow<N, L>) {}

  get cursor(): string {
    return encodeCursor(ID_SORT, this.row as unknown as Record<string, unknown>);
  }

  get node(): N {
    return this.row.node;
  }
}

export type ChildEdgeClass<N, L> = new (row: ChildRow<N, L>) => ChildEdge<N, L>;

export async function childConnection<N, L = never>(
  loaders: Loaders,
  list: ChildList<N, L>,
  parentId: number,
  args: PageArgs,
  edgeClass: ChildEdgeClass<N, L> = ChildEdge,
  info?: GraphQLResolveInfo,
) {
  const projection = info ? childProjection(loaders, list, info) : ALL_COLUMNS;
  const page = await loaders.children(list, toWindow(args, ID_SORT), projection).load(parentId);
  return toConnection(
    page,
    ID_SORT,
    () => loaders.childCount(list as ChildList<unknown, unknown>).load(parentId),
    (row) => new edgeClass(row),
  );
}

/** Worked out once per field of a document (the AST is reused by Apollo's document cache), not per parent. */
const projections = new WeakMap<FieldNode, ChildProjection>();

function childProjection(loaders: Loaders, list: ChildList<unknown, unknown>, info: GraphQLResolveInfo): ChildProjection {
  const field = info.fieldNodes[0];
  let projection = projections.get(field);
  if (!projection) {
    const edgeType = getNamedType((getNamedType(info.returnType) as GraphQLObjectType).getFields().edges.type) as GraphQLObjectType;
    const nodeType = getNamedType(edgeType.getFields().node.type);
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
