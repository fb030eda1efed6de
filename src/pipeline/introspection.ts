/**
 * Who may ask the schema about itself (INTROSPECTION=on|off|authenticated) and who is told "Did you
 * mean …" (never in production, and never where introspection is off for the caller: a suggestion
 * reveals field names as introspection would). Signed-in callers of any role count as
 * authenticated, so the typed client and GraphiQL keep working for them.
 *
 * Whether a document introspects is worked out once per document (documents are cached and
 * shared); the caller is checked per operation, before it runs.
 */
import { BREAK, DocumentNode, GraphQLError, Kind, visit } from 'graphql';
import type { IntrospectionMode } from '../config';
import type { Viewer } from '../auth/viewer';
import { ErrorCode } from '../graphql/errors';

const introspects = new WeakMap<DocumentNode, boolean>();

/** Whether the document asks for __schema or __type anywhere (__typename is not introspection). */
export function usesIntrospection(document: DocumentNode): boolean {
  let found = introspects.get(document);
  if (found !== undefined) return found;
  found = false;
  visit(document, {
    Field(node) {
      if (node.kind === Kind.FIELD && (node.name.value === '__schema' || node.name.value === '__type')) {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  introspects.set(document, found);
  return found;
}

export interface IntrospectionPolicy {
  /** Whether this caller may introspect. */
  allows(viewer: Viewer): boolean;
  /** Whether this caller's errors keep their "Did you mean …". */
  suggests(viewer: Viewer): boolean;
  /** The refusal for a caller who may not introspect. */
  refusal(viewer: Viewer): GraphQLError;
}

export function introspectionPolicy(mode: IntrospectionMode, hideSuggestions: boolean): IntrospectionPolicy {
  const allows = (viewer: Viewer) => mode === 'on' || (mode === 'authenticated' && viewer.role !== null);
  return {
    allows,
    suggests: (viewer) => !hideSuggestions && allows(viewer),
    refusal: (viewer) =>
      mode === 'authenticated' && viewer.role === null
        ? new GraphQLError('introspection (__schema, __type) is for signed-in callers here (INTROSPECTION=authenticated): send an Authorization header', {
            extensions: { code: ErrorCode.UNAUTHENTICATED },
          })
        : new GraphQLError('introspection (__schema, __type) is off on this server (INTROSPECTION=off); the schema is published as schema/schema.graphql', {
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          }),
  };
}
