/**
 * What an operation costs, counted as GitHub counts it, from the document and its variables alone
 * (nothing is read). graphql-query-complexity walks the document (fragments, @skip/@include and
 * variables resolved); the estimators below say what each field adds.
 *
 * nodes: the objects the response may hold. A connection counts 1 plus, for each of its `first`
 *   (or `last`, or the default page of 20) items, 1 plus what each item asks for below it; so its
 *   page size multiplies everything nested in it. `nodes(ids:)` counts each id the same way. A
 *   plain object field counts 1 plus what it asks for; scalars, edges and pageInfo count nothing of
 *   their own. This bounds one request (QUERY_MAX_COST).
 * fetches: GitHub's rate-limit count. Each connection is one fetch per parent instance it sits
 *   under: `stations(first: 64) { talents partners }` is 1 + 64 + 64 = 129. Rate limits charge
 *   max(1, ceil(fetches / 100)) points for it.
 *
 * Once executed, `actualNodes` counts the same way over the real response (the page sizes the
 * database gave), for `extensions.cost.actual`.
 */
import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  getOperationAST,
  GraphQLCompositeType,
  GraphQLError,
  GraphQLNamedType,
  GraphQLSchema,
  isCompositeType,
  isLeafType,
  Kind,
  SelectionSetNode,
  isObjectType,
  isInterfaceType,
} from 'graphql';
import { ComplexityEstimator, ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from '../graphql/connection';

export interface OperationCost {
  nodes: number;
  fetches: number;
}

/** What the `nodes` estimator saw of `nodes(ids:)`: the longest list asked (its limit is checked by the caller). */
export interface CostNotes {
  maxIds: number;
}

const isConnection = (type: GraphQLNamedType) => type.name.endsWith('Connection') && isObjectType(type) && 'edges' in type.getFields();

/** A connection's page: what `first` or `last` asks, or the server's default. */
function pageSize(args: Record<string, unknown>): number {
  const size = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : DEFAULT_PAGE_SIZE;
  return Math.max(0, size);
}

const isNodesField = ({ type, field }: ComplexityEstimatorArgs) => field.name === 'nodes' && type.name === 'Query';

function idsOf(args: Record<string, unknown>): number {
  return Array.isArray(args.ids) ? args.ids.length : 0;
}

const nodesEstimator: ComplexityEstimator = (options) => {
  const { field, args, childComplexity, context } = options;
  const named = getNamedType(field.type);
  if (isLeafType(named)) return 0;
  if (isNodesField(options)) {
    const ids = idsOf(args);
    const notes = context as CostNotes | undefined;
    if (notes) notes.maxIds = Math.max(notes.maxIds, ids);
    return ids * (1 + childComplexity);
  }
  if (isConnection(named)) return 1 + pageSize(args) * (1 + childComplexity);
  // An edge list and its node are the connection's items, counted there; pageInfo is the connection's own.
  if (named.name.endsWith('Edge') || named.name === 'PageInfo' || (field.name === 'node' && options.type.name.endsWith('Edge'))) return childComplexity;
  return 1 + childComplexity;
};

const fetchesEstimator: ComplexityEstimator = (options) => {
  const { field, args, childComplexity } = options;
  const named = getNamedType(field.type);
  if (isLeafType(named)) return 0;
  if (isNodesField(options)) return 1 + idsOf(args) * childComplexity;
  if (isConnection(named)) return 1 + pageSize(args) * childComplexity;
  return childComplexity;
};

/**
 * A name the document's operations lack is refused here, as graphql-js words it: given a name,
 * graphql-query-complexity reads every operation's name and throws a TypeError on an anonymous
 * one, which the pipeline took for an internal error instead of the caller's mistake.
 */
function checkOperationName(document: DocumentNode, operationName: string | null | undefined): void {
  if (operationName && !getOperationAST(document, operationName)) throw new GraphQLError(`Unknown operation named "${operationName}".`);
}

/** The nodes an operation asks for (and the longest `nodes(ids:)` list in `notes`). Throws for an unknown operation name. */
export function requestedNodes(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | null | undefined, notes?: CostNotes): number {
  checkOperationName(document, operationName);
  return getComplexity({ schema, query: document, variables, operationName: operationName ?? undefined, estimators: [nodesEstimator], context: notes as Record<string, unknown> | undefined });
}

/** GitHub's rate-limit fetch count of an operation (see the top of this file). Throws for an unknown operation name. */
export function requestedFetches(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | null | undefined): number {
  checkOperationName(document, operationName);
  return getComplexity({ schema, query: document, variables, operationName: operationName ?? undefined, estimators: [fetchesEstimator] });
}

/**
 * An operation's { nodes, fetches } for a document, its variables and operation name: what rate
 * limits charge by (fetches) and what the query limit bounds (nodes).
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables?: Record<string, unknown>, operationName?: string | null): OperationCost {
  return {
    nodes: requestedNodes(schema, document, variables, operationName),
    fetches: requestedFetches(schema, document, variables, operationName),
  };
}

/** How to count one response key of a selection: `weight` per object found there, then its own selections. */
interface CountPlan {
  key: string;
  weight: 0 | 1;
  children: CountPlan[];
}

const plans = new WeakMap<DocumentNode, Map<string, CountPlan[]>>();

/**
 * The nodes a response holds, counted as `requestedNodes` counts what was asked: made once per
 * document and operation, then one walk over the response's objects (no reads, nothing per field).
 */
export function actualNodes(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, data: unknown): number {
  let byName = plans.get(document);
  if (!byName) plans.set(document, (byName = new Map()));
  const name = operationName ?? '';
  let plan = byName.get(name);
  if (!plan) byName.set(name, (plan = planFor(schema, document, operationName)));
  return countIn(data, plan);
}

function countIn(value: unknown, plan: CountPlan[]): number {
  if (value === null || typeof value !== 'object') return 0;
  if (Array.isArray(value)) {
    let total = 0;
    for (const item of value) total += countIn(item, plan);
    return total;
  }
  let total = 0;
  for (const entry of plan) {
    const child = (value as Record<string, unknown>)[entry.key];
    if (child === null || child === undefined) continue;
    if (Array.isArray(child)) {
      for (const item of child) if (item !== null && typeof item === 'object') total += entry.weight + countIn(item, entry.children);
    } else if (typeof child === 'object') total += entry.weight + countIn(child, entry.children);
  }
  return total;
}

function planFor(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): CountPlan[] {
  const operation = getOperationAST(document, operationName);
  if (!operation) return [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const root = schema.getRootType(operation.operation);
  return root ? planSelections(schema, root, operation.selectionSet, fragments, new Set()) : [];
}

/** Merges the selections (fragments included) under one parent type into a plan by response key. */
function planSelections(schema: GraphQLSchema, parent: GraphQLCompositeType, selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): CountPlan[] {
  const byKey = new Map<string, CountPlan>();
  const add = (type: GraphQLCompositeType, set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) addField(type, selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) add(conditionType(schema, selection.typeCondition?.name.value) ?? type, selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment) continue;
        seen.add(fragment.name.value);
        add(conditionType(schema, fragment.typeCondition.name.value) ?? type, fragment.selectionSet);
        seen.delete(fragment.name.value);
      }
    }
  };
  const addField = (type: GraphQLCompositeType, field: FieldNode) => {
    if (!field.selectionSet || !(isObjectType(type) || isInterfaceType(type))) return;
    const definition = type.getFields()[field.name.value];
    if (!definition) return;
    const named = getNamedType(definition.type);
    if (!isCompositeType(named)) return;
    const key = field.alias?.value ?? field.name.value;
    const weight = weightOf(named);
    let entry = byKey.get(key);
    if (!entry) byKey.set(key, (entry = { key, weight, children: [] }));
    entry.children = mergePlans(entry.children, planSelections(schema, named, field.selectionSet, fragments, seen));
  };
  add(parent, selectionSet);
  return [...byKey.values()];
}

/** An edge list and pageInfo hold no node of their own: a connection's items are counted at their `node`. */
function weightOf(named: GraphQLNamedType): 0 | 1 {
  return named.name.endsWith('Edge') || named.name === 'PageInfo' ? 0 : 1;
}

function mergePlans(left: CountPlan[], right: CountPlan[]): CountPlan[] {
  if (!left.length) return right;
  const merged = new Map(left.map((entry) => [entry.key, entry]));
  for (const entry of right) {
    const existing = merged.get(entry.key);
    merged.set(entry.key, existing ? { ...existing, children: mergePlans(existing.children, entry.children) } : entry);
  }
  return [...merged.values()];
}

function conditionType(schema: GraphQLSchema, name: string | undefined): GraphQLCompositeType | null {
  if (!name) return null;
  const type = schema.getType(name);
  return type && isCompositeType(type) ? type : null;
}
