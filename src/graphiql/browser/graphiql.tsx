/**
 * GraphiQL for this server, built into dist/graphiql/ by src/graphiql/build-assets.ts and served by
 * src/graphiql/routes.ts. Everything it needs (editor, workers, fonts, styles) is in the bundle:
 * staff use it on networks without internet.
 */
import './setup-workers';
import { createRoot } from 'react-dom/client';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import 'graphiql/style.css';
import './graphiql.css';
import { createFetcher } from './fetcher';
import { DEFAULT_TABS } from './examples';
import { loginPlugin } from './login-plugin';

const httpUrl = new URL('graphql', location.href).href;


const root = document.getElementById('graphiql');
if (!root) throw new Error('the page has no #graphiql element');
createRoot(root).render(
  <GraphiQL
    fetcher={createFetcher(httpUrl)}
    // Passing plugins replaces GraphiQL's default list, which is the history alone.
    plugins={[HISTORY_PLUGIN, loginPlugin(httpUrl)]}
    defaultTabs={DEFAULT_TABS}
    defaultEditorToolsVisibility="headers"
  />,
);
