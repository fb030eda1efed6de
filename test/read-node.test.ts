/** Global object identification: every type implementing Node round-trips through node(id) and nodes(ids). */
import { toGlobalId } from '../src/graphql/global-id';
import { entityOfType } from '../src/graphql/type-names';
import { ORGANIZATION_TYPE_BY_KIND } from '../src/modules/organization/organization.types';
import { dataOf, startTestApp, TestApp } from './support/app';

let app: TestApp;
let nodeTypes: string[];
beforeAll(async () => {
  // As STAFF, who may read every type; anonymous callers are the last test's part.
  app = await startTestApp('node', { as: 'staff' });
  // The seed has no API key: make one, so every type has a row to look up.
  dataOf(await app.query('mutation { createApiKey(input: { name: "node test", role: STAFF }) { apiKey { id } } }'));
  const data = dataOf(await app.query<{ __type: { possibleTypes: { name: string }[] } }>('{ __type(name: "Node") { possibleTypes { name } } }'));
  nodeTypes = data.__type.possibleTypes.map((type) => type.name).sort();
});
afterAll(async () => {
  await app?.stop();
});

const KIND_OF_TYPE = new Map(Object.entries(ORGANIZATION_TYPE_BY_KIND).map(([kind, type]) => [type, kind]));

/** The lowest row id of a type in the seeded database, found with SQL. */
async function someRowId(typeName: string): Promise<number | undefined> {
  const kind = KIND_OF_TYPE.get(typeName);
  const [row] = kind
    ? await app.dataSource.query('SELECT MIN(id) AS id FROM organization WHERE kind = ?', [kind])
    : await app.dataSource.query(`SELECT MIN(id) AS id FROM ${app.dataSource.getMetadata(entityOfType(typeName)!).tableName}`);
  return row?.id === null || row?.id === undefined ? undefined : Number(row.id);
}

test('the schema has a Node type for each kind of object', () => {
  expect(nodeTypes).toEqual(expect.arrayContaining(['Station', 'Talent', 'HostUnit', 'OffshoreBase', 'Consulate', 'University', 'Project', 'Platform', 'Activity', 'FundingGrant', 'Evaluation', 'Announcement']));
});

test('node(id) returns every type by its global id, and the id it returns is the one asked for', async () => {
  const problems: string[] = [];
  for (const typeName of nodeTypes) {
    const rowId = await someRowId(typeName);
    if (rowId === undefined) {
      problems.push(`${typeName}: the seeded network has no row to look up`);
      continue;
    }
    const id = toGlobalId(typeName, rowId);
    const data = dataOf(await app.query<{ node: { __typename: string; id: string } | null }>('query($id: ID!) { node(id: $id) { __typename id } }', { id }));
    if (data.node?.__typename !== typeName || data.node?.id !== id) problems.push(`${typeName}: node(${id}) gave ${JSON.stringify(data.node)}`);
  }
  expect(problems).toEqual([]);
});

test('nodes(ids) keeps the order asked for and answers null for a row that does not exist', async () => {
  const station = toGlobalId('Station', (await someRowId('Station'))!);
  const talent = toGlobalId('Talent', (await someRowId('Talent'))!);
  const missing = toGlobalId('Station', 99_999_999);
  const data = dataOf(await app.query<{ nodes: ({ __typename: string; id: string } | null)[] }>('query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', { ids: [talent, missing, station] }));
  expect(data.nodes).toEqual([{ __typename: 'Talent', id: talent }, null, { __typename: 'Station', id: station }]);
});

test('an organisation id names its kind: asked as another kind it finds nothing', async () => {
  const consulateRow = (await someRowId('Consulate'))!;
  const data = dataOf(await app.query('query($id: ID!) { node(id: $id) { id } }', { id: toGlobalId('University', consulateRow) }));
  expect(data.node).toBeNull();
});

test('ids that are not ids of this API are clear input errors', async () => {
  for (const id of ['12', 'not base64 at all', toGlobalId('Nonsense', 1), Buffer.from('StationResearchField:1').toString('base64url')]) {
    const response = await app.query('query($id: ID!) { node(id: $id) { id } }', { id });
    expect({ id, code: response.errors?.[0].extensions?.code }).toEqual({ id, code: 'BAD_USER_INPUT' });
  }
});

/** Types holding accounts, credentials, the audit trail and review workflow: not public. */
const PRIVATE_TYPES = ['User', 'ApiKey', 'AuditEvent', 'Expert', 'ApplicationReview', 'SiteInspection'];

test('node(id) finds nothing of a private type for an anonymous caller, though the row exists', async () => {
  expect(nodeTypes).toEqual(expect.arrayContaining(PRIVATE_TYPES));
  for (const typeName of PRIVATE_TYPES) {
    const rowId = await someRowId(typeName);
    expect({ typeName, rowId }).toEqual({ typeName, rowId: expect.any(Number) });
    const id = toGlobalId(typeName, rowId!);
    const anonymous = dataOf(await app.query('query($id: ID!) { node(id: $id) { id } }', { id }, { anonymous: true }));
    const staff = dataOf(await app.query('query($id: ID!) { node(id: $id) { id } }', { id }));
    expect({ typeName, anonymous: anonymous.node, staff: staff.node }).toEqual({ typeName, anonymous: null, staff: { id } });
  }
});
