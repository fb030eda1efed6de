/**
 * Every networkStats figure moves by exactly what a new row it counts adds, and stays put for a row
 * its rule leaves out. Each step compares all twelve figures before and after (over HTTP), so a row
 * that moves a figure it should not is caught too.
 *
 * Tests marked NEW RULE follow the source article's definitions, which networkStats is being changed
 * to (projects exclude NEGOTIATING, partners and talents exclude China, funding counts establishment
 * and district matching funds, the article's 已累计拨付经费, not academic-exchange grants).
 */
import { dataOf, startTestApp, TestApp } from './support/app';
import { testRows } from './support/rows';
import { GrantKind } from '../src/modules/funding/funding-grant.entity';
import { HostUnitKind } from '../src/modules/host-unit/host-unit.entity';
import { ProjectStatus } from '../src/modules/project/project.entity';
import { StationStatus } from '../src/modules/station/station-status';
import { EngagementRole } from '../src/modules/talent/engagement.entity';

let app: TestApp;
const add = testRows(() => app.dataSource);
let bases: number[];
let station: number;
beforeAll(async () => {
  app = await startTestApp('stats_moves');
  bases = (await app.dataSource.query('SELECT id FROM offshore_base ORDER BY id')).map((row: { id: number }) => Number(row.id));
  station = await add.firstId('SELECT id FROM station ORDER BY id');
  expect(bases.length).toBeGreaterThanOrEqual(2);
});
afterAll(async () => {
  await app?.stop();
});

const FIGURES = [
  'stations',
  'overseasTalents',
  'returneeTalents',
  'partnerOrganizations',
  'projects',
  'projectAmountCny',
  'incubatedProjects',
  'platforms',
  'signedTopExperts',
  'certifiedStationHeads',
  'ambassadors',
  'fundingDisbursedCny',
] as const;
type Figures = Record<(typeof FIGURES)[number], number>;

async function figures(): Promise<Figures> {
  return dataOf(await app.query<{ networkStats: Figures }>(`{ networkStats { ${FIGURES.join(' ')} } }`)).networkStats;
}

/** Runs `change`, expects every figure to be what it was plus `deltas` (zero where not named), returns what `change` made. */
async function expectMoves<T>(deltas: Partial<Figures>, change: () => Promise<T>): Promise<T> {
  const before = await figures();
  const made = await change();
  const expected = Object.fromEntries(FIGURES.map((name) => [name, before[name] + (deltas[name] ?? 0)]));
  expect(await figures()).toEqual(expected);
  return made;
}

test('stations: every approved station counts, whatever its later status', async () => {
  await expectMoves({ stations: 1 }, () => add.station({ status: StationStatus.ACTIVE }));
  await expectMoves({ stations: 1 }, () => add.station({ status: StationStatus.REVOKED }));
  await expectMoves({ stations: 1 }, () => add.station({ status: StationStatus.SUSPENDED }, HostUnitKind.HOSPITAL));
});

test('overseasTalents: a talent abroad engaged at a station counts once, however many stations', async () => {
  const talent = await expectMoves({}, () => add.talent({ countryCode: 'NZ' })); // not engaged yet
  await expectMoves({ overseasTalents: 1 }, () => add.engagement({ talentId: talent.id, stationId: station }));
  const other = await add.station();
  await expectMoves({}, () => add.engagement({ talentId: talent.id, stationId: other.id, role: EngagementRole.TEAM_MEMBER }));
});

test('overseasTalents: a talent engaged only at an offshore base is not counted', async () => {
  const talent = await add.talent({ countryCode: 'GB' });
  await expectMoves({}, () => add.engagement({ talentId: talent.id, offshoreBaseId: bases[0] }));
});

// NEW RULE: overseas talents are those whose country is not China.
test('overseasTalents (NEW RULE): a talent from China engaged at a station is not an overseas talent', async () => {
  const talent = await add.talent({ countryCode: 'CN' });
  await expectMoves({}, () => add.engagement({ talentId: talent.id, stationId: station }));
});

test('returneeTalents: a returnee engaged at an offshore base counts once, however many bases', async () => {
  const talent = await add.talent({ countryCode: 'US', isReturnee: true });
  await expectMoves({ returneeTalents: 1 }, () => add.engagement({ talentId: talent.id, offshoreBaseId: bases[0] }));
  await expectMoves({}, () => add.engagement({ talentId: talent.id, offshoreBaseId: bases[1] }));
});

test('returneeTalents: not a non-returnee at a base, nor a returnee engaged at a station', async () => {
  const abroad = await add.talent({ countryCode: 'US', isReturnee: false });
  await expectMoves({}, () => add.engagement({ talentId: abroad.id, offshoreBaseId: bases[0] }));
  const returnee = await add.talent({ countryCode: 'US', isReturnee: true });
  // A station engagement makes them an overseas talent (US), not a returnee at a base.
  await expectMoves({ overseasTalents: 1 }, () => add.engagement({ talentId: returnee.id, stationId: station }));
});

test('partnerOrganizations: an overseas organisation counts once it has a partnership, once however many', async () => {
  const org = await expectMoves({}, () => add.organization({ countryCode: 'FR' })); // no partnership yet
  await expectMoves({ partnerOrganizations: 1 }, () => add.partnership({ organizationId: org.id, stationId: station }));
  await expectMoves({}, () => add.partnership({ organizationId: org.id, offshoreBaseId: bases[0] }));
  await expectMoves({}, () => add.partnership({ organizationId: org.id })); // held by the operator
});

// NEW RULE: partner organisations are overseas ones (country not China).
test('partnerOrganizations (NEW RULE): a partnership with an organisation in China is not counted', async () => {
  const org = await add.organization({ countryCode: 'CN', nameZh: '测试国内合作单位' });
  await expectMoves({}, () => add.partnership({ organizationId: org.id, stationId: station }));
});

test('projects and projectAmountCny: a station project counts with its amount, beyond 32 bits', async () => {
  // Three billion yuan: more than a 32-bit Int holds.
  await expectMoves({ projects: 1, projectAmountCny: 3_000_000_000 }, () =>
    add.project({ stationId: station, status: ProjectStatus.INTRODUCED, amountCny: 3_000_000_000 }),
  );
  await expectMoves({ projects: 2, projectAmountCny: 1_500_000 + 2_500_000 }, async () => {
    await add.project({ stationId: station, status: ProjectStatus.INCUBATING, amountCny: 1_500_000 });
    await add.project({ stationId: station, status: ProjectStatus.LANDED, amountCny: 2_500_000 });
  });
});

// NEW RULE: a project still being negotiated has not been introduced.
test('projects and projectAmountCny (NEW RULE): a NEGOTIATING station project is not counted', async () => {
  await expectMoves({}, () => add.project({ stationId: station, status: ProjectStatus.NEGOTIATING, amountCny: 7_000_000 }));
});

test('incubatedProjects: a project at an offshore base counts there, not among station projects', async () => {
  await expectMoves({ incubatedProjects: 1 }, () => add.project({ offshoreBaseId: bases[0], status: ProjectStatus.INCUBATING, amountCny: 9_000_000 }));
  await expectMoves({ incubatedProjects: 1 }, () => add.project({ offshoreBaseId: bases[1], status: ProjectStatus.LANDED, amountCny: 1 }));
});

test('platforms: a platform built by an offshore base counts; one built by a station does not', async () => {
  await expectMoves({ platforms: 1 }, () => add.platform({ offshoreBaseId: bases[0] }));
  await expectMoves({}, () => add.platform({ stationId: station }));
});

test('signedTopExperts: an expert signed by a base counts once, however many bases', async () => {
  const expert = await add.talent({ countryCode: 'CH' });
  await expectMoves({ signedTopExperts: 1 }, () => add.engagement({ talentId: expert.id, offshoreBaseId: bases[0], role: EngagementRole.SIGNED_EXPERT }));
  await expectMoves({}, () => add.engagement({ talentId: expert.id, offshoreBaseId: bases[1], role: EngagementRole.SIGNED_EXPERT }));
});

test('signedTopExperts: not another role at a base, nor a signed expert at a station', async () => {
  const researcher = await add.talent({ countryCode: 'CH' });
  await expectMoves({}, () => add.engagement({ talentId: researcher.id, offshoreBaseId: bases[0], role: EngagementRole.CHIEF_SCIENTIST }));
  const atStation = await add.talent({ countryCode: 'CH' });
  // At a station they are an overseas talent, not a base's signed expert.
  await expectMoves({ overseasTalents: 1 }, () => add.engagement({ talentId: atStation.id, stationId: station, role: EngagementRole.SIGNED_EXPERT }));
});

test('certifiedStationHeads: a head with a certification date counts; one without does not', async () => {
  await expectMoves({ certifiedStationHeads: 1 }, () => add.head({ certifiedOn: '2023-10-01' }));
  await expectMoves({}, () => add.head({ certifiedOn: null }));
});

test('ambassadors: appointing a talent counts them', async () => {
  const talent = await add.talent({ countryCode: 'AU' });
  await expectMoves({ ambassadors: 1 }, () => add.ambassador(talent.id));
});

test('fundingDisbursedCny: establishment money counts when disbursed, not when awarded', async () => {
  const grant = await expectMoves({}, () => add.grant({ kind: GrantKind.ESTABLISHMENT, stationId: station, amountCny: 200_000 })); // awarded, not paid
  await expectMoves({ fundingDisbursedCny: 50_000 }, () => add.disbursement({ fundingGrantId: grant.id, amountCny: 50_000 }));
  await expectMoves({ fundingDisbursedCny: 70_000 }, () => add.disbursement({ fundingGrantId: grant.id, amountCny: 70_000 }));
});

// NEW RULE: station funding counts (establishment and district matching); academic-exchange grants are another programme.
test('fundingDisbursedCny (NEW RULE): district matching funds count; academic-exchange grants do not', async () => {
  const matching = await add.grant({ kind: GrantKind.DISTRICT_MATCHING, stationId: station });
  const exchange = await add.grant({ kind: GrantKind.ACADEMIC_EXCHANGE, offshoreBaseId: bases[0] });
  await expectMoves({ fundingDisbursedCny: 20_000 }, () => add.disbursement({ fundingGrantId: matching.id, amountCny: 20_000 }));
  await expectMoves({}, () => add.disbursement({ fundingGrantId: exchange.id, amountCny: 30_000 }));
});
