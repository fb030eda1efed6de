/**
 * Descriptions of the root types. type-graphql builds Query, Mutation and Subscription itself and
 * takes no description for them, so the schema builder sets them here, once, after the build.
 */
import type { GraphQLSchema } from 'graphql';

export const ROOT_TYPE_DESCRIPTIONS = {
  query:
    'Reads of the HAIZHI network: the directory (stations, host units, offshore bases, talents, organisations, projects, platforms, activities, announcements), funding and evaluations, the station-application workflow, search, figures and suggestions. Anonymous callers read the public directory; fields and rows that hold personal data or unpublished workflow state are limited by role (docs/authorization.md).',
  mutation:
    'Writes: each takes one `input` and returns a payload with the records it wrote, as they are after the write. Every mutation but `login` needs a signed-in role; docs/authorization.md says which.',
  subscription:
    'Live events over WebSocket (graphql-ws) or server-sent events: announcements as they are published, station-application and station status changes, and the network figures as they move (docs/real-time.md).',
} as const;

export function describeRootTypes(schema: GraphQLSchema): void {
  const roots = { query: schema.getQueryType(), mutation: schema.getMutationType(), subscription: schema.getSubscriptionType() };
  for (const [kind, type] of Object.entries(roots) as [keyof typeof ROOT_TYPE_DESCRIPTIONS, typeof roots.query][]) {
    if (type) type.description = ROOT_TYPE_DESCRIPTIONS[kind];
  }
}
