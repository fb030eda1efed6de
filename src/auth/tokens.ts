/**
 * Login tokens: JWTs signed with HS256 (jose), carrying the account id and nothing secret. A token
 * is checked against the account on every request (src/auth/authenticate.ts), so a deactivated
 * account's tokens stop working at once, whatever their expiry.
 */
import { errors, jwtVerify, SignJWT } from 'jose';
import type { AuthConfig } from '../config';

const ISSUER = 'haizhi-network';
const AUDIENCE = 'haizhi-network-api';

export interface TokenClaims {
  accountId: number;
}

export class TokenService {
  private readonly key: Uint8Array;

  constructor(private readonly config: AuthConfig) {
    this.key = new TextEncoder().encode(config.jwtSecret);
  }

  get ttlSeconds(): number {
    return this.config.jwtTtlSeconds;
  }

  issue(accountId: number): Promise<string> {
    return new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(String(accountId))
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.config.jwtTtlSeconds}s`)
      .sign(this.key);
  }

  /** The claims of a valid token; throws a sentence saying why not (expired, bad signature, malformed). */
  async verify(token: string): Promise<TokenClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
      const accountId = Number(payload.sub);
      if (!Number.isSafeInteger(accountId) || accountId <= 0) throw new TokenRefusal('the token names no account', 'token names no account');
      return { accountId };
    } catch (error) {
      if (error instanceof TokenRefusal) throw error;
      if (error instanceof errors.JWTExpired) throw new TokenRefusal('the token has expired; log in again', 'token expired');
      // Not three base64url parts with a JSON header and payload: not a token at all.
      if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) throw new TokenRefusal('the token is malformed: it is not a JWT; log in for one', 'malformed token');
      throw new TokenRefusal('the token is not one this API issued, or it was altered', 'token not issued by this API, or altered');
    }
  }
}

/** Why a token was refused: a sentence, and the few words a WebSocket close reason has room for. */
export class TokenRefusal extends Error {
  constructor(
    message: string,
    readonly problem: string,
  ) {
    super(message);
  }
}
