/**
 * Browser code shared by GraphiQL and the dashboard (each bundles it): the staff sign-in, kept in
 * the browser's local storage so it lasts across tabs and reloads until sign-out or the token's
 * expiry. The pages' strict Content-Security-Policy (scripts from this server only) is what makes a
 * token in local storage acceptable: no injected or third-party script runs on a page to read it.
 *
 * The key and the JSON shape are the same on every page of this server, so a sign-in on one is a
 * sign-in on all:
 *   localStorage['haizhi:session'] = { "token": string, "expiresAt": ISO string, "email": string, "role": string }
 */
export const SESSION_KEY = 'haizhi:session';

export interface Session {
  token: string;
  /** When the token stops being accepted (its JWT `exp`), as an ISO string. */
  expiresAt: string;
  email: string;
  role: string;
}

/** Same-tab changes: the `storage` event reaches only the other tabs of the origin. */
const CHANGED = 'haizhi:session-changed';

function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const { token, expiresAt, email, role } = value as Record<string, unknown>;
  return typeof token === 'string' && token !== '' && typeof expiresAt === 'string' && !Number.isNaN(Date.parse(expiresAt)) && typeof email === 'string' && typeof role === 'string';
}

/** The stored session as it is, or null when there is none or it is not one (never throws). */
function parse(raw: string | null): Session | null {
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    return isSession(value) ? value : null;
  } catch {
    return null;
  }
}

function notify(): void {
  window.dispatchEvent(new Event(CHANGED));
}

/**
 * The session, if one is stored and its token has not expired. An expired or malformed entry is
 * removed on the way, so every page and tab sees the sign-out.
 */
export function currentSession(now = Date.now()): Session | null {
  const raw = localStorage.getItem(SESSION_KEY);
  const session = validSession(raw, now);
  if (!session && raw !== null) clearSession();
  return session;
}

/** The session a stored JSON holds, if it is one and unexpired; no side effect (safe in a render). */
export function validSession(raw: string | null, now = Date.now()): Session | null {
  const session = parse(raw);
  return session && Date.parse(session.expiresAt) > now ? session : null;
}

export function saveSession(session: Session): void {
  localStorage.setItem(SESSION_KEY, JSON.stringify(session));
  notify();
}

export function clearSession(): void {
  localStorage.removeItem(SESSION_KEY);
  notify();
}

/**
 * A session for a token the `login` mutation gave: the expiry is the JWT's own `exp` (the server's
 * JWT_TTL), read from its payload, so the browser never keeps a token past what the server accepts.
 */
export function sessionFromToken(token: string, email: string, role: string): Session {
  const payload = token.split('.')[1];
  if (!payload) throw new Error('the token is not a JWT');
  const claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: unknown };
  if (typeof claims.exp !== 'number') throw new Error('the token carries no expiry');
  return { token, expiresAt: new Date(claims.exp * 1000).toISOString(), email, role };
}

/**
 * Calls `listener` whenever the session may have changed: signed in or out in this tab or another,
 * or expired (a timer at the expiry, so the page shows the sign-out without waiting for a request).
 * Returns the unsubscribe function (the shape React's useSyncExternalStore takes).
 */
export function subscribeSession(listener: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const armExpiry = () => {
    clearTimeout(timer);
    const session = currentSession();
    // setTimeout holds at most 2^31-1 ms (24.8 days); a later expiry is re-armed when that fires.
    if (session) timer = setTimeout(onChange, Math.min(Date.parse(session.expiresAt) - Date.now() + 50, 2 ** 31 - 1));
  };
  const onChange = () => {
    armExpiry();
    listener();
  };
  const onStorage = (event: StorageEvent) => {
    // key null: another tab cleared the whole storage.
    if (event.key === SESSION_KEY || event.key === null) onChange();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener(CHANGED, onChange);
  armExpiry();
  return () => {
    clearTimeout(timer);
    window.removeEventListener('storage', onStorage);
    window.removeEventListener(CHANGED, onChange);
  };
}

/** The stored JSON as it is: a stable snapshot for useSyncExternalStore (a string compares by value). */
export function sessionSnapshot(): string | null {
  return localStorage.getItem(SESSION_KEY);
}
