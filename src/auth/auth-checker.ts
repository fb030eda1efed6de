/**
 * type-graphql's role check for `@Authorized(...)` queries, mutations and fields: no credential is
 * UNAUTHENTICATED, the wrong role is FORBIDDEN, each with a sentence naming what is needed. Row
 * scope (which records of a table) is not decided here but in SQL (src/auth/row-scopes.ts), and
 * what a role may change within its scope in the services.
 */
import type { AuthChecker } from 'type-graphql';
import { UnauthenticatedError } from '../graphql/errors';
import { ForbiddenError } from '../domain-errors';
import type { Role, Viewer } from './viewer';

export const authChecker: AuthChecker<{ viewer: Viewer }, Role> = ({ context, info }, roles) => {
  const viewer = context.viewer;
  if (!viewer.role) {
    throw new UnauthenticatedError(`${info.fieldName} needs you to sign in: send Authorization: Bearer <token from login, or an API key>`);
  }
  if (roles.length > 0 && !roles.includes(viewer.role)) {
    throw new ForbiddenError(`${info.fieldName} is for ${roles.join(' or ')}; you are signed in as ${viewer.role}`);
  }
  return true;
};
