/**
 * A "Sign in" pane: logs in with the `login` mutation and writes the token into the headers
 * editor as `Authorization: Bearer …`, so staff need not copy tokens around. Pasting a token (or a
 * partner's API key) into the headers editor by hand works just as well.
 */
import { useState, type FormEvent } from 'react';
import { useGraphiQL, type GraphiQLPlugin } from '@graphiql/react';

const LOGIN = `mutation GraphiQLLogin($input: LoginInput!) { login(input: $input) { token viewer { role } } }`;

interface LoginResult {
  data?: { login: { token: string; viewer: { role: string } } };
  errors?: { message: string }[];
}

function LoginPane({ httpUrl }: { httpUrl: string }) {
  const headerEditor = useGraphiQL((state) => state.headerEditor);
  const [email, setEmail] = useState('staff@demo.haizhi');
  const [password, setPassword] = useState('');
  const [status, setStatus] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus('Signing in…');
    try {
      const response = await fetch(httpUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: LOGIN, variables: { input: { email, password } } }),
      });
      const result = (await response.json()) as LoginResult;
      if (!result.data?.login) throw new Error(result.errors?.[0]?.message ?? `HTTP ${response.status}`);
      headerEditor?.setValue(JSON.stringify({ Authorization: `Bearer ${result.data.login.token}` }, null, 2));
      setPassword('');
      setStatus(`Signed in as ${email} (${result.data.login.viewer.role}); the Authorization header is set.`);
    } catch (error) {
      setStatus(`Not signed in: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  function signOut() {
    headerEditor?.setValue('{}');
    setStatus('Signed out: the headers are empty.');
  }

  return (
    <form className="haizhi-login" onSubmit={submit}>
      <div className="graphiql-doc-explorer-title">Sign in</div>
      <label>
        Email
        <input name="email" type="email" autoComplete="username" value={email} onChange={(event) => setEmail(event.target.value)} />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} />
      </label>
      <div className="haizhi-login-buttons">
        <button type="submit" className="graphiql-button">Sign in</button>
        <button type="button" className="graphiql-button" onClick={signOut}>Sign out</button>
      </div>
      <p role="status">{status}</p>
      <p className="haizhi-login-hint">Demo accounts (not in production): staff@, reviewer@, manager@, partner@demo.haizhi, password demo-password.</p>
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
  return { title: 'Sign in', icon: KeyIcon, content: () => <LoginPane httpUrl={httpUrl} /> };
}
