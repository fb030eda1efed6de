/**
 * Accounts and API keys: logging in, and what STAFF do to manage who may act. Every change is one
 * mutation (src/write/mutation.ts) with its audit row; passwords and keys are stored only as hashes.
 */
import { randomBytes } from 'node:crypto';
import { API_KEY_PREFIX, Authenticator, hashApiKey } from '../../auth/authenticate';
import { decoyHash, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from '../../auth/passwords';
import type { TokenService } from '../../auth/tokens';
import { Role, Viewer } from '../../auth/viewer';
import { readRows } from '../../db/read-rows';
import { UnauthenticatedError } from '../../graphql/errors';
import { BadUserInputError, ConflictError } from '../../domain-errors';
import type { NewOf } from '../../graphql/writable-fields';
import { LoginLimits, loginSubject } from '../../rate-limit/login-limits';
import { Caller, mutate, WriteDeps } from '../../write/mutation';
import { Expert } from '../application/expert.entity';
import { HostUnit } from '../host-unit/host-unit.entity';
import { Organization } from '../organization/organization.entity';
import { Account } from './account.entity';
import type { API_KEY_FIELDS, USER_FIELDS } from './account.inputs';
import { ApiKey } from './api-key.entity';
import { ANY, writePolicy } from '../../write/policy';

/** Who may run these mutations, and how far each role reaches: docs/authorization.md's rows, enforced by mutate() (src/write/policy.ts). */
export const ACCOUNT_POLICIES = {
  login: writePolicy('login', { STAFF: ANY, REVIEWER: ANY, UNIT_MANAGER: ANY, PARTNER: ANY }, { anonymous: true }),
  /** The user:create command runs it too, as SYSTEM (src/user-cli.ts). */
  createUser: writePolicy('createUser', { STAFF: ANY }, { system: true }),
  deactivateUser: writePolicy('deactivateUser', { STAFF: ANY }),
  createApiKey: writePolicy('createApiKey', { STAFF: ANY }),
  revokeApiKey: writePolicy('revokeApiKey', { STAFF: ANY }),
  setApiKeyRateLimit: writePolicy('setApiKeyRateLimit', { STAFF: ANY }),
};

/** A new account, as the input gives it (ids decoded, left-out links null); the user:create command builds one too. */
export type NewUser = NewOf<typeof USER_FIELDS.fields>;

/** A new API key, as the input gives it; a null rateLimitPerHour is the default for API keys. */
export type NewApiKey = NewOf<typeof API_KEY_FIELDS.fields>;

const WRONG_CREDENTIALS = 'the email or the password is wrong';

/** Which link each role needs (and the others must leave out). */
const LINK_OF_ROLE: Record<Role, 'hostUnitId' | 'organizationId' | 'expertId' | null> = {
  [Role.STAFF]: null,
  [Role.UNIT_MANAGER]: 'hostUnitId',
  [Role.PARTNER]: 'organizationId',
  [Role.REVIEWER]: 'expertId',
};
const LINKS = ['hostUnitId', 'organizationId', 'expertId'] as const;

/** BAD_USER_INPUT unless exactly the link the role needs is given. */
function checkLinks(role: Role, links: Partial<Record<(typeof LINKS)[number], number | null>>, allowed: readonly (typeof LINKS)[number][] = LINKS): void {
  const needed = LINK_OF_ROLE[role];
  if (needed && !allowed.includes(needed)) throw BadUserInputError.of([{ path: 'input.role', message: `a ${role} cannot be created here` }]);
  const problems = [];
  if (needed && (links[needed] === null || links[needed] === undefined)) problems.push({ path: `input.${needed}`, message: `a ${role} needs ${needed}` });
  for (const link of allowed) {
    if (link !== needed && links[link] !== null && links[link] !== undefined) problems.push({ path: `input.${link}`, message: `a ${role} takes no ${link}` });
  }
  if (problems.length) throw BadUserInputError.of(problems);
}

export class AccountService {
  constructor(
    private readonly deps: WriteDeps,
    private readonly tokens: TokenService,
    private readonly authenticator: Authenticator,
    private readonly loginLimits: LoginLimits,
  ) {}

  /**
   * A token for the account with this email and password; the same error whichever of the two is
   * wrong. A slot of the login limits (src/rate-limit/login-limits.ts) is taken before the password
   * is checked, so parallel guesses are refused beyond the limit rather than all checked.
   */
  async login(email: string, password: string, address: string): Promise<{ token: string; viewer: Viewer }> {
    const { dataSource } = this.deps;
    // The database's own comparison finds the account (on MariaDB it folds case and accents), and
    // the limits count against what it found.
    const [query, parameters] = dataSource.driver.escapeQueryWithParameters(
      'SELECT id, password_hash, is_active FROM account WHERE LOWER(email) = :email',
      { email: email.trim().toLowerCase() },
    );
    const row = await readRows<{ id: number; password_hash: string; is_active: number | boolean }, { id: number; hash: string; active: boolean } | null>(
      dataSource,
      query,
      parameters,
      (rows) => (rows[0] ? { id: Number(rows[0].id), hash: rows[0].password_hash, active: Number(rows[0].is_active) === 1 || rows[0].is_active === true } : null),
    );
    const attempt = await this.loginLimits.admit(loginSubject(row?.id ?? null, email), address);
    // Verify against something even when the email is unknown: the answer must not tell which accounts exist.
    const matches = await verifyPassword(row?.hash ?? (await decoyHash()), password);
    const viewer = row && matches && row.active ? await this.authenticator.viewerOfAccount(row.id) : null;
    if (!viewer) throw new UnauthenticatedError(WRONG_CREDENTIALS);
    await this.loginLimits.succeeded(attempt);
    await mutate(this.deps, { viewer }, ACCOUNT_POLICIES.login, async (m) => {
      const account = await m.get(Account, viewer.accountId!, 'email');
      await m.audit(Account, account, null, null);
    });
    return { token: await this.tokens.issue(viewer.accountId!), viewer };
  }

  createUser(caller: Caller, input: NewUser): Promise<Account> {
    // Checked here as well as on the GraphQL input: the user:create command comes this way too.
    const problems = [];
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email.trim())) problems.push({ path: 'input.email', message: 'email must be an email address, e.g. name@example.org' });
    if (input.password.length < MIN_PASSWORD_LENGTH) problems.push({ path: 'input.password', message: `password must be at least ${MIN_PASSWORD_LENGTH} characters` });
    if (problems.length) throw BadUserInputError.of(problems);
    checkLinks(input.role, input);
    return mutate(this.deps, caller, ACCOUNT_POLICIES.createUser, async (m) => {
      if (input.hostUnitId) await m.get(HostUnit, input.hostUnitId, 'input.hostUnitId');
      if (input.organizationId) await m.get(Organization, input.organizationId, 'input.organizationId');
      if (input.expertId) await m.get(Expert, input.expertId, 'input.expertId');
      const email = input.email.trim();
      const taken = await m.tx.manager.createQueryBuilder(Account, 'a').where('LOWER(a.email) = :email', { email: email.toLowerCase() }).getCount();
      if (taken) throw new ConflictError(`an account with the email ${email} exists already`, { argument: 'input.email' });
      return m.insert(Account, {
        email,
        displayName: input.displayName.trim(),
        role: input.role,
        passwordHash: await hashPassword(input.password),
        hostUnitId: input.hostUnitId,
        organizationId: input.organizationId,
        expertId: input.expertId,
        isActive: true,
      });
    });
  }

  /** The account can no longer log in, and its tokens stop working on their next request. */
  deactivateUser(caller: Caller, id: number): Promise<Account> {
    if (id === caller.viewer.accountId) throw BadUserInputError.of([{ path: 'input.id', message: 'you cannot deactivate your own account; ask another STAFF member' }]);
    return mutate(this.deps, caller, ACCOUNT_POLICIES.deactivateUser, async (m) => {
      await m.get(Account, id, 'input.id');
      const { after } = await m.update(Account, id, { isActive: false }, {
        guard: { where: 'is_active = :active', parameters: { active: true }, conflict: () => new ConflictError('this account is deactivated already', { currentState: 'DEACTIVATED' }) },
      });
      return after;
    });
  }

  /** A new key and its secret: the secret is returned this once and never stored. */
  createApiKey(caller: Caller, input: NewApiKey): Promise<{ apiKey: ApiKey; secret: string }> {
    if (input.role === Role.REVIEWER) {
      throw BadUserInputError.of([{ path: 'input.role', message: 'REVIEWER keys are not issued: reviewers log in with their own account' }]);
    }
    checkLinks(input.role, input, ['hostUnitId', 'organizationId']);
    return mutate(this.deps, caller, ACCOUNT_POLICIES.createApiKey, async (m) => {
      if (input.hostUnitId) await m.get(HostUnit, input.hostUnitId, 'input.hostUnitId');
      if (input.organizationId) await m.get(Organization, input.organizationId, 'input.organizationId');
      const secret = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
      const apiKey = await m.insert(ApiKey, {
        name: input.name.trim(),
        role: input.role,
        hostUnitId: input.hostUnitId,
        organizationId: input.organizationId,
        keyHash: hashApiKey(secret),
        prefix: secret.slice(0, 12),
        createdById: caller.viewer.accountId,
        revokedAt: null,
        rateLimitPerHour: input.rateLimitPerHour,
      });
      return { apiKey, secret };
    });
  }

  /** The key stops working on the very next request made with it. */
  revokeApiKey(caller: Caller, id: number): Promise<ApiKey> {
    return mutate(this.deps, caller, ACCOUNT_POLICIES.revokeApiKey, async (m) => {
      await m.get(ApiKey, id, 'input.id');
      const { after } = await m.update(ApiKey, id, { revokedAt: m.now }, {
        guard: { where: 'revoked_at IS NULL', conflict: () => new ConflictError('this API key is revoked already', { currentState: 'REVOKED' }) },
      });
      return after;
    });
  }

  /** The key's own hourly limit (null: the default); the next request made with it is counted against it. */
  setApiKeyRateLimit(caller: Caller, id: number, rateLimitPerHour: number | null): Promise<ApiKey> {
    return mutate(this.deps, caller, ACCOUNT_POLICIES.setApiKeyRateLimit, async (m) => {
      await m.get(ApiKey, id, 'input.id');
      const { after } = await m.update(ApiKey, id, { rateLimitPerHour });
      return after;
    });
  }
}
