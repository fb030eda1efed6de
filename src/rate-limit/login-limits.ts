/**
 * How many passwords may be tried, counted before the slow password check so that parallel
 * guesses cannot all slip past one read of the count (docs/api.md, "Rate limits", has the rule):
 *
 * - per account and address: `perAccountAndAddress` checks (10) in the window (15 minutes); a
 *   success clears the pair's count and makes the address known to the account (for 30 days);
 * - per account, from addresses it is not known at: `perAccount` failed checks (50) in the window,
 *   then only its known addresses may try until the window ends. An attacker can slow an account
 *   down from new addresses, never lock its owner out of the addresses they sign in from;
 * - per address, on accounts it is not known at: `perAddress` failed checks (100), so one address
 *   cannot spray guesses across every account.
 *
 * A refused attempt checks nothing and counts nothing: the counts are password checks. Counts live
 * in Redis when REDIS_URL is set, so every instance sees them.
 */
import type { LoginLimitConfig } from '../config';
import { RateLimitedError } from '../graphql/errors';
import type { Counter, CounterStore, Spent } from './store';

/** An admitted attempt: settle it with `succeeded` when the password matched. */
export interface LoginAttempt {
  pair: string;
  subject: string;
  address: string;
  /** The address had signed in to this account before: the account-wide and address-wide counts do not apply. */
  known: boolean;
}

/**
 * What a login is counted against: the account's id when the database found one (so every spelling
 * the database folds to it, `PÁRTNER6@…` on MariaDB, counts as one), otherwise the email folded
 * (case and accents), so that guesses at an unknown email are limited just the same and the
 * answers do not tell which accounts exist.
 */
export function loginSubject(accountId: number | null, email: string): string {
  if (accountId !== null) return `account:${accountId}`;
  const folded = email.trim().normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return `email:${folded}`;
}

/** A window as a person says it: "15 minutes", "5 seconds". */
function spanOf(seconds: number): string {
  return seconds % 60 === 0 ? `${seconds / 60} minute${seconds === 60 ? '' : 's'}` : `${seconds} seconds`;
}

export class LoginLimits {
  private readonly pairs: Counter;
  private readonly accounts: Counter;
  private readonly addresses: Counter;
  private readonly knownAddresses: Counter;

  constructor(
    private readonly config: LoginLimitConfig,
    store: CounterStore,
  ) {
    this.pairs = store.counter('login-pair', config.windowSeconds);
    this.accounts = store.counter('login-account', config.windowSeconds);
    this.addresses = store.counter('login-address', config.windowSeconds);
    this.knownAddresses = store.counter('login-known', config.knownAddressSeconds);
  }

  /** Takes a slot for one password check, or throws RATE_LIMITED without taking one. */
  async admit(subject: string, address: string): Promise<LoginAttempt> {
    const pair = `${subject}|${address}`;
    const known = subject.startsWith('account:') && (await this.knownAddresses.read(pair)).used > 0;
    const [byPair, byAccount, byAddress] = await Promise.all([
      this.pairs.add(pair),
      known ? null : this.accounts.add(subject),
      known ? null : this.addresses.add(address),
    ]);
    const window = spanOf(this.config.windowSeconds);
    const over: [Spent, string][] = [];
    if (byPair.used > this.config.perAccountAndAddress) over.push([byPair, `too many failed logins for this account from your address: at most ${this.config.perAccountAndAddress} in ${window}`]);
    if (byAccount && byAccount.used > this.config.perAccount) {
      over.push([byAccount, `too many failed logins for this account from addresses it has not signed in from: at most ${this.config.perAccount} in ${window}; an address it signed in from before can still log in`]);
    }
    if (byAddress && byAddress.used > this.config.perAddress) over.push([byAddress, `too many failed logins from your address: at most ${this.config.perAddress} in ${window}`]);
    if (over.length === 0) return { pair, subject, address, known };
    // Nothing was checked: take the slots back, so that the counts stay counts of password checks.
    await Promise.all([this.pairs.refund(pair), byAccount && this.accounts.refund(subject), byAddress && this.addresses.refund(address)]);
    const [spent, why] = over.reduce((latest, next) => (next[0].resetAt > latest[0].resetAt ? next : latest));
    const seconds = Math.max(1, Math.ceil((spent.resetAt.getTime() - Date.now()) / 1000));
    throw new RateLimitedError(`${why}; try again in ${seconds} seconds`, seconds);
  }

  /** The password matched: the pair starts again, the address is known, and the check is not a failure. */
  async succeeded(attempt: LoginAttempt): Promise<void> {
    await Promise.all([
      this.pairs.clear(attempt.pair),
      this.knownAddresses.mark(attempt.pair, this.config.knownAddressSeconds),
      attempt.known ? null : this.accounts.refund(attempt.subject),
      attempt.known ? null : this.addresses.refund(attempt.address),
    ]);
  }
}
