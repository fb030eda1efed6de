/**
 * Every root collection, found by introspection so new ones are covered without editing this file:
 * walking forward with first/after and backward with last/before returns each row exactly once,
 * in the same order, under every orderBy it offers; and page sizes above 100 are refused. Every
 * collection holds rows for several pages (the ones the seed leaves short are filled through the API
 * first), so a walk over an empty or one-page list cannot pass.
 */
import { dataOf, startTestApp, TestApp } from './support/app';

/** Rows per page in the walks, and the fewest pages each collection must fill (the last one partly). */
const PAGE_SIZE = 7;
const MIN_PAGES = 3;
const MIN_ROWS = PAGE_SIZE * (MIN_PAGES - 1) + 1;

let app: TestApp;
let collections: { name: string; orderType: string | null; orderFields: string[] }[];

interface IntrospectedField {
  name: string;
  type: { kind: string; name: string | null; ofType: { name: string | null } | null };
  args: { name: string; type: { kind: string; name: string | null } }[];
}

beforeAll(async () => {
  // As STAFF: every root collection, private ones included, is paged the same way.
  app = await startTestApp('pagination', { as: 'staff' });
  await fillShortCollections();
  const data = dataOf(
    await app.query<{ __schema: { queryType: { fields: IntrospectedField[] } } }>(
      `{ __schema { queryType { fields { name type { kind name ofType { name } } args { name type { kind name } } } } } }`,
    ),
  );
  // Collections are the connections a client lists without saying what for. A ranking computed for
  // a required argument (search's query, a suggestion's need) pages forward by score only, and its
  // own test file walks it (test/search.test.ts).
  const fields = data.__schema.queryType.fields.filter(
    (field) => (field.type.ofType?.name ?? field.type.name ?? '').endsWith('Connection') && !field.args.some((arg) => arg.type.kind === 'NON_NULL'),
  );
  collections = [];
  for (const field of fields) {
    const orderArg = field.args.find((arg) => arg.name === 'orderBy');
    let orderFields: string[] = [];
    if (orderArg?.type.name) {
      const input = dataOf(
        await app.query<{ __type: { inputFields: { name: string; type: { name: string | null; ofType: { name: string } | null } }[] } }>(
          `query($name: String!) { __type(name: $name) { inputFields { name type { name ofType { name } } } } }`,
          { name: orderArg.type.name },
        ),
      );
      const enumName = input.__type.inputFields.find((f) => f.name === 'field')!.type.ofType?.name;
      const values = dataOf(await app.query<{ __type: { enumValues: { name: string }[] } }>(`query($name: String!) { __type(name: $name) { enumValues { name } } }`, { name: enumName }));
      orderFields = values.__type.enumValues.map((v) => v.name);
    }
    collections.push({ name: field.name, orderType: orderArg?.type.name ?? null, orderFields });
  }
}, 180_000);

/**
 * The seed has a handful of users and offshore bases and no API keys: each gets rows through its own
 * mutation, as STAFF would make them (which also gives auditEvents a row per change).
 */
async function fillShortCollections(): Promise<void> {
  const created = async (mutation: string, input: Record<string, unknown>) => {
    const inputType = `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`;
    dataOf(await app.query(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { __typename } }`, { input }));
  };
  const organizations = dataOf(await app.query<{ organizations: { edges: { node: { id: string } }[] } }>('{ organizations(first: 5) { edges { node { id } } } }')).organizations.edges;
  const districts = dataOf(await app.query<{ districts: { edges: { node: { id: string } }[] } }>('{ districts(first: 5) { edges { node { id } } } }')).districts.edges;
  for (let i = 0; i < MIN_ROWS; i++) {
    const partner = i % 2 === 1;
    await created('createApiKey', { name: `pagination key ${i}`, role: partner ? 'PARTNER' : 'STAFF', organizationId: partner ? organizations[i % organizations.length].node.id : undefined });
    await created('createUser', { email: `pagination-${i}@example.org`, displayName: `Pagination ${i}`, role: 'STAFF', password: `pagination-password-${i}` });
    await created('createOffshoreBase', {
      name: `分页测试基地${i}`,
      kind: i % 2 ? 'OFFSHORE_BASE' : 'WORK_BASE',
      level: 'MUNICIPAL',
      districtId: districts[i % districts.length].node.id,
      establishedYear: 2015 + (i % 8),
    });
  }
}

afterAll(async () => {
  await app?.stop();
});

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: { id: string } }[];
}

async function page(name: string, args: Record<string, unknown>): Promise<Page> {
  const orderBy = args.orderBy ? ', orderBy: $orderBy' : '';
  const orderType = args.orderBy ? `, $orderBy: ${(args.orderBy as { type: string }).type}` : '';
  const variables = { ...args, orderBy: args.orderBy ? (args.orderBy as { value: unknown }).value : undefined };
  const data = dataOf(
    await app.query<Record<string, Page>>(
      `query($first: Int, $after: String, $last: Int, $before: String${orderType}) {
         ${name}(first: $first, after: $after, last: $last, before: $before${orderBy}) {
           totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }`,
      variables,
    ),
  );
  return data[name];
}

async function walk(name: string, size: number, orderBy?: { type: string; value: unknown }) {
  const forward: string[] = [];
  let after: string | null = null;
  let total = 0;
  for (let guard = 0; guard < 1000; guard += 1) {
    const p = await page(name, { first: size, after, orderBy });
    total = p.totalCount;
    forward.push(...p.edges.map((edge) => edge.node.id));
    if (!p.pageInfo.hasNextPage) break;
    after = p.pageInfo.endCursor;
  }
  const backward: string[] = [];
  let before: string | null = null;
  for (let guard = 0; guard < 1000; guard += 1) {
    const p = await page(name, { last: size, before, orderBy });
    backward.unshift(...p.edges.map((edge) => edge.node.id));
    if (!p.pageInfo.hasPreviousPage) break;
    before = p.pageInfo.startCursor;
  }
  return { forward, backward, total };
}

test('there are root collections to check', () => {
  expect(collections.map((c) => c.name)).toEqual(expect.arrayContaining(['stations', 'talents']));
});

test('every root collection pages forward and backward through each row exactly once, in every order', async () => {
  const problems: string[] = [];
  for (const { name, orderType, orderFields } of collections) {
    const orders: ({ type: string; value: unknown } | undefined)[] = [undefined];
    for (const field of orderFields) {
      for (const direction of ['ASC', 'DESC']) orders.push({ type: orderType!, value: { field, direction } });
    }
    for (const orderBy of orders) {
      const { forward, backward, total } = await walk(name, PAGE_SIZE, orderBy);
      const label = `${name}${orderBy ? ` ${JSON.stringify(orderBy.value)}` : ''}`;
      if (total < MIN_ROWS) problems.push(`${label}: ${total} rows, fewer than the ${MIN_ROWS} that fill ${MIN_PAGES} pages of ${PAGE_SIZE}`);
      if (new Set(forward).size !== forward.length) problems.push(`${label}: forward walk repeats a row`);
      if (forward.length !== total) problems.push(`${label}: forward walk saw ${forward.length} rows, totalCount says ${total}`);
      if (JSON.stringify(backward) !== JSON.stringify(forward)) problems.push(`${label}: backward walk differs from forward walk`);
    }
  }
  expect(problems).toEqual([]);
}, 300_000);

test('first or last above 100 is refused on every root collection, naming the limit', async () => {
  for (const { name } of collections) {
    for (const arg of ['first', 'last']) {
      const response = await app.query(`{ ${name}(${arg}: 101) { totalCount } }`);
      expect({ name, code: response.errors?.[0].extensions?.code }).toEqual({ name, code: 'BAD_USER_INPUT' });
      expect(response.errors?.[0].message).toContain(`${arg} must be at most 100`);
    }
  }
});

test('first and last together are refused', async () => {
  const response = await app.query('{ stations(first: 2, last: 2) { totalCount } }');
  expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(response.errors?.[0].message).toMatch(/first or last, not both/);
});

test('a cursor from one ordering is refused under another', async () => {
  const byName = await page('stations', { first: 2, orderBy: { type: 'StationOrder', value: { field: 'NAME', direction: 'ASC' } } });
  const response = await app.query('query($after: String) { stations(first: 2, after: $after) { totalCount } }', { after: byName.pageInfo.endCursor });
  expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(response.errors?.[0].message).toMatch(/ordered by NAME_ASC, not ID/);
});
