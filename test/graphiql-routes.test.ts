/**
 * Where GraphiQL and the schema map are served, over real HTTP: the pages and their bundles, a
 * browser's GET /graphql getting the page while API clients' GETs and every POST reach Apollo
 * untouched, and GRAPHIQL deciding (on by default outside production). The page itself running in
 * a browser is test/graphiql-browser.test.ts.
 */
import { loadConfig } from '../src/config';
import { dataOf, GraphQLResponse, startTestApp, TestApp } from './support/app';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

async function get(url: string, accept?: string): Promise<{ status: number; type: string; policy: string | null; body: string }> {
  const response = await fetch(url, { headers: { ...(accept ? { accept } : {}), 'apollo-require-preflight': 'true' } });
  return { status: response.status, type: response.headers.get('content-type') ?? '', policy: response.headers.get('content-security-policy'), body: await response.text() };
}

describe('GRAPHIQL on (the default outside production)', () => {
  let app: TestApp;
  let origin: string;
  beforeAll(async () => {
    app = await startTestApp('graphiql_routes', { seed: false });
    origin = new URL(app.url).origin;
  });
  afterAll(async () => {
    await app?.stop();
  });

  test('/graphiql and /voyager are pages that load their bundles from this server, by relative URLs', async () => {
    for (const [path, entry] of [['/graphiql', 'graphiql'], ['/voyager', 'voyager']]) {
      const page = await get(`${origin}${path}`, BROWSER_ACCEPT);
      expect(page.status).toBe(200);
      expect(page.type).toMatch(/^text\/html/);
      expect(page.body).toContain(`<script type="module" src="graphiql/assets/${entry}.js"></script>`);
      expect(page.body).toContain(`<link rel="stylesheet" href="graphiql/assets/${entry}.css">`);
      expect(page.body).not.toMatch(/(src|href)="(https?:)?\/\//);
      // The browser itself refuses anything from another host.
      expect(page.policy).toContain("default-src 'self'");
      expect(page.policy).toContain("connect-src 'self'");
      expect(page.policy).not.toMatch(/https?:|\*/);
    }
  });

  test('the bundles, Monaco workers and fonts are served; unknown assets are 404', async () => {
    for (const file of ['graphiql.js', 'graphiql.css', 'voyager.js', 'voyager.css', 'editor.worker.js', 'json.worker.js', 'graphql.worker.js']) {
      const asset = await get(`${origin}/graphiql/assets/${file}`);
      expect([file, asset.status]).toEqual([file, 200]);
      expect(asset.type).toMatch(file.endsWith('.css') ? /^text\/css/ : /^(text|application)\/javascript/);
    }
    const css = (await get(`${origin}/graphiql/assets/graphiql.css`)).body;
    const fonts = [...css.matchAll(/url\(["']?([^)"']+)/g)].map((match) => match[1]).filter((url) => !url.startsWith('data:'));
    // Monaco's icon font, next to the stylesheet; nothing from another host.
    expect(fonts.some((url) => /codicon-\w+\.ttf$/.test(url))).toBe(true);
    for (const url of fonts) {
      expect(url).not.toMatch(/^(https?:)?\/\//);
      expect((await get(new URL(url, `${origin}/graphiql/assets/graphiql.css`).href)).status).toBe(200);
    }
    expect((await get(`${origin}/graphiql/assets/nothing-here.js`)).status).toBe(404);
    expect((await get(`${origin}/graphiql/assets/.inputs-sha256`)).status).toBe(404);
  });

  test('Noto Sans SC: the pages link its stylesheet, whose every slice is a woff2 served from here, each with its unicode-range', async () => {
    for (const path of ['/graphiql', '/voyager', '/dashboard', '/']) {
      expect((await get(`${origin}${path}`, BROWSER_ACCEPT)).body).toContain('<link rel="stylesheet" href="fonts/noto-sans-sc.css">');
    }
    const stylesheet = `${origin}/fonts/noto-sans-sc.css`;
    const css = await get(stylesheet);
    expect(css.type).toMatch(/^text\/css/);
    const faces = css.body.match(/@font-face\s*{[^}]*}/g) ?? [];
    // @fontsource cuts weight 400 into about a hundred slices; a browser fetches only those it needs.
    expect(faces.length).toBeGreaterThan(90);
    const slices = faces.map((face) => {
      expect(face).toContain("font-family: 'Noto Sans SC'");
      expect(face).toMatch(/unicode-range: U\+/);
      const sources = [...face.matchAll(/url\(([^)]+)\)/g)].map((match) => match[1]);
      expect(sources).toEqual([expect.stringMatching(/^noto-sans-sc\/noto-sans-sc-[\w-]+-400-normal\.woff2$/)]);
      return sources[0];
    });
    // The slice holding 海, and the first and last, are there (fetching all hundred would be 2.6 MB).
    const covers = (face: string, codePoint: number) =>
      /unicode-range: ([^;]+);/.exec(face)![1].split(',').some((range) => {
        const [from, to = from] = range.trim().replace(/^U\+/i, '').split('-').map((hex) => parseInt(hex, 16));
        return codePoint >= from && codePoint <= to;
      });
    const hai = faces.findIndex((face) => covers(face, '海'.codePointAt(0)!));
    expect(hai).toBeGreaterThanOrEqual(0);
    for (const slice of [slices[0], slices[slices.length - 1], slices[hai]]) {
      const font = await fetch(new URL(slice, stylesheet));
      expect([slice, font.status, font.headers.get('content-type')]).toEqual([slice, 200, 'font/woff2']);
    }
  });

  test('a browser GET /graphql gets GraphiQL; GETs asking for JSON, and POSTs, reach Apollo', async () => {
    for (const path of ['/graphql', '/graphql/', '/graphql?query=%7B__typename%7D']) {
      const page = await get(`${origin}${path}`, BROWSER_ACCEPT);
      expect([path, page.status, page.type]).toEqual([path, 200, 'text/html; charset=utf-8']);
      expect(page.body).toContain('graphiql/assets/graphiql.js');
      expect(page.policy).toContain("default-src 'self'");
    }
    // The event stream's own path is not /graphql, whatever the Accept.
    expect((await get(`${origin}/graphql/stream`, BROWSER_ACCEPT)).body).not.toContain('graphiql/assets');

    for (const accept of ['application/json', 'application/graphql-response+json, application/json;q=0.9', '*/*', undefined]) {
      const answer = await get(`${origin}/graphql?query=${encodeURIComponent('{ __typename }')}`, accept);
      expect([accept, answer.status, JSON.parse(answer.body)]).toEqual([accept, 200, { data: { __typename: 'Query' }, extensions: { cost: { requested: 0, actual: 0 } } }]);
    }
    const posted = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: BROWSER_ACCEPT },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(dataOf((await posted.json()) as GraphQLResponse)).toEqual({ __typename: 'Query' });
  });
});

describe('GRAPHIQL=off', () => {
  let app: TestApp;
  let origin: string;
  beforeAll(async () => {
    process.env.GRAPHIQL = 'off';
    try {
      app = await startTestApp('graphiql_off', { seed: false });
    } finally {
      delete process.env.GRAPHIQL;
    }
    origin = new URL(app.url).origin;
  });
  afterAll(async () => {
    await app?.stop();
  });

  test('serves no page and no asset; a browser GET /graphql reaches Apollo', async () => {
    expect(app.config.graphiql).toBe(false);
    for (const path of ['/graphiql', '/voyager', '/graphiql/assets/graphiql.js']) expect([path, (await get(`${origin}${path}`, BROWSER_ACCEPT)).status]).toEqual([path, 404]);
    const answer = await get(`${origin}/graphql?query=${encodeURIComponent('{ __typename }')}`, BROWSER_ACCEPT);
    expect(answer.type).not.toMatch(/^text\/html/);
    expect(answer.body).not.toContain('graphiql/assets');
  });
});

describe('the GRAPHIQL setting', () => {
  const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), METRICS_TOKEN: 'x'.repeat(16) };
  test('on by default outside production, off by default in it; GRAPHIQL decides either way', () => {
    expect(loadConfig({}).graphiql).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).graphiql).toBe(true);
    expect(loadConfig(production).graphiql).toBe(false);
    expect(loadConfig({ ...production, GRAPHIQL: 'on' }).graphiql).toBe(true);
    expect(loadConfig({ GRAPHIQL: 'off' }).graphiql).toBe(false);
    expect(loadConfig({ GRAPHIQL: '' }).graphiql).toBe(true);
  });
  test('any other value stops the process, naming the variable', () => {
    expect(() => loadConfig({ GRAPHIQL: 'yes' })).toThrow('GRAPHIQL: "yes" is not allowed; expected on or off');
  });
});
