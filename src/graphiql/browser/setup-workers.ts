/**
 * Monaco runs its language services in web workers. Bundlers usually find them through
 * `new URL(..., import.meta.url)`; esbuild builds each worker as its own entry instead
 * (src/graphiql/build-assets.ts), so here each label is mapped to the file it became.
 * Imported before graphiql so Monaco finds the environment when it loads.
 */
// Types only (erased from the bundle): monaco-editor declares window.MonacoEnvironment.
import type {} from 'monaco-editor';

// Where the pages load their bundles from (src/graphiql/pages.ts), relative to the page as they are.
const assets = new URL('graphiql/assets/', document.baseURI);

window.MonacoEnvironment = {
  getWorker(_workerId, label) {
    const file = label === 'graphql' ? 'graphql.worker.js' : label === 'json' ? 'json.worker.js' : 'editor.worker.js';
    return new Worker(new URL(file, assets));
  },
};

export {};
