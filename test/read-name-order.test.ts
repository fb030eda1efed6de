/**
 * Names in the order a Chinese reader expects, over real HTTP on the seeded network: `orderBy: NAME`
 * follows pinyin (华森 hua, 基辅 ji, 亲禾 qin; 重庆 read chong), pages walked with cursors either way
 * give the same order, DESC is its exact reverse, and a name changed through a mutation moves to its
 * new place. `nameContains` treats full-width and half-width forms alike. Runs on SQLite and, with
 * DATABASE_URL=mysql://…, MariaDB.
 */
import { dataOf, startTestApp, TestApp } from './support/app';
import { nameSortKey } from '../src/text/name-sort';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp('read_name_order', { as: 'staff' });
});
afterAll(async () => {
  await app?.stop();
});

interface Named {
  id: string;
  name: string;
}

/** A root list as `orderBy` walks it, in pages of `size`: forward with first/after, or backward with last/before. */
async function walk(field: string, orderType: string, direction: 'ASC' | 'DESC', size: number, backward = false, filterType?: string, filter?: object): Promise<Named[]> {
  const filterArgs = filterType ? `, $filter: ${filterType}` : '';
  const query = `query($orderBy: ${orderType}, $first: Int, $after: String, $last: Int, $before: String${filterArgs}) {
    ${field}(orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before${filterType ? ', filter: $filter' : ''}) {
      edges { node { id name } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;
  const pages: Named[][] = [];
  let cursor: string | null = null;
  for (;;) {
    const position = backward ? { last: size, before: cursor } : { first: size, after: cursor };
    const page: any = dataOf(await app.query(query, { orderBy: { field: 'NAME', direction }, ...position, filter }))[field];
    pages.push(page.edges.map((edge: { node: Named }) => edge.node));
    const more = backward ? page.pageInfo.hasPreviousPage : page.pageInfo.hasNextPage;
    if (!more) break;
    cursor = backward ? page.pageInfo.startCursor : page.pageInfo.endCursor;
  }
  return (backward ? pages.reverse() : pages).flat();
}

const names = (rows: Named[]) => rows.map((row) => row.name);
/** Byte order, as both databases compare the stored key. */
const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** Each name's key is not below the one before it. */
function expectPinyinOrder(rows: Named[], person = false): void {
  const outOfOrder = rows.slice(1).filter((row, i) => byteOrder(nameSortKey(rows[i].name, { person }), nameSortKey(row.name, { person })) > 0);
  expect(outOfOrder.map((row) => row.name)).toEqual([]);
}

const LISTS = [
  { field: 'hostUnits', order: 'HostUnitOrder', suffix: '' },
  { field: 'stations', order: 'StationOrder', suffix: '海智工作站' },
];

describe.each(LISTS)('$field orderBy NAME', ({ field, order, suffix }) => {
  test('follows pinyin: 华森 (hua), 基辅 (ji), 亲禾 (qin), and 重庆 read chong, before all three', async () => {
    const listed = names(await walk(field, order, 'ASC', 100));
    const at = (name: string) => listed.indexOf(name + suffix);
    const [huasen, jifu, qinhe, graphene] = [
      at('华森制药有限责任公司'),
      at('基辅理工(重庆)应用技术研究院有限公司'),
      at('亲禾投资集团有限公司'),
      at('重庆石墨烯研究院有限公司'),
    ];
    expect(Math.min(huasen, jifu, qinhe, graphene)).toBeGreaterThanOrEqual(0);
    expect(graphene).toBeLessThan(huasen);
    expect(huasen).toBeLessThan(jifu);
    expect(jifu).toBeLessThan(qinhe);
    // By code point (the order before) they came 亲禾 U+4EB2, 华森 U+534E, 基辅 U+57FA, 重庆 U+91CD.
    expectPinyinOrder(await walk(field, order, 'ASC', 100));
  });

  test('pages walked with after-cursors, or backward with before-cursors, give the one order; DESC is its exact reverse', async () => {
    const whole = await walk(field, order, 'ASC', 100);
    expect(whole.length).toBeGreaterThan(50);
    expect(await walk(field, order, 'ASC', 7)).toEqual(whole);
    expect(await walk(field, order, 'ASC', 6, true)).toEqual(whole);
    const descending = await walk(field, order, 'DESC', 100);
    expect(descending).toEqual([...whole].reverse());
    expect(await walk(field, order, 'DESC', 9)).toEqual(descending);
    expect(await walk(field, order, 'DESC', 8, true)).toEqual(descending);
  });
});

test('talents follow the pinyin of their names, Latin names in the same alphabet (David Heath under d, 钱程 under q)', async () => {
  const talents = await walk('talents', 'TalentOrder', 'ASC', 100);
  expect(talents.length).toBeGreaterThan(400);
  expectPinyinOrder(talents, true);
  const at = (name: string) => names(talents).indexOf(name);
  expect(at('David Heath')).toBeGreaterThanOrEqual(0);
  expect(at('David Heath')).toBeLessThan(at('钱程'));
  expect(await walk('talents', 'TalentOrder', 'DESC', 100)).toEqual([...talents].reverse());
});

const HOST_UNIT = 'hostUnit { id name version }';
const CREATE_UNIT = `mutation($input: CreateHostUnitInput!) { createHostUnit(input: $input) { ${HOST_UNIT} } }`;
const UPDATE_UNIT = `mutation($input: UpdateHostUnitInput!) { updateHostUnit(input: $input) { ${HOST_UNIT} } }`;

async function createUnit(name: string): Promise<Named> {
  const [{ node: district }] = dataOf(await app.query('{ districts(first: 1) { edges { node { id } } } }')).districts.edges;
  return dataOf(await app.query(CREATE_UNIT, { input: { kind: 'ENTERPRISE', name, districtId: district.id } })).createHostUnit.hostUnit;
}

test('a unit created, then renamed through the API, sorts by its new name at once', async () => {
  const unit = await createUnit('华森测试有限公司');
  const position = async () => {
    const listed = await walk('hostUnits', 'HostUnitOrder', 'ASC', 100);
    expectPinyinOrder(listed);
    return { index: listed.findIndex((row) => row.id === unit.id), count: listed.length };
  };
  const created = await position();
  expect(created.index).toBeGreaterThan(0);
  expect(created.index).toBeLessThan(created.count - 1);

  // 啊 (a a): first of all; 左 (zuo, the last syllable): last of all.
  dataOf(await app.query(UPDATE_UNIT, { input: { id: unit.id, name: '啊啊测试有限公司' } }));
  expect(await position()).toEqual({ index: 0, count: created.count });
  dataOf(await app.query(UPDATE_UNIT, { input: { id: unit.id, name: '左左测试有限公司' } }));
  expect(await position()).toEqual({ index: created.count - 1, count: created.count });
  // A change that leaves the name alone keeps the key.
  dataOf(await app.query(UPDATE_UNIT, { input: { id: unit.id, nameEn: 'Zuozuo Test Ltd.' } }));
  expect(await position()).toEqual({ index: created.count - 1, count: created.count });
  const [row] = await app.dataSource.query('SELECT name_sort FROM host_unit WHERE name_zh = ?', ['左左测试有限公司']);
  expect(row.name_sort).toBe('zuo zuo ce shi you xian gong si');
});

test('nameContains: full-width and half-width forms find each other, either way round', async () => {
  const fullWidth = await createUnit('宽窄测试（1）号有限公司');
  const halfWidth = await createUnit('宽窄测试(2)号有限公司');
  const found = async (text: string) =>
    names(await walk('hostUnits', 'HostUnitOrder', 'ASC', 100, false, 'HostUnitFilter', { nameContains: text })).sort();
  expect(await found('(1)')).toEqual([fullWidth.name]);
  expect(await found('（1）')).toEqual([fullWidth.name]);
  expect(await found('（2）')).toEqual([halfWidth.name]);
  expect(await found('(2)')).toEqual([halfWidth.name]);
  expect(await found('宽窄测试')).toEqual([fullWidth.name, halfWidth.name].sort());
  // Still literal: a full-width ％ is a percent sign to match, not a wildcard.
  expect(await found('测试％')).toEqual([]);
  // Latin letters in either width, either case.
  const latin = await createUnit('ＡＢＣ宽窄科技有限公司');
  expect(await found('abc宽窄')).toEqual([latin.name]);
});
