/**
 * The "登录 Sign in" pane: logs in with the `login` mutation and keeps the session in local storage
 * (session.ts), so it lasts across tabs and reloads until sign-out or the token's expiry; the
 * fetcher adds it to every request. Pasting a token (or a partner's API key) into the headers
 * editor as `{"Authorization": "Bearer …"}` still works, and wins over the stored sign-in.
 */
import { useState, useSyncExternalStore, type FormEvent } from 'react';
import type { GraphiQLPlugin } from '@graphiql/react';
import { clearSession, saveSession, sessionFromToken, sessionSnapshot, subscribeSession, validSession, type Session } from '../../web-session/session';

const LOGIN = `mutation GraphiQLLogin($input: LoginInput!) { login(input: $input) { token viewer { role } } }`;

interface LoginResult {
  data?: { login: { token: string; viewer: { role: string } } };
  errors?: { message: string }[];
}

/** The stored sign-in, re-read when it changes in this tab or another, or expires. */
export function useSession(): Session | null {
  return validSession(useSyncExternalStore(subscribeSession, sessionSnapshot));
}

function LoginPane({ httpUrl }: { httpUrl: string }) {
  const session = useSession();
  const [email, setEmail] = useState('staff@demo.haizhi');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem('');
    try {
      const response = await fetch(httpUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: LOGIN, variables: { input: { email, password } } }),
      });
      const result = (await response.json()) as LoginResult;
      if (!result.data?.login) throw new Error(result.errors?.[0]?.message ?? `HTTP ${response.status}`);
      saveSession(sessionFromToken(result.data.login.token, email, result.data.login.viewer.role));
      setPassword('');
    } catch (error) {
      setProblem(`登录失败 Not signed in: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="haizhi-login" onSubmit={submit}>
      <div className="graphiql-doc-explorer-title">登录 Sign in</div>
      <p role="status" className="haizhi-login-status">
        {session
          ? `已登录 Signed in: ${session.email} (${session.role})，有效至 until ${new Date(session.expiresAt).toLocaleString('zh-CN')}`
          : problem || '未登录 Not signed in: 只能看到公开数据 (public data only)'}
      </p>
      <label>
        邮箱 Email
        <input name="email" type="email" autoComplete="username" value={email} onChange={(event) => setEmail(event.target.value)} />
      </label>
      <label>
        密码 Password
        <input name="password" type="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} />
      </label>
      <div className="haizhi-login-buttons">
        <button type="submit" className="graphiql-button" disabled={busy}>
          登录 Sign in
        </button>
        <button type="button" className="graphiql-button" onClick={clearSession} disabled={!session}>
          退出 Sign out
        </button>
      </div>
      <p className="haizhi-login-hint">
        登录在本浏览器的各个标签页中保持有效，直到退出或令牌过期。Stays signed in across this browser's tabs and reloads until you sign
        out or the token expires.
      </p>
      <p className="haizhi-login-hint">
        演示账号（生产环境中没有）Demo accounts (not in production): staff@, reviewer@, manager@, partner@demo.haizhi，密码 password
        demo-password.
      </p>
    </form>
  );
}

function KeyIcon() {
  return (
    <svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
      <circle cx="8" cy="15" r="4" />
      <path d="M11 12l9-9M17 6l3 3M15 8l2 2" />
    </svg>
  );
}

export function loginPlugin(httpUrl: string): GraphiQLPlugin {
  return { title: '登录 Sign in', icon: KeyIcon, content: () => <LoginPane httpUrl={httpUrl} /> };
}
