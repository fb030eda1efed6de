/**
 * docs/authorization.md against the built schema, rule by rule: every root field or field guarded by
 * role, every type a row rule narrows and every field rule is named by a row of the matrix, and every
 * "Protected data" row names a rule the code has. A new `@Authorized` query or a new scoped table
 * without its row fails here, naming it (test/authorization-matrix.test.ts then checks each row's
 * cells over HTTP). The last tests show the check can fail: against the matrix less one row, and
 * against a schema with a guarded query the matrix has never heard of.
 */
import { Authorized, buildSchema, Query, Resolver } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { authChecker } from '../src/auth/auth-checker';
import { FIELD_RULES } from '../src/auth/field-rules';
import { SCOPED_ENTITIES } from '../src/auth/row-scopes';
import { Role } from '../src/auth/viewer';
import { buildAppSchema } from '../src/schema';
import { AUTHORIZATION_DOC, matrixTable } from './support/authorization-doc';
import { roleGuards, unlisted } from './support/role-guards';

const subjects = ['Mutations', 'Protected data', 'Subscriptions'].flatMap((heading) => matrixTable(AUTHORIZATION_DOC, heading).map((row) => row.subject));
const protectedRows = matrixTable(AUTHORIZATION_DOC, 'Protected data').map((row) => row.subject);

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema({ directResolvers: true });
});

test('every rule of the schema guarded by role, row or field is a row of docs/authorization.md', () => {
  const guards = roleGuards(schema, SCOPED_ENTITIES, FIELD_RULES);
  // The walk finds each kind of rule (so an empty walk cannot pass).
  expect(guards.map((guard) => guard.name)).toEqual(expect.arrayContaining(['auditEvents (query)', 'createUser (mutation)', 'applicationStatusChanged (subscription)', 'AuditEvent (row rule)', 'Engagement (row rule)', 'Talent.email (field rule)']));
  expect(unlisted(guards, subjects)).toEqual([]);
});

test('every "Protected data" row stands for a rule the code has', () => {
  const guards = roleGuards(schema, SCOPED_ENTITIES, FIELD_RULES);
  expect(protectedRows.filter((row) => !guards.some((guard) => guard.coveredBy(row)))).toEqual([]);
});

test.each(protectedRows)('the check names what the matrix leaves out, without the row "%s"', (row) => {
  const guards = roleGuards(schema, SCOPED_ENTITIES, FIELD_RULES);
  const missing = unlisted(guards, subjects.filter((subject) => subject !== row));
  expect(missing.length).toBeGreaterThan(0);
  expect(missing.join(' ')).toContain(row.split(' ')[0]);
});

@Resolver()
class UnlistedResolver {
  @Authorized(Role.STAFF)
  @Query(() => String, { description: 'A guarded root query no row of the matrix names.' })
  secretThings(): string {
    return 'only for STAFF';
  }

  @Query(() => String)
  openThings(): string {
    return 'for everyone';
  }
}

test('a guarded root query missing from the matrix is named (a schema built here, with one)', async () => {
  const withUnlisted = await buildSchema({ resolvers: [UnlistedResolver], authChecker, validate: false });
  expect(unlisted(roleGuards(withUnlisted, SCOPED_ENTITIES, []), subjects)).toEqual(['secretThings (query)']);
  // The real schema's walk is unmoved by a resolver it was not built with.
  expect(unlisted(roleGuards(schema, SCOPED_ENTITIES, FIELD_RULES), subjects)).toEqual([]);
});
