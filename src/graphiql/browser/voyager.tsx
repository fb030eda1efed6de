/**
 * The schema map (graphql-voyager): the types and their relations as a graph, drawn in the browser
 * from the server's introspection. Voyager's standalone build carries its own React (it is on
 * React 18 while GraphiQL is on 19) and Graphviz (WebAssembly, inline): nothing is fetched from
 * elsewhere.
 */
import { renderVoyager, voyagerIntrospectionQuery } from 'graphql-voyager/dist/voyager.standalone.js';
import 'graphql-voyager/dist/voyager.css';
import './voyager.css';
import type { ExecutionResult, IntrospectionQuery } from 'graphql';

async function introspection(): Promise<ExecutionResult<IntrospectionQuery>> {
  const response = await fetch(new URL('graphql', location.href), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: voyagerIntrospectionQuery }),
  });
  return (await response.json()) as ExecutionResult<IntrospectionQuery>;
}

const root = document.getElementById('voyager');
if (!root) throw new Error('the page has no #voyager element');
renderVoyager(root, { introspection: introspection(), displayOptions: { rootType: 'Query', hideRoot: false } });
