/**
 * Every networkStats breakdown moves by exactly what a new row it counts adds, in the bucket the row
 * belongs to, and stays put for a row its rule leaves out. Each step reads all six breakdowns before
 * and after (over HTTP) and compares every bucket, so a row landing in the wrong bucket, or in a
 * breakdown it does not belong to, is caught too.
 */
import { AS_OF } from '../seeds/gen/timeline';
import { dataOf, startTestApp, TestApp } from './support/app';
import { testRows } from './support/rows';
import { HostUnitKind } from '../src/modules/host-unit/host-unit.entity';
import { ProjectStatus } from '../src/modules/project/project.entity';
import { EngagementRole } from '../src/modules/talent/engagement.entity';

let app: TestApp;
const add = testRows(() => app.dataSource);
beforeAll(async () => {
  // The network as the article left it: a test below needs a host-unit kind no station has yet,
  // which the generated stations since then have all taken.
  app = await startTestApp('stats_breakdown_moves', { seedUntil: AS_OF });
});
afterAll(async () => {
  await app?.stop();
});

const BREAKDOWNS = ['byDistrict', 'byCountry', 'byResearchField', 'byApprovalYear', 'byHostUnitKind', 'byProjectStatus'] as const;
type Name = (typeof BREAKDOWNS)[number];
interface Bucket {
  key: string;
  label: string;
  count: number;
  amountCny: number | null;
}
/** Per breakdown, per key: the bucket's count and amount (labels are checked where a bucket is new). */
type Tallies = Record<Name, Record<string, { count: number; amountCny: number | null }>>;
/** Per breakdown, per key: how much count (and amount) a change should add. */
type Deltas = Partial<Record<Name, Record<string, { count: number; amountCny?: number }>>>;

async function breakdowns(): Promise<Record<Name, Bucket[]>> {
  const fields = BREAKDOWNS.map((name) => `${name} { key label count amountCny }`).join(' ');
  return dataOf(await app.query<{ networkStats: Record<Name, Bucket[]> }>(`{ networkStats { ${fields} } }`)).networkStats;
}

function tallies(all: Record<Name, Bucket[]>): Tallies {
  return Object.fromEntries(
    BREAKDOWNS.map((name) => [name, Object.fromEntries(all[name].map((b) => [b.key, { count: b.count, amountCny: b.amountCny }]))]),
  ) as Tallies;
}

/** Runs `change`, expects every bucket of every breakdown to be what it was plus `deltas`; returns the buckets after. */
async function expectMoves(deltas: Deltas, change: () => Promise<unknown>): Promise<Record<Name, Bucket[]>> {
  const before = tallies(await breakdowns());
  await change();
  const after = await breakdowns();
  const expected = structuredClone(before);
  for (const [name, byKey] of Object.entries(deltas) as [Name, Record<string, { count: number; amountCny?: number }>][]) {
    for (const [key, delta] of Object.entries(byKey)) {
      const was = expected[name][key] ?? { count: 0, amountCny: delta.amountCny === undefined ? null : 0 };
      expected[name][key] = { count: was.count + delta.count, amountCny: delta.amountCny === undefined ? was.amountCny : (was.amountCny ?? 0) + delta.amountCny };
    }
  }
  expect(tallies(after)).toEqual(expected);
  return after;
}

const bucket = (all: Record<Name, Bucket[]>, name: Name, key: string) => all[name].find((b) => b.key === key);

test('a station moves byDistrict, byApprovalYear and byHostUnitKind, each in its own bucket', async () => {
  const [district] = await app.dataSource.query('SELECT id, code FROM district WHERE id IN (SELECT district_id FROM station) ORDER BY id LIMIT 1');
  await expectMoves({ byDistrict: { [district.code]: { count: 1 } }, byApprovalYear: { '2023': { count: 1 } }, byHostUnitKind: { HOSPITAL: { count: 1 } } }, () =>
    add.station({ districtId: Number(district.id), approvalYear: 2023 }, HostUnitKind.HOSPITAL),
  );
});

test('a station in a district, year and kind the network has none of yet opens new buckets, labelled', async () => {
  const [district] = await app.dataSource.query('SELECT id, code, name_zh FROM district WHERE id NOT IN (SELECT district_id FROM station) ORDER BY id LIMIT 1');
  const used = new Set((await app.dataSource.query('SELECT DISTINCT h.kind FROM station s JOIN host_unit h ON h.id = s.host_unit_id')).map((row: { kind: string }) => row.kind));
  const kind = Object.values(HostUnitKind).find((k) => !used.has(k))!;
  expect(district).toBeDefined();
  expect(kind).toBeDefined();
  expect(bucket(await breakdowns(), 'byApprovalYear', '2031')).toBeUndefined();
  const after = await expectMoves({ byDistrict: { [district.code]: { count: 1 } }, byApprovalYear: { '2031': { count: 1 } }, byHostUnitKind: { [kind]: { count: 1 } } }, () =>
    add.station({ districtId: Number(district.id), approvalYear: 2031 }, kind),
  );
  expect(bucket(after, 'byDistrict', district.code)?.label).toBe(district.name_zh);
  expect(bucket(after, 'byApprovalYear', '2031')?.label).toBe('2031年');
  expect(bucket(after, 'byHostUnitKind', kind)?.label).not.toBe(kind);
});

test('a host unit without a station moves no breakdown', async () => {
  await expectMoves({}, () => add.hostUnit({ kind: HostUnitKind.UNIVERSITY }));
});

test('byResearchField: each field a station works in counts the station', async () => {
  const fields: { id: number; code: string }[] = await app.dataSource.query('SELECT id, code FROM research_field ORDER BY id LIMIT 2');
  const station = await add.station({ approvalYear: 2023 });
  await expectMoves({ byResearchField: { [fields[0].code]: { count: 1 }, [fields[1].code]: { count: 1 } } }, async () => {
    await add.researchFieldLink(station.id, Number(fields[0].id));
    await add.researchFieldLink(station.id, Number(fields[1].id));
  });
});

test('byCountry: a talent engaged at a station counts once in their country; a base engagement does not', async () => {
  const [station, other] = await app.dataSource.query('SELECT id FROM station ORDER BY id LIMIT 2');
  const [base] = await app.dataSource.query('SELECT id FROM offshore_base ORDER BY id LIMIT 1');
  const talent = await add.talent({ countryCode: 'NZ' });
  await expectMoves({ byCountry: { NZ: { count: 1 } } }, () => add.engagement({ talentId: talent.id, stationId: Number(station.id) }));
  await expectMoves({}, () => add.engagement({ talentId: talent.id, stationId: Number(other.id), role: EngagementRole.TEAM_MEMBER }));
  const atBase = await add.talent({ countryCode: 'NZ' });
  await expectMoves({}, () => add.engagement({ talentId: atBase.id, offshoreBaseId: Number(base.id) }));
});

test('byCountry: a country new to the network opens a bucket labelled in Chinese', async () => {
  const [station] = await app.dataSource.query('SELECT id FROM station ORDER BY id LIMIT 1');
  const [{ n }] = await app.dataSource.query("SELECT COUNT(*) AS n FROM talent WHERE country_code = 'IS'");
  expect(Number(n)).toBe(0);
  const talent = await add.talent({ countryCode: 'IS' });
  const after = await expectMoves({ byCountry: { IS: { count: 1 } } }, () => add.engagement({ talentId: talent.id, stationId: Number(station.id) }));
  expect(bucket(after, 'byCountry', 'IS')?.label).toBe('冰岛');
});

test('byProjectStatus: a station project adds to its status bucket with its amount; a base project does not', async () => {
  const [station] = await app.dataSource.query('SELECT id FROM station ORDER BY id LIMIT 1');
  const [base] = await app.dataSource.query('SELECT id FROM offshore_base ORDER BY id LIMIT 1');
  await expectMoves({ byProjectStatus: { LANDED: { count: 1, amountCny: 3_000_000_000 } } }, () =>
    add.project({ stationId: Number(station.id), status: ProjectStatus.LANDED, amountCny: 3_000_000_000 }),
  );
  await expectMoves({ byProjectStatus: { INTRODUCED: { count: 1, amountCny: 250_000 }, INCUBATING: { count: 1, amountCny: 750_000 } } }, async () => {
    await add.project({ stationId: Number(station.id), status: ProjectStatus.INTRODUCED, amountCny: 250_000 });
    await add.project({ stationId: Number(station.id), status: ProjectStatus.INCUBATING, amountCny: 750_000 });
  });
  await expectMoves({}, () => add.project({ offshoreBaseId: Number(base.id), status: ProjectStatus.LANDED, amountCny: 5_000_000 }));
});
