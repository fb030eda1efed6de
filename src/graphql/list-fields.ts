/**
 * The list fields a module adds to one parent type, declared as data. Each entry becomes a
 * type-graphql `@FieldResolver` taking the page arguments and resolving through childConnection,
 * with the field's info so the columns read follow the selection. Every list field has the same
 * four parameters and the same one-line body, so they are written once, here.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { Args, ClassType, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { ChildList } from '../db/child-lists';
import type { Loaders } from '../db/loaders';
import { ChildEdgeClass, childConnection } from './child-connection';
import { PageArgs } from './connection';

/** One list field: the list it reads, the connection type it returns, and (through a link row) its edge class. */
export interface ListField {
  readonly list: ChildList<any, any>;
  readonly connection: Function;
  readonly description?: string;
  /** For lists through a link row whose fields the edge carries (EngagementChildEdge, PartnershipChildEdge). */
  readonly edge?: ChildEdgeClass<any, any>;
}

/** A list field; the edge class, if any, must fit the list's node and link row. */
export function listField<N, L>(
  list: ChildList<N, L>,
  connection: Function,
  options: { description?: string; edge?: ChildEdgeClass<N, L> } = {},
): ListField {
  return { list, connection, ...options };
}

/**
 * The resolver class that adds `fields` to `parent` (an entity class, or an interface such as
 * Organization, whose concrete types inherit them), in the order given: the order they print in.
 * Register it in src/schema.ts like any resolver class.
 */
export function ListFieldsResolver(parent: Function, fields: Record<string, ListField>): ClassType {
  class ListFields {}
  const prototype = ListFields.prototype;
  for (const [name, { list, connection, description, edge }] of Object.entries(fields)) {
    Object.defineProperty(prototype, name, {
      value(parentRow: { id: number }, page: PageArgs, loaders: Loaders, info: GraphQLResolveInfo) {
        return childConnection(loaders, list, parentRow.id, page, info, edge);
      },
      configurable: true,
      writable: true,
    });
    // What `field(@Root() parent, @Args() page: PageArgs, @Ctx('loaders') loaders, @Info() info)` under
    // `@FieldResolver(() => connection, { description })` would declare; src/graphql/direct-resolvers.ts
    // calls these directly too.
    Root()(prototype, name, 0);
    Args(() => PageArgs)(prototype, name, 1);
    Ctx('loaders')(prototype, name, 2);
    Info()(prototype, name, 3);
    FieldResolver(() => connection, { description })(prototype, name, Object.getOwnPropertyDescriptor(prototype, name)!);
  }
  Resolver(() => parent)(ListFields);
  return ListFields;
}

/** A list field on its parent type; the field is named after the list (`station.projects` → `projects`). */
export interface ListOn extends ListField {
  /** The parent type: an entity class, or an interface such as Organization. */
  readonly on: Function;
}

/**
 * The list fields of a module's nodes, on every parent type they hang off, declared as data: one
 * resolver class per field, registered in the order given (each parent's fields print in that order).
 */
export function ListFieldsResolvers(fields: readonly ListOn[]): ClassType[] {
  return fields.map(({ on, ...field }) => ListFieldsResolver(on, { [field.list.name.slice(field.list.name.lastIndexOf('.') + 1)]: field }));
}
