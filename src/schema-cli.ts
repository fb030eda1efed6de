/**
 * `npm run schema:emit` writes schema/schema.graphql from the code; `npm run schema:check` fails
 * when the committed file differs, so the published contract never drifts from the resolvers.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import { buildAppSchema, printAppSchema, SCHEMA_FILE } from './schema';

async function main(mode: string | undefined): Promise<number> {
  const sdl = printAppSchema(await buildAppSchema());
  if (mode === 'write') {
    fs.writeFileSync(SCHEMA_FILE, sdl);
    console.log(`wrote ${SCHEMA_FILE}`);
    return 0;
  }
  if (mode === 'check') {
    const committed = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
    if (committed === sdl) {
      console.log(`${SCHEMA_FILE} matches the code`);
      return 0;
    }
    console.error(`${SCHEMA_FILE} differs from the schema the code builds; run \`npm run schema:emit\` and commit it`);
    return 1;
  }
  console.error('usage: schema-cli write|check');
  return 2;
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
