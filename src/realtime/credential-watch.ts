/**
 * Open subscriptions outlive the request that authenticated them: this checks every signed-in
 * connection's credential again, every `intervalMs` (30 s), and ends the connection whose account
 * was deactivated, whose API key was revoked or whose token expired since. Connections that share
 * a credential are checked once. A revoked key or an expired token therefore ends its
 * subscriptions within a minute. While the database does not answer, nothing is ended.
 */
import type { Viewer } from '../auth/viewer';
import { ErrorCode } from '../graphql/errors';

/** What was wrong with a refused credential, in the few words a close reason holds (src/auth/authenticate.ts names each). */
export function credentialProblem(error: unknown): string {
  const problem = (error as { problem?: unknown } | null)?.problem;
  return typeof problem === 'string' && problem !== '' ? problem : 'credential refused';
}

const isUnavailable = (error: unknown) => (error as { extensions?: { code?: unknown } } | null)?.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE;

export class CredentialWatch<S> {
  private readonly byCredential = new Map<string, Set<S>>();
  private readonly credentialOf = new Map<S, string>();
  private readonly timer: NodeJS.Timeout;
  private checking = false;

  constructor(
    private readonly authenticate: (authorization: string) => Promise<Viewer>,
    intervalMs: number,
    /** Ends a holder's connection; `problem` says why in a few words ("API key revoked", "token expired"). */
    private readonly revoke: (holder: S, problem: string) => void,
  ) {
    this.timer = setInterval(() => void this.check(), intervalMs);
    this.timer.unref();
  }

  add(holder: S, authorization: string | null): void {
    if (!authorization) return;
    let holders = this.byCredential.get(authorization);
    if (!holders) this.byCredential.set(authorization, (holders = new Set()));
    holders.add(holder);
    this.credentialOf.set(holder, authorization);
  }

  remove(holder: S): void {
    const authorization = this.credentialOf.get(holder);
    if (authorization === undefined) return;
    this.credentialOf.delete(holder);
    const holders = this.byCredential.get(authorization);
    holders?.delete(holder);
    if (holders?.size === 0) this.byCredential.delete(authorization);
  }

  /** Checks every credential once; ends the connections of those no longer valid. */
  async check(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      for (const [authorization, holders] of [...this.byCredential]) {
        let problem: string | null = null;
        try {
          await this.authenticate(authorization);
        } catch (error) {
          // A database that does not answer says nothing about the credential: it is checked again
          // next time, rather than every subscriber being told it was revoked.
          if (!isUnavailable(error)) problem = credentialProblem(error);
        }
        if (problem !== null) for (const holder of [...holders]) this.revoke(holder, problem);
      }
    } finally {
      this.checking = false;
    }
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
