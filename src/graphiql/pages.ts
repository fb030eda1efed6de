/**
 * The two HTML pages. Their URLs are relative, so the pages work at /graphiql, at /graphql and
 * behind a proxy that adds a path prefix: from any of them `graphiql/assets/…` and `graphql` name
 * the same files and endpoint.
 *
 * They are in Chinese first (CQAST staff read Chinese first): lang="zh-CN" also makes the browser
 * pick Simplified Chinese glyph forms. Noto Sans SC's stylesheet comes before the page's own, so
 * Chinese is drawn with the bundled font on a machine that has no CJK font of its own.
 */
import { WEB_FONT_CSS } from '../web-font/web-font';

function page(title: string, entry: string, rootId: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${WEB_FONT_CSS}">
<link rel="stylesheet" href="graphiql/assets/${entry}.css">
<script type="module" src="graphiql/assets/${entry}.js"></script>
</head>
<body>
<div id="${rootId}" style="height: 100vh"></div>
</body>
</html>
`;
}

export const GRAPHIQL_PAGE = page('海智网络 GraphiQL · HAIZHI Network', 'graphiql', 'graphiql');
export const VOYAGER_PAGE = page('海智网络 Schema 图 · HAIZHI Network schema map', 'voyager', 'voyager');
