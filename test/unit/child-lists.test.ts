/**
 * src/db/child-lists.ts, and the loaders that batch it: which parent keys go into which statement
 * (recorded from TypeORM's logger, as dataloader's own tests record the batches their load
 * function receives), one statement per batch, each parent's own page (its limit, its order, its
 * hasNext/hasPrevious), parents with no children, the caller's scope inside the ranking so pages
 * and counts agree, and link rows to no node of the list leaving no hole in a page.
 */
import { ALL_COLUMNS, ChildList, ChildRow, countChildren, fetchChildPages, UNSCOPED } from '../../src/db/child-lists';
import type { Page, PageWindow } from '../../src/db/keyset';
import { Loaders } from '../../src/db/loaders';
import { rowScopesFor } from '../../src/auth/row-scopes';
import { ANONYMOUS } from '../../src/auth/viewer';
import { OffshoreBase } from '../../src/modules/offshore-base/offshore-base.entity';
import { Engagement } from '../../src/modules/talent/engagement.entity';
import { Talent } from '../../src/modules/talent/talent.entity';
import { insert, openUnitDatabase, rows, Statement, UnitDatabase } from './database';

/** Many-to-many through engagement: a station's talents. */
const STATION_TALENTS: ChildList<Talent, Engagement> = {
  name: 'test station.talents',
  node: Talent,
  link: { entity: Engagement, parentColumn: 'station_id', nodeColumn: 'talent_id' },
};
/** Many-to-many whose link table also holds rows to no node of it: a talent's bases (its station engagements are not). */
const TALENT_BASES: ChildList<OffshoreBase, Engagement> = {
  name: 'test talent.offshoreBases',
  node: OffshoreBase,
  link: { entity: Engagement, parentColumn: 'talent_id', nodeColumn: 'offshore_base_id' },
};
/** One-to-many: an organisation's talents. */
const ORGANIZATION_TALENTS: ChildList<Talent> = { name: 'test organization.talents', node: Talent, parentColumn: 'affiliation_id' };

let db: UnitDatabase;
/** Parents and children by name; engagement ids by "station/talent". */
const id: Record<string, number> = {};

/**
 *  station A: t1, t2, t3 (t3 PROPOSED)     organisation O1: t1, t2, t3
 *  station B: t4                             organisation O2: t4
 *  station C: t5, t6, t7, t8                 organisation O3: none
 *  station D: none                           t1 is also at bases X and Y, engaged there after A
 */
beforeAll(async () => {
  db = await openUnitDatabase();
  const district = await insert(db, 'district', rows.district());
  const unit = await insert(db, 'host_unit', rows.hostUnit(district));
  for (const name of ['O1', 'O2', 'O3']) id[name] = await insert(db, 'organization', rows.organization());
  const affiliation: Record<string, string> = { t1: 'O1', t2: 'O1', t3: 'O1', t4: 'O2' };
  for (let i = 1; i <= 8; i++) {
    const name = `t${i}`;
    id[name] = await insert(db, 'talent', rows.talent(name, { affiliation_id: affiliation[name] ? id[affiliation[name]] : null }));
  }
  for (const name of ['A', 'B', 'C', 'D']) id[name] = await insert(db, 'station', rows.station(unit, district));
  for (const name of ['X', 'Y']) id[name] = await insert(db, 'offshore_base', rows.offshoreBase(district));
  const engage = async (station: string, talent: string, status = 'CONFIRMED') => {
    id[`${station}/${talent}`] = await insert(db, 'engagement', rows.engagement(id[talent], { station_id: id[station] }, status));
  };
  // Interleaved, so each station's engagement ids are not consecutive.
  await engage('A', 't1');
  await engage('C', 't5');
  await engage('A', 't2');
  await engage('C', 't6');
  await engage('B', 't4');
  await engage('A', 't3', 'PROPOSED');
  await engage('C', 't7');
  await engage('C', 't8');
  id['X/t1'] = await insert(db, 'engagement', rows.engagement(id.t1, { offshore_base_id: id.X }));
  id['Y/t1'] = await insert(db, 'engagement', rows.engagement(id.t1, { offshore_base_id: id.Y }));
});
afterAll(() => db?.close());

const FIRST = (first: number, after: number | null = null): PageWindow => ({ first, after: after === null ? null : { id: after, value: after }, last: null, before: null });
const LAST = (last: number, before: number | null = null): PageWindow => ({ first: null, after: null, last, before: before === null ? null : { id: before, value: before } });

/** A page as names: the keys (engagement "station/talent", or the node's name) in page order, and its flags. */
function describePage(page: Page<ChildRow<{ name?: string; nameZh?: string; id: number }, unknown>>) {
  return { ids: page.rows.map((row) => row.id), nodes: page.rows.map((row) => row.node.id), next: page.hasNextPage, previous: page.hasPreviousPage };
}

/**
 * The values a statement was sent. On SQLite TypeORM writes a single number into the SQL itself
 * (take, after, before) and binds only lists and text, so the bound values of a child list's
 * statement are exactly its parent keys, then any scope values.
 */
const boundIn = (statement: Statement): unknown[] => statement.parameters;

describe('fetchChildPages: one statement for every parent', () => {
  const stations = () => [id.A, id.B, id.C, id.D];

  test('each parent gets its own first n by key, in key order; the statement carries every parent id once', async () => {
    let pages!: Page<ChildRow<Talent, Engagement>>[];
    const statements = await db.recording(async () => (pages = await fetchChildPages(db.dataSource, STATION_TALENTS, FIRST(2), stations())));
    expect(statements).toHaveLength(1);
    expect(statements[0].sql).toMatch(/PARTITION BY k\."station_id" ORDER BY k\.id ASC/);
    expect(statements[0].sql).toMatch(/k\."station_id" IN \(\?, \?, \?, \?\)/);
    expect(boundIn(statements[0])).toEqual(stations());
    expect(pages.map(describePage)).toEqual([
      { ids: [id['A/t1'], id['A/t2']], nodes: [id.t1, id.t2], next: true, previous: false },
      { ids: [id['B/t4']], nodes: [id.t4], next: false, previous: false },
      { ids: [id['C/t5'], id['C/t6']], nodes: [id.t5, id.t6], next: true, previous: false },
      { ids: [], nodes: [], next: false, previous: false },
    ]);
    // The edge carries its link row; the node is the whole talent.
    expect(pages[0].rows[0].link).toMatchObject({ id: id['A/t1'], stationId: id.A, talentId: id.t1, status: 'CONFIRMED' });
    expect(pages[0].rows[0].node).toMatchObject({ id: id.t1, name: 't1' });
  });

  test('pages come back in the order the parents were asked, whatever order the rows arrive in', async () => {
    const pages = await fetchChildPages(db.dataSource, STATION_TALENTS, FIRST(1), [id.D, id.C, id.A]);
    expect(pages.map((page) => page.rows.map((row) => row.node.id))).toEqual([[], [id.t5], [id.t1]]);
  });

  test('after: each parent continues past the key, and says there was a previous page', async () => {
    const pages = await fetchChildPages(db.dataSource, STATION_TALENTS, FIRST(2, id['C/t5']), [id.A, id.C]);
    expect(pages.map(describePage)).toEqual([
      // The key is one position for every parent: A's keys beyond it.
      { ids: [id['A/t2'], id['A/t3']], nodes: [id.t2, id.t3], next: false, previous: true },
      { ids: [id['C/t6'], id['C/t7']], nodes: [id.t6, id.t7], next: true, previous: true },
    ]);
  });

  test('last: the final n of each parent, still in key order', async () => {
    const pages = await fetchChildPages(db.dataSource, STATION_TALENTS, LAST(2), [id.A, id.B, id.C]);
    expect(pages.map(describePage)).toEqual([
      { ids: [id['A/t2'], id['A/t3']], nodes: [id.t2, id.t3], next: false, previous: true },
      { ids: [id['B/t4']], nodes: [id.t4], next: false, previous: false },
      { ids: [id['C/t7'], id['C/t8']], nodes: [id.t7, id.t8], next: false, previous: true },
    ]);
  });

  test('last with before', async () => {
    const [page] = await fetchChildPages(db.dataSource, STATION_TALENTS, LAST(2, id['C/t8']), [id.C]);
    expect(describePage(page)).toEqual({ ids: [id['C/t6'], id['C/t7']], nodes: [id.t6, id.t7], next: true, previous: true });
  });

  test('no parents, or a page of 0, asks the database nothing', async () => {
    const statements = await db.recording(async () => {
      expect(await fetchChildPages(db.dataSource, STATION_TALENTS, FIRST(5), [])).toEqual([]);
      expect(await fetchChildPages(db.dataSource, STATION_TALENTS, FIRST(0), [id.A, id.B])).toEqual([
        { rows: [], hasNextPage: false, hasPreviousPage: false },
        { rows: [], hasNextPage: false, hasPreviousPage: false },
      ]);
      expect(await countChildren(db.dataSource, STATION_TALENTS, [])).toEqual([]);
    });
    expect(statements).toEqual([]);
  });

  test('one-to-many: the node is the keyed row', async () => {
    const organizations = [id.O1, id.O2, id.O3];
    let pages!: Page<ChildRow<Talent>>[];
    const statements = await db.recording(async () => (pages = await fetchChildPages(db.dataSource, ORGANIZATION_TALENTS, FIRST(2), organizations)));
    expect(statements).toHaveLength(1);
    expect(statements[0].sql).toMatch(/PARTITION BY k\."affiliation_id" ORDER BY k\.id ASC/);
    expect(boundIn(statements[0])).toEqual(organizations);
    expect(pages.map(describePage)).toEqual([
      { ids: [id.t1, id.t2], nodes: [id.t1, id.t2], next: true, previous: false },
      { ids: [id.t4], nodes: [id.t4], next: false, previous: false },
      { ids: [], nodes: [], next: false, previous: false },
    ]);
  });

  test('link rows to no node of the list take no rank: no hole in the page', async () => {
    // t1's first engagement is at station A (offshore_base_id NULL): a base page of 1 must still hold X.
    expect(id['A/t1']).toBeLessThan(id['X/t1']);
    const [page] = await fetchChildPages(db.dataSource, TALENT_BASES, FIRST(1), [id.t1]);
    expect(describePage(page)).toEqual({ ids: [id['X/t1']], nodes: [id.X], next: true, previous: false });
    expect(await countChildren(db.dataSource, TALENT_BASES, [id.t1, id.t2])).toEqual([2, 0]);
  });

  test("the list's fixed condition narrows pages and counts", async () => {
    const proposals: ChildList<Talent, Engagement> = { ...STATION_TALENTS, where: "k.status = 'PROPOSED'" };
    const [a, c] = await fetchChildPages(db.dataSource, proposals, FIRST(5), [id.A, id.C]);
    expect([a.rows.map((row) => row.node.id), c.rows]).toEqual([[id.t3], []]);
    expect(await countChildren(db.dataSource, proposals, [id.A, id.C])).toEqual([1, 0]);
  });

  test("the caller's scope on the link rows is inside the ranking: the page is full and agrees with the count", async () => {
    const scopes = { node: null, link: rowScopesFor(ANONYMOUS).of(Engagement) };
    let pages!: Page<ChildRow<Talent, Engagement>>[];
    const statements = await db.recording(async () => (pages = await fetchChildPages(db.dataSource, STATION_TALENTS, LAST(2), [id.A, id.C], ALL_COLUMNS, undefined, scopes)));
    expect(statements).toHaveLength(1);
    expect(statements[0].sql).toMatch(/k\.status = \?/);
    expect(statements[0].parameters).toContain('CONFIRMED');
    // A's proposed t3 is not there, and A's last 2 are the two confirmed ones (no hole where t3 ranked).
    expect(pages.map(describePage)).toEqual([
      { ids: [id['A/t1'], id['A/t2']], nodes: [id.t1, id.t2], next: false, previous: false },
      { ids: [id['C/t7'], id['C/t8']], nodes: [id.t7, id.t8], next: false, previous: true },
    ]);
    expect(await countChildren(db.dataSource, STATION_TALENTS, [id.A, id.B, id.C, id.D], scopes)).toEqual([2, 1, 4, 0]);
    expect(await countChildren(db.dataSource, STATION_TALENTS, [id.A, id.B, id.C, id.D], UNSCOPED)).toEqual([3, 1, 4, 0]);
  });

  test('a scope on the nodes is checked against the node table', async () => {
    const onlyT2: typeof UNSCOPED = { node: (alias, params) => `${alias}.name = ${params.bind('t2')}`, link: null };
    const statements = await db.recording(async () => {
      const [page] = await fetchChildPages(db.dataSource, STATION_TALENTS, FIRST(5), [id.A], ALL_COLUMNS, undefined, onlyT2);
      expect(page.rows.map((row) => row.node.id)).toEqual([id.t2]);
    });
    expect(statements[0].sql).toMatch(/EXISTS \(SELECT 1 FROM "talent" s WHERE s\.id = k\."talent_id" AND s\.name = \?\)/);
  });

  test('an edge asking only for the link id reads no link columns', async () => {
    const statements = await db.recording(async () => {
      const [page] = await fetchChildPages(db.dataSource, STATION_TALENTS, FIRST(1), [id.A], { node: ['id', 'name'], link: ['id'] });
      expect(page.rows[0].id).toBe(id['A/t1']);
      expect(page.rows[0].link).toBeUndefined();
    });
    expect(statements[0].sql).not.toMatch(/l_/);
  });

  test('counts: one GROUP BY for every parent, 0 for a parent with none', async () => {
    const stations = [id.D, id.C, id.B, id.A];
    let counts!: number[];
    const statements = await db.recording(async () => (counts = await countChildren(db.dataSource, STATION_TALENTS, stations)));
    expect(counts).toEqual([0, 4, 1, 3]);
    expect(statements).toHaveLength(1);
    expect(statements[0].sql).toMatch(/GROUP BY k\."station_id"$/);
    expect(boundIn(statements[0])).toEqual(stations);
  });
});

describe('the loaders batch the loads of one tick into one statement per list and window', () => {
  test('every parent loaded in the same tick shares one statement; a repeated key is asked once', async () => {
    const loaders = new Loaders(db.dataSource);
    let pages!: Page<ChildRow<Talent, Engagement>>[];
    const statements = await db.recording(async () => {
      const loader = loaders.children(STATION_TALENTS, FIRST(2));
      pages = await Promise.all([id.C, id.A, id.C, id.D].map((parent) => loader.load(parent)));
    });
    expect(statements).toHaveLength(1);
    expect(boundIn(statements[0])).toEqual([id.C, id.A, id.D]);
    expect(pages.map((page) => page.rows.map((row) => row.node.id))).toEqual([[id.t5, id.t6], [id.t1, id.t2], [id.t5, id.t6], []]);
    // Loaded again in the same request: answered from the cache.
    expect(await db.recording(() => loaders.children(STATION_TALENTS, FIRST(2)).load(id.A))).toEqual([]);
  });

  test('different windows are different batches; so are different lists; counts are their own GROUP BY', async () => {
    const loaders = new Loaders(db.dataSource);
    const statements = await db.recording(() =>
      Promise.all([
        loaders.children(STATION_TALENTS, FIRST(2)).load(id.A),
        loaders.children(STATION_TALENTS, FIRST(3)).load(id.B),
        loaders.children(STATION_TALENTS, FIRST(2)).load(id.C),
        loaders.children(ORGANIZATION_TALENTS, FIRST(2)).load(id.O1),
        loaders.childCount(STATION_TALENTS).load(id.A),
        loaders.childCount(STATION_TALENTS).load(id.B),
      ]),
    );
    const batches = statements.map((statement) => ({
      take: /r\.p__rank <= (\d+)/.exec(statement.sql)?.[1] ?? 'count',
      parents: boundIn(statement),
    }));
    expect(batches).toHaveLength(4);
    // One row more than the page: it says whether more follow.
    expect(batches).toEqual(
      expect.arrayContaining([
        { take: '3', parents: [id.A, id.C] },
        { take: '4', parents: [id.B] },
        { take: 'count', parents: [id.A, id.B] },
      ]),
    );
    const organizationBatch = statements.find((statement) => statement.sql.includes('PARTITION BY k."affiliation_id"'));
    expect(organizationBatch && boundIn(organizationBatch)).toEqual([id.O1]);
  });

  test("an anonymous caller's loaders put the engagement scope into the batch", async () => {
    const loaders = new Loaders(db.dataSource, rowScopesFor(ANONYMOUS));
    const [page, count] = await Promise.all([loaders.children(STATION_TALENTS, FIRST(5)).load(id.A), loaders.childCount(STATION_TALENTS).load(id.A)]);
    expect(page.rows.map((row) => row.node.id)).toEqual([id.t1, id.t2]);
    expect(count).toBe(2);
  });
});
