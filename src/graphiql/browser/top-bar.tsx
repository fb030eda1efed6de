/**
 * What takes the place of GraphiQL's logo (top right, beside the tabs): who is signed in, and the
 * other pages staff go between: the dashboard, the CSV/XLSX exports, the schema map and the home
 * page. Relative links, like the page's own (src/graphiql/pages.ts): from /graphiql or /graphql,
 * `export` is /export, behind a proxy's path prefix too.
 *
 * It is always mounted inside GraphiQL, so it also carries what must run once there: the editor
 * options and the font re-measuring (editor-options.ts).
 */
import { useEditorOptions } from './editor-options';
import { useSession } from './login-plugin';

// Short Chinese labels, the English as each link's tooltip: the bar shares its line with the tabs.
const LINKS = [
  { href: 'dashboard', zh: '数据看板', en: 'Dashboard: the network in charts' },
  { href: 'export', zh: '导出', en: 'Exports: lists as CSV or XLSX' },
  { href: 'voyager', zh: '结构图', en: 'Schema map' },
  { href: './', zh: '首页', en: 'Home' },
];

export function TopBar() {
  useEditorOptions();
  const session = useSession();
  return (
    <nav className="haizhi-top-bar" aria-label="海智网络 HAIZHI Network">
      <span className="haizhi-session" data-signed-in={session ? 'yes' : 'no'} title={session ? `Signed in as ${session.email}` : 'Not signed in: public data only'}>
        {session ? `已登录 ${session.role}` : '未登录'}
      </span>
      {LINKS.map((link) => (
        <a key={link.href} href={link.href} title={link.en}>
          {link.zh}
        </a>
      ))}
    </nav>
  );
}
