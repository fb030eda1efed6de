import path from 'node:path';
import { PROJECT_ROOT } from '../graphiql/assets-dir';

/** Where `npm run build` puts the dashboard's browser bundle, its styles and font files (never committed). */
export const DASHBOARD_ASSETS_DIR = path.join(PROJECT_ROOT, 'dist', 'dashboard');
