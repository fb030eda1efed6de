/**
 * Write policies: the one authority on who may run a mutation. Each mutation declares once, next to
 * its service, the cells of its row in docs/authorization.md's "Mutations" table: which roles may run
 * it, and for each whether it reaches every record (`ANY`, the matrix's ✓) or only the caller's own
 * (`OWN`: their unit, their organisation, their assignment). `mutate()` takes a policy (the type
 * requires one) and enforces it: the role before a connection is taken, the row inside the work:
 *
 * - a caller without a role is UNAUTHENTICATED, a role outside the cells FORBIDDEN, in the words
 *   type-graphql's `authChecker` uses, so a service called past the decorator (the user:create
 *   command, a background job, a test) is refused exactly as a GraphQL request is;
 * - an `OWN` caller's work must pass a row rule (src/auth/write-scope.ts) before it writes: the
 *   first insert, update or remove of a work that checked no row fails, so forgetting the rule is a
 *   bug that shows, never a silent grant;
 * - the process itself (SYSTEM: the user:create command, the expiry sweep) runs only what a policy
 *   opens to it with `system: true`.
 *
 * The resolvers' `@Authorized(...rolesOf(POLICY))` reads its roles from the same declaration: the
 * decorator stays, as documentation in the schema and as a first refusal that costs no transaction.
 */
import { ForbiddenError } from '../domain-errors';
import { UnauthenticatedError } from '../graphql/errors';
import { Role, Viewer } from '../auth/viewer';

/** The role reaches every record the mutation may aim at (the matrix's ✓). */
export const ANY = 'any';
/** The role reaches only its own records: the work checks the row (the matrix's `own`). */
export const OWN = 'own';
export type Reach = typeof ANY | typeof OWN;

export interface WritePolicy {
  /** The mutation's name: audit rows, idempotency keys, fault checkpoints and refusals name it. */
  readonly action: string;
  /** The matrix row: the roles that may run it and how far each reaches; a role left out is refused. */
  readonly cells: Readonly<Partial<Record<Role, Reach>>>;
  /** Anonymous callers may run it too (`login`). */
  readonly anonymous?: boolean;
  /** The process itself may run it (SYSTEM: the user:create command, scheduled jobs). */
  readonly system?: boolean;
}

const DECLARED = new Map<string, WritePolicy>();

/** Declares a mutation's policy; an action declared twice is a mistake caught when the module loads. */
export function writePolicy(action: string, cells: WritePolicy['cells'], options: { anonymous?: boolean; system?: boolean } = {}): WritePolicy {
  if (DECLARED.has(action)) throw new Error(`write policy "${action}" is declared twice`);
  const policy: WritePolicy = Object.freeze({ action, cells: Object.freeze({ ...cells }), ...options });
  DECLARED.set(action, policy);
  return policy;
}

/** Every policy declared by the modules loaded so far (tests hold them against the matrix). */
export function declaredPolicies(): readonly WritePolicy[] {
  return [...DECLARED.values()];
}

/** The roles for `@Authorized(...)`, in the order the cells name them. */
export function rolesOf(policy: WritePolicy): Role[] {
  return Object.keys(policy.cells) as Role[];
}

/**
 * How far the caller reaches under the policy, or the refusal: UNAUTHENTICATED without a role,
 * FORBIDDEN with a role the policy leaves out (authChecker's words, with the action for the field).
 */
export function reachOf(policy: WritePolicy, viewer: Viewer): Reach {
  if (viewer.system) {
    if (policy.system) return ANY;
    throw new ForbiddenError(`${policy.action} is not run by the process itself: it is for ${describeRoles(policy)}`);
  }
  if (!viewer.role) {
    if (policy.anonymous) return ANY;
    throw new UnauthenticatedError(`${policy.action} needs you to sign in: send Authorization: Bearer <token from login, or an API key>`);
  }
  const reach = policy.cells[viewer.role];
  if (reach) return reach;
  if (rolesOf(policy).length === 0) throw new ForbiddenError(`${policy.action} is run by the process itself, never by a caller`);
  throw new ForbiddenError(`${policy.action} is for ${describeRoles(policy)}; you are signed in as ${viewer.role}`);
}

function describeRoles(policy: WritePolicy): string {
  return rolesOf(policy).join(' or ') || 'no caller';
}
