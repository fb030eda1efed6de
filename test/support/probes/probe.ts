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
import { demoScope } from '../writes';

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

/** Sends a mutation's `input` as the caller (anonymous when it has no token). */
export function send(app: TestApp, caller: Caller, query: string, input: unknown): Promise<GraphQLResponse> {
  return app.query(query, { input }, caller.token ? { token: caller.token } : { anonymous: true });
}

/** The station a target means: the demo manager's ('own') or another unit's ('other'), as a row id. */
export async function stationOf(app: TestApp, target: 'own' | 'other'): Promise<number> {
  const scope = await demoScope(app);
  return target === 'own' ? scope.ownStationId : scope.otherStationId;
}

/** A string no earlier probe call used (names, codes and emails must be unique). */
let sequence = 0;
export function unique(prefix: string): string {
  return `${prefix}-${process.pid}-${++sequence}`;
}
