import path from 'node:path';

/** The checkout's root, whether this runs compiled (dist/src/graphiql) or under jest (src/graphiql). */
export const PROJECT_ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../..' : '../..');

/** Where `npm run build` puts the browser bundles of GraphiQL and the schema map (never committed). */
export const ASSETS_DIR = path.join(PROJECT_ROOT, 'dist', 'graphiql');
