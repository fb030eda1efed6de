/**
 * GET /: where to go from here, in Chinese with English beside it. A browser (Accept: text/html
 * first) gets a page of links; an API client (application/json, or any type such as curl's `*\/*`)
 * gets the same list as JSON. An express route like the others: nothing runs before POST /graphql.
 */
import type { Express, Request, Response } from 'express';
import { WEB_FONT_CSS } from '../web-font/web-font';
import { API, DOCS, HEALTH, pages, type Endpoint } from './endpoints';

/** No script at all; the one <style> element, and the web font (src/web-font/). */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self' 'unsafe-inline'; font-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

/** Relative to /, so a proxy's path prefix is kept. */
const href = (path: string) => `.${path}`;

function endpointItem({ path, method, zh, en }: Endpoint): string {
  const name = method === 'GET' ? `<a href="${escape(href(path))}">${escape(path)}</a>` : `<code>${method} ${escape(path)}</code>`;
  return `<li>${name} — ${escape(zh)} <span class="en" lang="en">${escape(en)}</span></li>`;
}

function landingPage(graphiql: boolean): string {
  const section = (zh: string, en: string, items: string[]) => `<h2>${zh} <span class="en" lang="en">${en}</span></h2>\n<ul>\n${items.join('\n')}\n</ul>`;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>海智网络 · HAIZHI Network</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${WEB_FONT_CSS}">
<style>
body { font-family: 'Noto Sans SC', sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1f2937; line-height: 1.6; }
h1 { font-weight: 400; } h2 { font-size: 1.1rem; font-weight: 400; margin-top: 1.5rem; border-bottom: 1px solid #e5e7eb; }
.en { color: #6b7280; } a { color: #b91c1c; } code { font-size: 0.9em; }
</style>
</head>
<body>
<h1>海智网络 <span class="en" lang="en">HAIZHI Network</span></h1>
<p>重庆海外人才网络（海智工作站）的 GraphQL 平台。<span class="en" lang="en">The GraphQL platform of Chongqing's HAIZHI overseas-talent network.</span></p>
${section('页面', 'Pages', pages(graphiql).map(endpointItem))}
${section('接口', 'API', API.map(endpointItem))}
${section('文档', 'Docs', [...DOCS.map(({ file, zh, en }) => `<li><code>${escape(file)}</code> — ${escape(zh)} <span class="en" lang="en">${escape(en)}</span></li>`), '<li>在代码仓库中阅读。<span class="en" lang="en">Read them in the repository.</span></li>'])}
${section('运行状态', 'Health', HEALTH.map(endpointItem))}
</body>
</html>
`;
}

function landingJson(graphiql: boolean) {
  const entry = ({ path, method, zh, en }: Endpoint) => ({ path, method, description: en, descriptionZh: zh });
  return {
    name: 'HAIZHI Network GraphQL API',
    graphql: '/graphql',
    pages: pages(graphiql).map(entry),
    api: API.map(entry),
    health: HEALTH.map(entry),
    docs: DOCS.map(({ file, zh, en }) => ({ file, description: en, descriptionZh: zh })),
  };
}

export function serveLanding(app: Express, options: { graphiql: boolean }): void {
  const html = landingPage(options.graphiql);
  const json = landingJson(options.graphiql);
  app.get('/', (request: Request, response: Response) => {
    // Vary: a cache between must keep the page and the JSON apart.
    response.vary('accept');
    // JSON listed first: any type (curl's */*) or none gets JSON; browsers rank text/html above */*.
    if (request.accepts(['json', 'html']) === 'html') response.set('content-security-policy', CONTENT_SECURITY_POLICY).type('html').send(html);
    else response.json(json);
  });
}
