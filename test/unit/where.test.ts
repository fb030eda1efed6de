/**
 * src/db/where.ts: each method's SQL and bound values, what an absent criterion adds (nothing),
 * what an empty list adds (a condition no row meets), and `contains` escaping LIKE's wildcards on
 * both dialects. The SQL runs on SQLite built by the migrations; MariaDB's text is checked as
 * TypeORM writes it for that driver (no connection needed to build a statement).
 */
import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Where } from '../../src/db/where';
import { insert, openUnitDatabase, rows, UnitDatabase } from './database';

let db: UnitDatabase;
const ids: Record<string, number> = {};
/** Never connected: it only writes MariaDB's SQL. */
const mariadb = new DataSource({ type: 'mariadb', host: 'unused', username: 'unused', database: 'unused' });

const NAMES = ['100%', '100 percent', 'a_b', 'axb', 'x!y', 'xy', 'Ａｌｉｃｅ', 'Émile', 'emile'];

beforeAll(async () => {
  db = await openUnitDatabase();
  for (const [i, name] of NAMES.entries()) ids[name] = await insert(db, 'talent', rows.talent(name, { is_returnee: i % 2, name_en: i === 0 ? 'percent' : null }));
});
afterAll(() => db?.close());

function builder(dataSource: DataSource = db.dataSource): SelectQueryBuilder<ObjectLiteral> {
  return dataSource.createQueryBuilder().select('t.id', 'id').addSelect('t.name', 'name').from('talent', 't').orderBy('t.id');
}

/**
 * The WHERE clause as written (named placeholders), or null when no condition was added. The
 * quotes TypeORM puts around SQLite's `alias.column` are dropped: they are TypeORM's, not Where's.
 */
function conditionOf(qb: SelectQueryBuilder<ObjectLiteral>): string | null {
  const query = qb.getQuery();
  const at = query.indexOf(' WHERE ');
  const where = at < 0 ? undefined : query.slice(at + ' WHERE '.length);
  return where === undefined ? null : where.replace(/ ORDER BY .*$/, '').replace(/"/g, '');
}

/** The names of the talents the conditions select, run on SQLite. */
async function namesFor(build: (where: Where) => void): Promise<string[]> {
  const qb = builder();
  build(new Where(qb));
  const found: { name: string }[] = await qb.getRawMany();
  return found.map((row) => row.name);
}

describe('an absent criterion adds no condition', () => {
  test.each([
    ['equals null', (w: Where) => w.equals('t.name', null)],
    ['equals undefined', (w: Where) => w.equals('t.name', undefined)],
    ['in null', (w: Where) => w.in('t.id', null)],
    ['existsIn undefined', (w: Where) => w.existsIn(undefined, (list) => `SELECT 1 WHERE 1 IN (${list})`)],
    ['exists null', (w: Where) => w.exists(null, 'SELECT 1')],
    ['flag undefined', (w: Where) => w.flag('t.is_returnee', undefined)],
    ['range null', (w: Where) => w.range('t.id', null)],
    ['range with both ends null', (w: Where) => w.range('t.id', { from: null, to: undefined })],
    ['contains empty text', (w: Where) => w.contains(['t.name'], '')],
    ['contains null', (w: Where) => w.contains(['t.name'], null)],
  ])('%s', async (_, build) => {
    const qb = builder();
    build(new Where(qb));
    expect(conditionOf(qb)).toBeNull();
    expect(qb.getParameters()).toEqual({});
    expect(await namesFor(build)).toEqual(NAMES);
  });
});

test('equals binds the value, never splices it', async () => {
  const qb = builder();
  new Where(qb).equals('t.name', "axb' OR 1 = 1 --");
  expect(conditionOf(qb)).toBe('t.name = :w0');
  expect(qb.getParameters()).toEqual({ w0: "axb' OR 1 = 1 --" });
  expect(await qb.getRawMany()).toEqual([]);
  expect(await namesFor((w) => w.equals('t.name', 'axb'))).toEqual(['axb']);
});

test('a value of 0 or false is a criterion, not an absent one', async () => {
  const qb = builder();
  new Where(qb).equals('t.is_returnee', 0).flag('t.is_returnee', false);
  expect(conditionOf(qb)).toBe('t.is_returnee = :w0 AND t.is_returnee = :w1');
  expect(qb.getParameters()).toEqual({ w0: 0, w1: 0 });
  expect(await namesFor((w) => w.flag('t.is_returnee', false))).toEqual(NAMES.filter((_, i) => i % 2 === 0));
  expect(await namesFor((w) => w.flag('t.is_returnee', true))).toEqual(NAMES.filter((_, i) => i % 2 === 1));
});

test('in binds a copy of the list, and an empty list matches nothing (MySQL refuses IN ())', async () => {
  const list = [ids.axb, ids.xy];
  const qb = builder();
  new Where(qb).in('t.id', list);
  list.push(ids['a_b']);
  expect(conditionOf(qb)).toBe('t.id IN (:...w0)');
  expect(qb.getParameters()).toEqual({ w0: [ids.axb, ids.xy] });
  expect(await qb.getRawMany()).toEqual([
    { id: ids.axb, name: 'axb' },
    { id: ids.xy, name: 'xy' },
  ]);

  const empty = builder();
  new Where(empty).in('t.id', []);
  expect(conditionOf(empty)).toBe('1 = 0');
  expect(empty.getParameters()).toEqual({});
  expect(await empty.getRawMany()).toEqual([]);
});

test('existsIn hands the subquery the bound list; an empty list matches nothing', async () => {
  const subquery = (list: string) => `SELECT 1 FROM talent o WHERE o.id = t.id AND o.name IN (${list})`;
  const qb = builder();
  new Where(qb).existsIn(['xy', 'emile'], subquery);
  expect(conditionOf(qb)).toBe('EXISTS (SELECT 1 FROM talent o WHERE o.id = t.id AND o.name IN (:...w0))');
  expect(qb.getParameters()).toEqual({ w0: ['xy', 'emile'] });
  expect((await qb.getRawMany()).map((row) => row.name)).toEqual(['xy', 'emile']);

  let called = false;
  const empty = builder();
  new Where(empty).existsIn([], (list) => {
    called = true;
    return subquery(list);
  });
  expect(called).toBe(false);
  expect(conditionOf(empty)).toBe('1 = 0');
  expect(await empty.getRawMany()).toEqual([]);
});

test('exists: true asks EXISTS, false NOT EXISTS', async () => {
  const subquery = "SELECT 1 FROM talent o WHERE o.id = t.id AND o.name LIKE 'x%'";
  const yes = builder();
  new Where(yes).exists(true, subquery);
  expect(conditionOf(yes)).toBe(`EXISTS (${subquery})`);
  const no = builder();
  new Where(no).exists(false, subquery);
  expect(conditionOf(no)).toBe(`NOT EXISTS (${subquery})`);
  expect(await namesFor((w) => w.exists(true, subquery))).toEqual(['x!y', 'xy']);
  expect(await namesFor((w) => w.exists(false, subquery))).toEqual(NAMES.filter((name) => !name.startsWith('x')));
});

describe('range includes both ends, and either may be open', () => {
  const [, second, third, fourth] = NAMES;
  test('from and to', async () => {
    const qb = builder();
    new Where(qb).range('t.id', { from: ids[second], to: ids[fourth] });
    expect(conditionOf(qb)).toBe('t.id >= :w0 AND t.id <= :w1');
    expect(qb.getParameters()).toEqual({ w0: ids[second], w1: ids[fourth] });
    expect((await qb.getRawMany()).map((row) => row.name)).toEqual([second, third, fourth]);
  });
  test('from only', async () => {
    expect(await namesFor((w) => w.range('t.id', { from: ids.emile }))).toEqual(['emile']);
  });
  test('to only, and a to of 0 is a bound', async () => {
    expect(await namesFor((w) => w.range('t.id', { to: ids['100%'] }))).toEqual(['100%']);
    const qb = builder();
    new Where(qb).range('t.id', { to: 0 });
    expect(conditionOf(qb)).toBe('t.id <= :w0');
    expect(await qb.getRawMany()).toEqual([]);
  });
});

describe('contains', () => {
  test.each([
    // LIKE's wildcards and the escape character itself match only themselves.
    ['%', ['100%']],
    ['_', ['a_b']],
    ['!', ['x!y']],
    ['0%', ['100%']],
    ['a_', ['a_b']],
    // Full-width ％ folds to %, which must then match literally, not as a wildcard.
    ['0％', ['100%']],
    // Case, width and accents are folded on both sides.
    ['ALICE', ['Ａｌｉｃｅ']],
    ['ａｌｉ', ['Ａｌｉｃｅ']],
    ['EMILE', ['Émile', 'emile']],
    ['émi', ['Émile', 'emile']],
  ])('%j finds %j on SQLite', async (text, expected) => {
    expect(await namesFor((w) => w.contains(['t.name'], text))).toEqual(expected);
  });

  test('any of the columns may hold the text, one bound pattern for all', async () => {
    const qb = builder();
    new Where(qb).contains(['t.name', 't.name_en'], 'Percent');
    expect(conditionOf(qb)).toBe(`(haizhi_fold(t.name) LIKE :w0 ESCAPE '!' OR haizhi_fold(t.name_en) LIKE :w0 ESCAPE '!')`);
    expect(qb.getParameters()).toEqual({ w0: '%percent%' });
    expect((await qb.getRawMany()).map((row) => row.name)).toEqual(['100%', '100 percent']);
  });

  test('the SQLite pattern is folded, then escaped with !', () => {
    const qb = builder();
    new Where(qb).contains(['t.name'], '５0％_!A');
    expect(qb.getParameters()).toEqual({ w0: '%50!%!_!!a%' });
  });

  test('on MariaDB the collation folds: plain LIKE, the text escaped but not folded', () => {
    const qb = builder(mariadb);
    new Where(qb).contains(['t.name', 't.name_en'], '５0％_!A');
    const [sql, parameters] = qb.getQueryAndParameters();
    expect(sql).toBe("SELECT t.id AS `id`, t.name AS `name` FROM `talent` `t` WHERE (t.name LIKE ? ESCAPE '!' OR t.name_en LIKE ? ESCAPE '!') ORDER BY t.id ASC");
    expect(parameters).toEqual(['%５0％!_!!A%', '%５0％!_!!A%']);
  });
});

test('conditions are ANDed, and placeholders of several Where on one builder never collide', async () => {
  const qb = builder();
  new Where(qb).in('t.id', [ids.axb, ids.xy, ids['x!y']]).equals('t.is_returnee', 1);
  const other = new Where(qb);
  other.add(`t.name <> ${other.bind('axb')}`);
  expect(conditionOf(qb)).toBe('t.id IN (:...w0) AND t.is_returnee = :w1 AND t.name <> :w2');
  expect(qb.getParameters()).toEqual({ w0: [ids.axb, ids.xy, ids['x!y']], w1: 1, w2: 'axb' });
  expect((await qb.getRawMany()).map((row) => row.name)).toEqual(['xy']);
});
