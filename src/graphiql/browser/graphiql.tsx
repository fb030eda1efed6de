/**
 * GraphiQL for this server, built into dist/graphiql/ by src/graphiql/build-assets.ts and served by
 * src/graphiql/routes.ts. Everything it needs (editor, workers, fonts, styles) is in the bundle:
 * staff use it on networks without internet.
 *
 * For CQAST staff, who read Chinese first: the labels this app owns are Chinese with English beside
 * them (GraphiQL's own buttons and Monaco's menus have no translation to switch to), Chinese is
 * drawn with the bundled Noto Sans SC, and the Explorer builds queries by clicking.
 */
import './setup-workers';
import { createRoot } from 'react-dom/client';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { DOC_EXPLORER_PLUGIN } from '@graphiql/plugin-doc-explorer';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import './graphiql.css';
import { createFetcher } from './fetcher';
import { DEFAULT_TABS } from './examples';
import { loginPlugin } from './login-plugin';
import { TopBar } from './top-bar';

const httpUrl = new URL('graphql', location.href).href;

// GraphiQL recognises its own docs and history plugins by identity (it mounts their stores only
// for those very objects), so they are retitled in place rather than copied.
DOC_EXPLORER_PLUGIN.title = '文档 Docs';
HISTORY_PLUGIN.title = '历史 History';
// The title names the sidebar button; the Explorer's own prop heads its pane.
const EXPLORER_TITLE = '查询构建器 Explorer';
const EXPLORER_PLUGIN = { ...explorerPlugin({ showAttribution: false, title: EXPLORER_TITLE }), title: EXPLORER_TITLE };

const root = document.getElementById('graphiql');
if (!root) throw new Error('the page has no #graphiql element');
createRoot(root).render(
  <GraphiQL
    fetcher={createFetcher(httpUrl)}
    // Passing plugins replaces GraphiQL's default list, which is the history alone.
    plugins={[EXPLORER_PLUGIN, HISTORY_PLUGIN, loginPlugin(httpUrl)]}
    defaultTabs={DEFAULT_TABS}
    defaultEditorToolsVisibility="variables"
  >
    <GraphiQL.Logo>
      <TopBar />
    </GraphiQL.Logo>
  </GraphiQL>,
);
