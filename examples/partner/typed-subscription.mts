/**
 * graphql-ws's subscribe takes a query string; this keeps a TypedDocumentNode's types through it, so
 * a subscription's variables are checked and its events come out typed, as graphql-request does for
 * queries.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { FormattedExecutionResult } from 'graphql';
import type { Client } from 'graphql-ws';

export function subscribeTyped<Result, Variables extends Record<string, unknown>>(
  client: Client,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
): AsyncIterableIterator<FormattedExecutionResult<Result, unknown>> {
  return client.iterate<Result>({ query: print(document), variables });
}
