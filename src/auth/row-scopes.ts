/**
 * Row scope: which rows of each table a viewer may read, as SQL the loaders put into the list's
 * own statement (src/db/row-scope.ts). One rule per scoped entity; an entity without a rule is
 * public. docs/authorization.md is the matrix these rules implement.
 */
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { RowScope, RowScopes } from '../db/row-scope';
import { ANONYMOUS, Viewer } from './viewer';

/** For one scoped entity: the viewer's condition, or null when the viewer sees every row. */
type ScopeRule = (viewer: Viewer) => RowScope | null;

const RULES = new Map<EntityTarget<ObjectLiteral>, ScopeRule>();

function scopesOf(viewer: Viewer): RowScopes {
  return { of: (entity) => RULES.get(entity)?.(viewer) ?? null };
}

const ANONYMOUS_SCOPES = scopesOf(ANONYMOUS);

/** The row scopes of one viewer, worked out once per entity per request by the loaders. */
export function rowScopesFor(viewer: Viewer): RowScopes {
  return viewer === ANONYMOUS ? ANONYMOUS_SCOPES : scopesOf(viewer);
}
