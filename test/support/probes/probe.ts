/**
 * Probes for the authorization matrix (docs/authorization.md; test/authorization-matrix.test.ts).
 * Each mutation has one: it sends the mutation on fresh, valid input as the given caller, aimed at
 * a record inside the caller's own scope ('own') or outside it ('other'), and returns the answer.
 * The matrix test compares the answer's error code (none, FORBIDDEN, UNAUTHENTICATED) with the
 * document's cell, so a probe must prepare whatever state the mutation needs (an application in
 * the right status, a grant with room left) so that an allowed caller succeeds.
 *
 * What "own" means per role: a UNIT_MANAGER's own host unit (the demo manager's: the graphene
 * institute) and its stations; a PARTNER's own organisation (the demo partner's: IES Singapore);
 * a REVIEWER's own assignments and reviews (the demo reviewer's expert). For STAFF and anonymous
 * callers both targets are tried and must give the same answer.
 */
import type { DemoRole, GraphQLResponse, TestApp } from '../app';

export type MatrixRole = DemoRole | 'anonymous';

export interface Caller {
  role: MatrixRole;
  /** Undefined for anonymous. */
  token?: string;
}

export interface MutationProbe {
  /** The Mutation field, e.g. `createTalent`. */
  mutation: string;
  send(app: TestApp, caller: Caller, target: 'own' | 'other'): Promise<GraphQLResponse>;
}

/** Ids of the demo accounts' own records, read once per app from the seed keys the demo accounts link to. */
export interface DemoScope {
  hostUnitId: number;
  /** A station of the demo manager's unit, and one of another unit. */
  ownStationId: number;
  otherStationId: number;
  otherHostUnitId: number;
  organizationId: number;
  otherOrganizationId: number;
  expertId: number;
}

const scopes = new WeakMap<TestApp, Promise<DemoScope>>();

export function demoScope(app: TestApp): Promise<DemoScope> {
  let scope = scopes.get(app);
  if (!scope) {
    scope = (async () => {
      const one = async (sql: string) => Number((await app.dataSource.query(sql))[0].id);
      return {
        hostUnitId: await one("SELECT id FROM host_unit WHERE seed_key = 'host:graphene'"),
        ownStationId: await one("SELECT s.id FROM station s JOIN host_unit h ON h.id = s.host_unit_id WHERE h.seed_key = 'host:graphene' ORDER BY s.id LIMIT 1"),
        otherStationId: await one("SELECT s.id FROM station s JOIN host_unit h ON h.id = s.host_unit_id WHERE h.seed_key <> 'host:graphene' ORDER BY s.id LIMIT 1"),
        otherHostUnitId: await one("SELECT id FROM host_unit WHERE seed_key <> 'host:graphene' ORDER BY id LIMIT 1"),
        organizationId: await one("SELECT id FROM organization WHERE seed_key = 'org:ies'"),
        otherOrganizationId: await one("SELECT id FROM organization WHERE seed_key <> 'org:ies' ORDER BY id LIMIT 1"),
        expertId: await one("SELECT id FROM expert WHERE seed_key = 'gen:expert:001'"),
      };
    })();
    scopes.set(app, scope);
  }
  return scope;
}

/** A string no earlier probe call used (names, codes and emails must be unique). */
let sequence = 0;
export function unique(prefix: string): string {
  return `${prefix}-${process.pid}-${++sequence}`;
}
