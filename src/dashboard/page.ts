/**
 * The dashboard's HTML. Its URLs are relative, so the page works behind a proxy that adds a path
 * prefix: from /dashboard, `dashboard/assets/…`, `fonts/…`, `graphql`, `graphiql` and `export` name this
 * server's (the GraphiQL link only where GRAPHIQL is on). The script (browser/dashboard.ts) fills
 * in the figures and charts.
 */
import { WEB_FONT_CSS } from '../web-font/web-font';

export function dashboardPage(options: { graphiql: boolean }): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>海智网络数据看板 · HAIZHI Network dashboard</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${WEB_FONT_CSS}">
<link rel="stylesheet" href="dashboard/assets/dashboard.css">
<script type="module" src="dashboard/assets/dashboard.js"></script>
</head>
<body>
<header>
  <h1>海智网络数据看板 <span class="en" lang="en">HAIZHI Network dashboard</span></h1>
  <nav>
    <a href="./">首页 <span class="en" lang="en">Home</span></a>
${options.graphiql ? '    <a href="graphiql">GraphiQL <span class="en" lang="en">query the API</span></a>\n' : ''}    <a href="export">数据导出 <span class="en" lang="en">Exports</span></a>
  </nav>
  <div id="account">
    <form id="sign-in" hidden>
      <input name="email" type="email" autocomplete="username" placeholder="邮箱 Email" required>
      <input name="password" type="password" autocomplete="current-password" placeholder="密码 Password" required>
      <button type="submit">登录 <span lang="en">Sign in</span></button>
      <span id="sign-in-message" role="alert"></span>
    </form>
    <div id="signed-in" hidden>
      已登录 <span class="en" lang="en">Signed in as</span> <span id="who"></span>
      <button id="sign-out" type="button">退出 <span lang="en">Sign out</span></button>
    </div>
  </div>
</header>
<main>
  <p id="workflow-hint">以工作人员身份登录后显示申报与评审进度。<span class="en" lang="en">Sign in as CQAST staff to see applications and reviews due.</span></p>
  <div id="figures" data-state="loading" aria-label="主要数据 Headline figures"></div>
  <div id="panels"></div>
</main>
</body>
</html>
`;
}
