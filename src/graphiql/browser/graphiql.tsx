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
import { loginPlugin } from './login-plugin';

const httpUrl = new URL('graphql', location.href).href;

const DEFAULT_QUERY = `# Welcome to the HAIZHI Network API.
# Run with Ctrl-Enter. The book icon opens the docs, the key icon signs you in.
query Stations($first: Int = 5) {
  stations(first: $first) {
    totalCount
    edges { node { id name status hostUnit { name } } }
  }
}
`;

const root = document.getElementById('graphiql');
if (!root) throw new Error('the page has no #graphiql element');
createRoot(root).render(
  <GraphiQL
    fetcher={createFetcher(httpUrl)}
    // Passing plugins replaces GraphiQL's default list, which is the history alone.
    plugins={[HISTORY_PLUGIN, loginPlugin(httpUrl)]}
    defaultQuery={DEFAULT_QUERY}
    defaultEditorToolsVisibility="headers"
  />,
);
