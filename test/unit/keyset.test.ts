/**
 * Keyset pagination (src/db/keyset.ts) and its cursors (encodeCursor/decodeCursor/toWindow in
 * src/graphql/connection.ts): the condition each direction and ordering adds, ties broken by id,
 * cursors that round-trip and cursors that are refused, and whole walks forwards and backwards
 * over a table with ties on SQLite, each page one statement.
 */
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { countRows, fetchPage, flip, ID_SORT, Page, PageWindow, Position, SortKey, whereBeyond } from '../../src/db/keyset';
import { Where } from '../../src/db/where';
import { decodeCursor, encodeCursor, toWindow } from '../../src/graphql/connection';
import { Talent } from '../../src/modules/talent/talent.entity';
import { insert, openUnitDatabase, rows, UnitDatabase } from './database';
import { BadUserInputError } from '../../src/domain-errors';

const BY_COUNTRY: SortKey = { name: 'COUNTRY_ASC', column: 'country_code', property: 'countryCode', direction: 'ASC' };
const BY_COUNTRY_DESC: SortKey = { ...BY_COUNTRY, name: 'COUNTRY_DESC', direction: 'DESC' };
const BY_ID_DESC: SortKey = { ...ID_SORT, name: 'ID_DESC', direction: 'DESC' };

let db: UnitDatabase;
/** Ties on purpose: three DE, two CN; ids are not in country order. */
const COUNTRIES = ['DE', 'CN', 'DE', 'FR', 'CN', 'DE', 'AT'];
let talents: { id: number; countryCode: string }[] = [];

beforeAll(async () => {
  db = await openUnitDatabase();
  for (const [i, country] of COUNTRIES.entries()) {
    talents.push({ id: await insert(db, 'talent', rows.talent(`T${i}`, { country_code: country })), countryCode: country });
  }
});
afterAll(() => db?.close());

/** The talents in a sort's order, as the database must return them: by the column, then by id. */
function sorted(sort: SortKey): number[] {
  const sign = sort.direction === 'ASC' ? 1 : -1;
  const value = (t: { id: number; countryCode: string }) => (sort.column === 'id' ? t.id : t.countryCode);
  return [...talents].sort((a, b) => sign * (value(a) < value(b) ? -1 : value(a) > value(b) ? 1 : a.id - b.id)).map((t) => t.id);
}

function window(overrides: Partial<PageWindow>): PageWindow {
  return { first: null, after: null, last: null, before: null, ...overrides };
}

function builder(): SelectQueryBuilder<ObjectLiteral> {
  return db.dataSource.createQueryBuilder().select('t.id', 'id').from('talent', 't');
}

/** The WHERE clause as written, TypeORM's quotes dropped. */
function conditionOf(qb: SelectQueryBuilder<ObjectLiteral>): string {
  const query = qb.getQuery();
  return query.slice(query.indexOf(' WHERE ') + ' WHERE '.length).replace(/"/g, '');
}

function fails(run: () => unknown): BadUserInputError {
  try {
    run();
  } catch (error) {
    return error as BadUserInputError;
  }
  throw new Error('expected a refusal');
}

describe('whereBeyond', () => {
  test.each([
    [ID_SORT, 'ASC', 't.id > :w0', { w0: 7 }],
    [ID_SORT, 'DESC', 't.id < :w0', { w0: 7 }],
    // The sort value is bound once and used twice; id breaks the tie in the same direction.
    [BY_COUNTRY, 'ASC', '(t.country_code > :w0 OR (t.country_code = :w0 AND t.id > :w1))', { w0: 'DE', w1: 7 }],
    [BY_COUNTRY, 'DESC', '(t.country_code < :w0 OR (t.country_code = :w0 AND t.id < :w1))', { w0: 'DE', w1: 7 }],
  ] as const)('%j walking %s', (sort, direction, sql, parameters) => {
    const qb = builder();
    whereBeyond(new Where(qb), sort, direction, { value: 'DE', id: 7 });
    expect(conditionOf(qb)).toBe(sql);
    expect(qb.getParameters()).toEqual(parameters);
  });

  test('on another alias', () => {
    const qb = builder();
    whereBeyond(new Where(qb), BY_COUNTRY, 'ASC', { value: 'DE', id: 7 }, 'x');
    expect(conditionOf(qb)).toBe('(x.country_code > :w0 OR (x.country_code = :w0 AND x.id > :w1))');
  });

  test('flip turns a direction round', () => {
    expect(flip('ASC')).toBe('DESC');
    expect(flip('DESC')).toBe('ASC');
  });
});

describe('cursors', () => {
  test('a cursor round-trips to the row it was made from, and is opaque base64url', () => {
    const row = { id: 42, countryCode: 'DE' };
    const cursor = encodeCursor(BY_COUNTRY, row);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, BY_COUNTRY, 'after')).toEqual({ value: 'DE', id: 42 });
    expect(decodeCursor(encodeCursor(ID_SORT, row), ID_SORT, 'after')).toEqual({ value: 42, id: 42 });
  });

  test('a timestamp sort value travels as the column text, as the database compares it', () => {
    const sort: SortKey = { name: 'OCCURRED_AT_ASC', column: 'occurred_at', property: 'occurredAt', direction: 'ASC' };
    const cursor = encodeCursor(sort, { id: 3, occurredAt: new Date('2026-05-04T03:02:01.123Z') });
    expect(decodeCursor(cursor, sort, 'after')).toEqual({ value: '2026-05-04 03:02:01.123', id: 3 });
  });

  test('a cursor of another ordering is refused, naming both orderings and the argument', () => {
    const cursor = encodeCursor(BY_COUNTRY, { id: 1, countryCode: 'DE' });
    const error = fails(() => decodeCursor(cursor, BY_COUNTRY_DESC, 'before'));
    expect(error).toBeInstanceOf(BadUserInputError);
    expect(error.message).toBe("before belongs to a list ordered by COUNTRY_ASC, not COUNTRY_DESC; pass a cursor from this list's edges or pageInfo unchanged");
    expect([error.code, error.details]).toEqual(['BAD_USER_INPUT', { argument: 'before' }]);
  });

  const forged = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');
  test.each([
    ['not base64 JSON at all', 'not a cursor!'],
    ['empty', ''],
    ['JSON but not a list', Buffer.from('{"id":1}').toString('base64url')],
    ['another version', forged(['c0', 'COUNTRY_ASC', 'DE', 1])],
    ['an id that is not an integer', forged(['c1', 'COUNTRY_ASC', 'DE', 1.5])],
    ['an id given as text', forged(['c1', 'COUNTRY_ASC', 'DE', '1'])],
    ['no id', forged(['c1', 'COUNTRY_ASC', 'DE'])],
    // Sort columns are NOT NULL (a keyset cannot step over NULLs): a null position was never issued.
    ['a null sort value', forged(['c1', 'COUNTRY_ASC', null, 1])],
    ['an object as sort value', forged(['c1', 'COUNTRY_ASC', { $gt: '' }, 1])],
  ])('%s is refused as not issued by this API', (_, cursor) => {
    const error = fails(() => decodeCursor(cursor, BY_COUNTRY, 'after'));
    expect(error.message).toBe("after is not a cursor this API issued; pass a cursor from this list's edges or pageInfo unchanged");
    expect(error.code).toBe('BAD_USER_INPUT');
  });

  test('an id cursor stands in a list whose default order used to be by id, only if the list says where', () => {
    const idCursor = encodeCursor(ID_SORT, { id: 9 });
    const published: SortKey = { name: 'PUBLICATION', column: 'published_on', property: 'publishedOn', direction: 'DESC', fromIdCursor: (id) => ({ value: '9999-12-31', id }) };
    expect(decodeCursor(idCursor, published, 'after')).toEqual({ value: '9999-12-31', id: 9 });
    expect(fails(() => decodeCursor(idCursor, BY_COUNTRY, 'after')).message).toMatch(/ordered by ID, not COUNTRY_ASC/);
    expect(fails(() => decodeCursor(forged(['c1', 'ID', 'x']), published, 'after')).message).toMatch(/ordered by ID, not PUBLICATION/);
  });
});

describe('toWindow', () => {
  test('neither first nor last: the first 20', () => {
    expect(toWindow({}, ID_SORT)).toEqual({ first: 20, last: null, after: null, before: null });
  });
  test('cursors become positions', () => {
    const after = encodeCursor(BY_COUNTRY, { id: 2, countryCode: 'CN' });
    const before = encodeCursor(BY_COUNTRY, { id: 5, countryCode: 'FR' });
    expect(toWindow({ last: 3, after, before }, BY_COUNTRY)).toEqual({ first: null, last: 3, after: { value: 'CN', id: 2 }, before: { value: 'FR', id: 5 } });
  });
  test.each([
    [{ first: 1, last: 1 }, /^pass first or last, not both/],
    [{ first: -1 }, /^first must be 0 or more$/],
    [{ last: 101 }, /^last must be at most 100; page through longer lists/],
  ])('%j is refused', (args, message) => {
    const error = fails(() => toWindow(args, ID_SORT));
    expect(error.message).toMatch(message);
    expect(error.code).toBe('BAD_USER_INPUT');
  });
  test('100 is allowed', () => {
    expect(toWindow({ first: 100 }, ID_SORT).first).toBe(100);
  });
});

describe('fetchPage walks the whole list, ties included', () => {
  const page = (sort: SortKey, w: PageWindow) => fetchPage<Talent>(db.dataSource, Talent, sort, w, undefined, ['id', 'countryCode']);
  const cursorOf = (sort: SortKey, row: Talent) => decodeCursor(encodeCursor(sort, row as unknown as Record<string, unknown>), sort, 'after');

  test.each([ID_SORT, BY_ID_DESC, BY_COUNTRY, BY_COUNTRY_DESC])('forwards by $name, two at a time, one statement a page', async (sort) => {
    const seen: number[] = [];
    const flags: [boolean, boolean][] = [];
    let after: Position | null = null;
    for (;;) {
      let result!: Page<Talent>;
      const statements = await db.recording(async () => (result = await page(sort, window({ first: 2, after }))));
      expect(statements).toHaveLength(1);
      // One row more than the page, to tell whether more lie beyond it.
      expect(statements[0].sql).toMatch(/ LIMIT 3$/);
      seen.push(...result.rows.map((row) => row.id));
      flags.push([result.hasPreviousPage, result.hasNextPage]);
      if (!result.hasNextPage) break;
      after = cursorOf(sort, result.rows[result.rows.length - 1]);
    }
    expect(seen).toEqual(sorted(sort));
    // 7 rows: pages of 2, 2, 2, 1.
    expect(flags).toEqual([
      [false, true],
      [true, true],
      [true, true],
      [true, false],
    ]);
  });

  test.each([ID_SORT, BY_COUNTRY, BY_COUNTRY_DESC])('backwards by $name with last and before, rows still in list order', async (sort) => {
    const pages: number[][] = [];
    const flags: [boolean, boolean][] = [];
    let before: Position | null = null;
    for (;;) {
      const result: Page<Talent> = await page(sort, window({ last: 3, before }));
      pages.unshift(result.rows.map((row) => row.id));
      flags.unshift([result.hasPreviousPage, result.hasNextPage]);
      if (!result.hasPreviousPage) break;
      before = cursorOf(sort, result.rows[0]);
    }
    const order = sorted(sort);
    expect(pages).toEqual([order.slice(0, 1), order.slice(1, 4), order.slice(4, 7)]);
    expect(flags).toEqual([
      [false, true],
      [true, true],
      [true, false],
    ]);
  });

  test('after and before together: the rows between them', async () => {
    const order = sorted(BY_COUNTRY);
    const at = (i: number) => ({ value: talents.find((t) => t.id === order[i])!.countryCode, id: order[i] });
    const result = await page(BY_COUNTRY, window({ first: 10, after: at(1), before: at(5) }));
    expect(result.rows.map((row) => row.id)).toEqual(order.slice(2, 5));
    expect([result.hasPreviousPage, result.hasNextPage]).toEqual([true, false]);
  });

  test('a tie straddling the page edge is neither lost nor repeated', async () => {
    // The three DE rows: the page ends on the first of them.
    const order = sorted(BY_COUNTRY);
    const firstDe = order.findIndex((id) => talents.find((t) => t.id === id)!.countryCode === 'DE');
    const head = await page(BY_COUNTRY, window({ first: firstDe + 1 }));
    const tail = await page(BY_COUNTRY, window({ first: 10, after: cursorOf(BY_COUNTRY, head.rows[head.rows.length - 1]) }));
    expect([...head.rows, ...tail.rows].map((row) => row.id)).toEqual(order);
  });

  test('a page of 0 asks the database nothing', async () => {
    const statements = await db.recording(async () => expect(await page(ID_SORT, window({ first: 0 }))).toEqual({ rows: [], hasNextPage: false, hasPreviousPage: false }));
    expect(statements).toEqual([]);
  });

  test('conditions narrow the page and its count alike', async () => {
    const germans = (where: Where) => where.equals('t.country_code', 'DE');
    const result = await fetchPage<Talent>(db.dataSource, Talent, ID_SORT, window({ first: 2 }), germans, ['id', 'countryCode']);
    const de = talents.filter((t) => t.countryCode === 'DE').map((t) => t.id);
    expect(result.rows.map((row) => row.id)).toEqual(de.slice(0, 2));
    expect(result.hasNextPage).toBe(true);
    expect(await countRows(db.dataSource, Talent, germans)).toBe(3);
    expect(await countRows(db.dataSource, Talent)).toBe(COUNTRIES.length);
  });
});
