/**
 * Who is asking, from the Authorization header: nothing is an anonymous caller; `Bearer <JWT>` is
 * an account that logged in; `Bearer hzk_...` is a partner app's API key. A malformed, expired or
 * revoked credential, or one of a deactivated account, is refused with 401 UNAUTHENTICATED, never
 * treated as anonymous. Each credential costs one primary-key or unique-index lookup, so a
 * deactivation or a revocation takes effect on the very next request.
 */
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { readRows } from '../db/read-rows';
import { UnauthenticatedError } from '../graphql/errors';
import { TokenRefusal, TokenService } from './tokens';
import { ANONYMOUS, Role, Viewer } from './viewer';

export const API_KEY_PREFIX = 'hzk_';

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

interface AccountRow {
  id: number;
  email: string;
  display_name: string;
  role: Role;
  host_unit_id: number | null;
  organization_id: number | null;
  expert_id: number | null;
  is_active: number | boolean;
}

interface ApiKeyRow {
  id: number;
  name: string;
  role: Role;
  host_unit_id: number | null;
  organization_id: number | null;
  revoked_at: unknown;
  rate_limit_per_hour: number | null;
}

/** `problem` names what was wrong in a few words: the close reason of a WebSocket refused for it. */
const refuse = (why: string, problem: string) => new UnauthenticatedError(`${why}; send no Authorization header to read the public directory`, { credential: true, problem });

export class Authenticator {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
  ) {}

  async viewerFor(authorization: string | undefined | null): Promise<Viewer> {
    if (authorization === undefined || authorization === null || authorization.trim() === '') return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw refuse('the Authorization header must be "Bearer <token or API key>"', 'malformed Authorization: expected "Bearer <token or API key>"');
    const credential = match[1];
    return credential.startsWith(API_KEY_PREFIX) ? this.byApiKey(credential) : this.byToken(credential);
  }

  /** The viewer an account signs in as (login returns it too). */
  async viewerOfAccount(accountId: number): Promise<Viewer | null> {
    const [query, parameters] = this.dataSource.driver.escapeQueryWithParameters(
      'SELECT id, email, display_name, role, host_unit_id, organization_id, expert_id, is_active FROM account WHERE id = :id',
      { id: accountId },
    );
    const row = await readRows<AccountRow, AccountRow | undefined>(this.dataSource, query, parameters, (rows) => rows[0] && { ...rows[0] });
    if (!row || !(row.is_active === true || Number(row.is_active) === 1)) return null;
    return Object.freeze({
      role: row.role,
      accountId: Number(row.id),
      apiKeyId: null,
      hostUnitId: row.host_unit_id === null ? null : Number(row.host_unit_id),
      organizationId: row.organization_id === null ? null : Number(row.organization_id),
      expertId: row.expert_id === null ? null : Number(row.expert_id),
      label: row.email,
      displayName: row.display_name,
    });
  }

  private async byToken(token: string): Promise<Viewer> {
    let accountId: number;
    try {
      ({ accountId } = await this.tokens.verify(token));
    } catch (error) {
      throw refuse((error as Error).message, error instanceof TokenRefusal ? error.problem : 'malformed token');
    }
    const viewer = await this.viewerOfAccount(accountId);
    if (!viewer) throw refuse('the account this token was issued to has been deactivated', 'account deactivated');
    return viewer;
  }

  private async byApiKey(key: string): Promise<Viewer> {
    const [query, parameters] = this.dataSource.driver.escapeQueryWithParameters(
      'SELECT id, name, role, host_unit_id, organization_id, revoked_at, rate_limit_per_hour FROM api_key WHERE key_hash = :hash',
      { hash: hashApiKey(key) },
    );
    const row = await readRows<ApiKeyRow, ApiKeyRow | undefined>(this.dataSource, query, parameters, (rows) => rows[0] && { ...rows[0] });
    if (!row) throw refuse('the API key is not one this API issued', 'unknown API key');
    if (row.revoked_at !== null && row.revoked_at !== undefined) throw refuse('the API key has been revoked', 'API key revoked');
    return Object.freeze({
      role: row.role,
      accountId: null,
      apiKeyId: Number(row.id),
      hostUnitId: row.host_unit_id === null ? null : Number(row.host_unit_id),
      organizationId: row.organization_id === null ? null : Number(row.organization_id),
      expertId: null,
      label: `api-key:${row.name}`,
      displayName: row.name,
      rateLimitPerHour: row.rate_limit_per_hour === null ? null : Number(row.rate_limit_per_hour),
    });
  }
}
