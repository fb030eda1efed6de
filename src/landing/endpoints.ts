/**
 * What GET / lists, in both languages: the pages, the API and health. The docs live in the
 * repository (docs/*.md) and are not served: the landing page names each with its path there, so
 * the server adds no document route of its own (and no Markdown renderer).
 */
export interface Endpoint {
  /** Path on this server, relative links are made from it (a proxy prefix keeps working). */
  path: string;
  method: 'GET' | 'POST';
  zh: string;
  en: string;
}

export interface Doc {
  /** Path in the repository. */
  file: string;
  zh: string;
  en: string;
}

/** The browser pages: GraphiQL and the schema map only where GRAPHIQL is on. */
export function pages(graphiql: boolean): Endpoint[] {
  return [
    ...(graphiql
      ? ([
          { path: '/graphiql', method: 'GET', zh: 'GraphiQL 查询界面', en: 'GraphiQL: write and run queries' },
          { path: '/voyager', method: 'GET', zh: '接口结构图', en: 'Schema map' },
        ] as const)
      : []),
    { path: '/dashboard', method: 'GET', zh: '数据看板', en: 'Dashboard: charts of the network' },
    { path: '/export', method: 'GET', zh: '数据导出（CSV / Excel）', en: 'Exports (CSV / Excel), for staff' },
  ];
}

export const API: Endpoint[] = [
  { path: '/graphql', method: 'POST', zh: 'GraphQL 接口（HTTP，订阅走 WebSocket）', en: 'GraphQL API (HTTP; subscriptions over WebSocket on the same path)' },
  { path: '/graphql/stream', method: 'POST', zh: 'GraphQL 订阅（服务器推送事件）', en: 'GraphQL subscriptions over server-sent events' },
];

export const HEALTH: Endpoint[] = [
  { path: '/healthz', method: 'GET', zh: '存活检查', en: 'Liveness' },
  { path: '/readyz', method: 'GET', zh: '就绪检查（数据库、Redis）', en: 'Readiness (database, Redis)' },
];

export const DOCS: Doc[] = [
  { file: 'README.md', zh: '项目说明', en: 'Overview, running and configuration' },
  { file: 'docs/api.md', zh: '接口指南', en: 'Using the API' },
  { file: 'docs/read-api.md', zh: '查询接口的实现', en: 'How the read API is built' },
  { file: 'docs/write-side.md', zh: '写入与工作流', en: 'Mutations and the workflow' },
  { file: 'docs/real-time.md', zh: '实时订阅', en: 'Real-time subscriptions' },
  { file: 'docs/authorization.md', zh: '权限', en: 'Who may read and do what' },
  { file: 'docs/data-model.md', zh: '数据模型', en: 'Data model' },
  { file: 'docs/operations.md', zh: '运维', en: 'Operations' },
  { file: 'docs/deploy.md', zh: '部署', en: 'Deployment' },
];
