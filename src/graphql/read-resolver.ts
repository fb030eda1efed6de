/**
 * The read surface of one node type, declared as data: its root list, its by-id query and the
 * to-one links it holds the key of. Every such field has the same parameters and a one-line body,
 * so they are written once, here; a module declares what differs (names, types, descriptions,
 * the key column) and adds hand-written field resolvers only for what is its own.
 *
 * Fields register in the order given (list, byId, then links as listed): the order they print in.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, ClassType, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { Loaders } from '../db/loaders';
import type { Filter } from '../db/where';
import { PageArgs } from './connection';
import { fromGlobalId } from './global-id';
import type { OrderInput, Ordering } from './ordering';
import { rootConnection, rootList } from './root-list';

type Entity = EntityTarget<ObjectLiteral> & Function;

/** `stations(first, after, last, before, filter, orderBy): StationConnection`. */
export interface RootListQuery<C> {
  name: string;
  connection: Function;
  /** The filter input class (filter-fields.ts), and its conditions in SQL on alias t. */
  filter: ClassType;
  where: Filter<C>;
  ordering: Ordering<string>;
  description: string;
  /** What orderBy's description says the order is when it is left out. */
  defaultOrder?: string;
  /** The roles that may read the list (`@Authorized(...)`); anyone when absent. */
  authorized?: readonly string[];
}

/** `station(id: ID!): Station`: null when no row has the id (or the caller may not see it). */
export interface ByIdQuery {
  name: string;
  description?: string;
}

/** A to-one link: the row the parent holds the key of (or, with `by`, the one row whose column holds the parent's id). */
export interface ToOne {
  /** The GraphQL type returned (an entity class, or an interface such as Organization). */
  type: () => Function;
  /** The entity loaded, when it is not `type` itself (an interface's table). */
  entity?: () => Entity;
  /** The parent's property holding the key; absent with `by`. */
  key?: string;
  /** The child's column holding the parent's id (e.g. an ambassador appointment's talent_id). */
  by?: string;
  nullable?: boolean;
  description?: string;
}

export interface ReadSurface {
  list?: RootListQuery<any>;
  byId?: ByIdQuery;
  links?: Record<string, ToOne>;
}

/** One to-one link's field: through the per-request by-id loader, so a page of parents reads its links in one statement. */
export function toOne(type: () => Function, key: string, options: Omit<ToOne, 'type' | 'key'> = {}): ToOne {
  return { type, key, ...options };
}

/**
 * Defines `method` on the prototype and hands its property descriptor to the method decorators.
 * Parameter decorators are called last parameter first, as TypeScript calls them: type-graphql
 * prints arguments in the order their decorators ran.
 */
function defineMethod(prototype: object, name: string, method: Function, decorate: (descriptor: PropertyDescriptor) => void): void {
  Object.defineProperty(prototype, name, { value: method, configurable: true, writable: true });
  decorate(Object.getOwnPropertyDescriptor(prototype, name)!);
}

function linkMethod(link: ToOne): (parent: Record<string, unknown>, loaders: Loaders) => unknown {
  // The thunk breaks import cycles between modules; its answer is kept from the first call (this runs per parent row).
  let resolved: Entity | undefined;
  const entity = () => (resolved ??= (link.entity ?? link.type)() as Entity);
  if (link.by) {
    const column = link.by;
    return (parent, loaders) => loaders.oneBy(entity(), column).load(parent.id as number);
  }
  const key = link.key!;
  return link.nullable
    ? (parent, loaders) => loaders.maybe(entity(), parent[key] as number | null)
    : (parent, loaders) => loaders.byId(entity()).load(parent[key] as number);
}

/**
 * The resolver class of `node`'s read surface. Register it like any resolver class; a module that
 * has fields of its own writes them in a separate `@Resolver(() => Node)` class after this one.
 */
export function ReadResolver(node: Entity, surface: ReadSurface): ClassType {
  class Read {}
  const prototype = Read.prototype;
  const { list, byId, links = {} } = surface;
  if (list) {
    const rows = rootList(node, list.ordering, list.where);
    // What `name(@Args() page, @Arg('filter') filter, @Arg('orderBy') orderBy, @Ctx('loaders') loaders, @Info() info)` declares.
    defineMethod(
      prototype,
      list.name,
      (page: PageArgs, filter: object | null, orderBy: OrderInput<string> | null, loaders: Loaders, info: GraphQLResolveInfo) =>
        rootConnection(loaders, rows, page, filter, orderBy, info),
      (descriptor) => {
        Info()(prototype, list.name, 4);
        Ctx('loaders')(prototype, list.name, 3);
        Arg('orderBy', () => list.ordering.input, { nullable: true, description: `Default: ${list.defaultOrder ?? 'oldest first (by id)'}.` })(prototype, list.name, 2);
        Arg('filter', () => list.filter, { nullable: true, description: 'Only the items matching every condition given (each condition is described on the filter type); omitted: the whole list.' })(prototype, list.name, 1);
        Args(() => PageArgs)(prototype, list.name, 0);
        Query(() => list.connection, { description: list.description })(prototype, list.name, descriptor);
        if (list.authorized) Authorized(...list.authorized)(prototype, list.name, descriptor);
      },
    );
  }
  if (byId) {
    const typeName = node.name;
    defineMethod(
      prototype,
      byId.name,
      (id: string, loaders: Loaders) => loaders.byId(node).load(fromGlobalId(id, 'id', [typeName]).id),
      (descriptor) => {
        Ctx('loaders')(prototype, byId.name, 1);
        Arg('id', () => ID, { description: `The ${typeName}'s global id, as its \`id\` field gives it.` })(prototype, byId.name, 0);
        Query(() => node, { nullable: true, description: byId.description ?? `One ${byId.name} by its global id; null when there is none.` })(prototype, byId.name, descriptor);
      },
    );
  }
  for (const [name, link] of Object.entries(links)) {
    defineMethod(prototype, name, linkMethod(link), (descriptor) => {
      Ctx('loaders')(prototype, name, 1);
      Root()(prototype, name, 0);
      const options = { ...(link.nullable ? { nullable: true } : {}), ...(link.description ? { description: link.description } : {}) };
      FieldResolver(link.type, options)(prototype, name, descriptor);
    });
  }
  Resolver(() => node)(Read);
  return Read;
}
