/** Resolves a paged child list (station.talents, organization.partnerStations, ...) as a connection, through the request's loaders. */
import { FieldNode, getNamedType, GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import { ALL_COLUMNS, ChildList, ChildProjection, ChildRow } from '../db/child-lists';
import { ID_SORT } from '../db/keyset';
import type { Loaders } from '../db/loaders';
import { rowShape } from '../db/rows';
import { EdgeFields, PageArgs, toConnection, toWindow } from './connection';
import { propertiesFor, selectedFields } from './projection';

export type EdgeOf<N, L> = (row: ChildRow<N, L>) => EdgeFields;

export async function childConnection<N, L = never>(
  loaders: Loaders,
  list: ChildList<N, L>,
  parentId: number,
  args: PageArgs,
  edge: EdgeOf<N, L> = (row) => ({ node: row.node }),
  info?: GraphQLResolveInfo,
) {
  const projection = info ? childProjection(loaders, list, info) : ALL_COLUMNS;
  const page = await loaders.children(list, toWindow(args, ID_SORT), projection).load(parentId);
  return toConnection(page, ID_SORT, () => loaders.childCount(list as ChildList<unknown, unknown>).load(parentId), edge);
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
