/** schema/schema.graphql is the committed contract: it must be exactly what the code builds. */
import fs from 'node:fs';
import { buildAppSchema, printAppSchema, SCHEMA_FILE } from '../src/schema';

test('the committed schema file matches the schema the resolvers build (run `npm run schema:emit` after an API change)', async () => {
  const built = printAppSchema(await buildAppSchema());
  expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(built);
});

test('money fields use a scalar that holds integers beyond 2^31', async () => {
  const schema = await buildAppSchema();
  const stats = schema.getType('NetworkStats') as import('graphql').GraphQLObjectType;
  expect(String(stats.getFields().projectAmountCny.type)).toBe('SafeInt!');
  expect(String(stats.getFields().fundingDisbursedCny.type)).toBe('SafeInt!');
});
