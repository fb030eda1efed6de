/**
 * One event, many subscribers: what they share is worked out once.
 *
 * Each committed event reaches every subscriber of its topic on this instance (the same event
 * object for all of them). Subscribers who see the network alike (the same scope: every anonymous
 * subscriber, every STAFF account, a unit's managers, ...) read it through one set of loaders made
 * for that event, so checking it against their scope and loading what they asked for costs one
 * statement per table per group, not per subscriber. Subscribers who also sent the same operation
 * with the same variables share its execution: the result is computed once and sent to each.
 * With 10,000 subscribers and a dozen distinct subscriptions, an event is a dozen executions.
 */
import { createSourceEventStream, execute, ExecutionArgs, ExecutionResult, print } from 'graphql';
import { mapAsyncIterator } from './map-async-iterator';
import type { Viewer } from '../auth/viewer';
import type { Loaders } from '../db/loaders';

/** Subscribers in one group see the same rows and fields: the viewer's role and every id its scope depends on. */
export function scopeKeyOf(viewer: Viewer): string {
  if (!viewer.role) return 'anonymous';
  return `${viewer.role}|${viewer.accountId}|${viewer.apiKeyId}|${viewer.hostUnitId}|${viewer.organizationId}|${viewer.expertId}`;
}

/**
 * What fan-out needs of a request context: whose it is and the loaders it reads with. The app's
 * context (src/context.ts) is one; taking only this keeps the context, which builds the services,
 * from being imported back here.
 */
export interface ScopedContext {
  viewer: Viewer;
  loaders: Loaders;
}

/** Makes a request context for a viewer with loaders of its own. */
export type ContextFor<C extends ScopedContext = ScopedContext> = (viewer: Viewer) => C;

const eventContexts = new WeakMap<object, Map<string, ScopedContext>>();

/** The context (and loaders) every subscriber with `viewer`'s scope uses for `event`. */
export function contextForEvent<C extends ScopedContext>(event: object, viewer: Viewer, contextFor: ContextFor<C>): C {
  let byScope = eventContexts.get(event);
  if (!byScope) eventContexts.set(event, (byScope = new Map()));
  const key = scopeKeyOf(viewer);
  let context = byScope.get(key) as C | undefined;
  if (!context) byScope.set(key, (context = contextFor(viewer)));
  return context;
}

/** The loaders `viewer`'s scope group reads `event` with: for a subscription's filter and scope check. */
export function loadersForEvent(event: object, viewer: Viewer, contextFor: ContextFor): Loaders {
  return contextForEvent(event, viewer, contextFor).loaders;
}

const texts = new WeakMap<object, string>();
function textOf(document: ExecutionArgs['document']): string {
  let text = texts.get(document);
  if (text === undefined) texts.set(document, (text = print(document)));
  return text;
}

const results = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();

/**
 * graphql-ws's `subscribe`: the subscription's source stream (its own filter and scope check, per
 * subscriber), each event then executed once per group of identical operations and scopes.
 */
export function createSharedSubscribe(contextFor: ContextFor) {
  return async (args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> => {
    const source = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in source)) return source as ExecutionResult;
    const viewer = (args.contextValue as ScopedContext).viewer;
    const group = `${textOf(args.document)}\u0000${args.operationName ?? ''}\u0000${JSON.stringify(args.variableValues ?? {})}\u0000${scopeKeyOf(viewer)}`;
    return mapAsyncIterator(source as AsyncGenerator<unknown>, (event) => {
      if (event === null || typeof event !== 'object') return execute({ ...args, rootValue: event });
      let byGroup = results.get(event);
      if (!byGroup) results.set(event, (byGroup = new Map()));
      let result = byGroup.get(group);
      if (!result) {
        result = Promise.resolve(execute({ ...args, rootValue: event, contextValue: contextForEvent(event, viewer, contextFor) }));
        byGroup.set(group, result);
      }
      return result;
    }) as unknown as AsyncGenerator<ExecutionResult>;
  };
}
