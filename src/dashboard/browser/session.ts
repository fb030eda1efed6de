/**
 * The sign-in the dashboard shares with GraphiQL: localStorage key `haizhi:session`, JSON
 * { token, expiresAt (ISO), email, role }. Either page may write it; both drop it once expired.
 * Local storage is readable by any script of this origin: the pages' strict CSP (scripts from this
 * server only) is what keeps a token there safe.
 */
export const SESSION_KEY = 'haizhi:session';

export interface Session {
  token: string;
  expiresAt: string;
  email: string;
  role: string;
}

function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.token === 'string' && typeof v.expiresAt === 'string' && typeof v.email === 'string' && typeof v.role === 'string';
}

/** The stored session while it lasts; an expired or unreadable one is removed. */
export function readSession(now = Date.now()): Session | null {
  const text = localStorage.getItem(SESSION_KEY);
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = null;
  }
  const expires = isSession(value) ? Date.parse(value.expiresAt) : NaN;
  if (!isSession(value) || !(expires > now)) {
    localStorage.removeItem(SESSION_KEY);
    return null;
  }
  return value;
}

export function writeSession(session: Session): void {
  localStorage.setItem(SESSION_KEY, JSON.stringify(session));
}

export function clearSession(): void {
  localStorage.removeItem(SESSION_KEY);
}

/** When a login token expires: its `exp` claim (seconds), read without checking the signature (the server does that). */
export function tokenExpiry(token: string): Date | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: unknown };
    return typeof claims.exp === 'number' ? new Date(claims.exp * 1000) : null;
  } catch {
    return null;
  }
}
