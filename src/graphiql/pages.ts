/**
 * The two HTML pages. Their URLs are relative, so the pages work at /graphiql, at /graphql and
 * behind a proxy that adds a path prefix: from any of them `graphiql/assets/…` and `graphql` name
 * the same files and endpoint.
 */
function page(title: string, entry: string, rootId: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="graphiql/assets/${entry}.css">
<script type="module" src="graphiql/assets/${entry}.js"></script>
</head>
<body>
<div id="${rootId}" style="height: 100vh"></div>
</body>
</html>
`;
}

export const GRAPHIQL_PAGE = page('HAIZHI Network · GraphiQL', 'graphiql', 'graphiql');
export const VOYAGER_PAGE = page('HAIZHI Network · schema map', 'voyager', 'voyager');
