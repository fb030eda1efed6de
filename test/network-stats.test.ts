/**
 * networkStats over HTTP: the article's figures as of its day, today's figures from every row (the
 * generated continuation's too), `asOf` checked and filtering on each row's date, and figures that
 * follow the rows.
 */
import { AS_OF } from '../seeds/gen/timeline';
import { dataOf, startTestApp, TestApp } from './support/app';
import { GrantKind } from '../src/modules/funding/funding-grant.entity';
import { Disbursement } from '../src/modules/funding/disbursement.entity';
import { FundingGrant } from '../src/modules/funding/funding-grant.entity';
import { HostUnit, HostUnitKind } from '../src/modules/host-unit/host-unit.entity';
import { Organization, OrganizationKind } from '../src/modules/organization/organization.entity';
import { Partnership, PartnershipKind } from '../src/modules/partnership/partnership.entity';
import { Project, ProjectStatus } from '../src/modules/project/project.entity';
import { Station } from '../src/modules/station/station.entity';
import { StationStatus } from '../src/modules/station/station-status';
import { Degree, Talent } from '../src/modules/talent/talent.entity';
import { Engagement, EngagementRole } from '../src/modules/talent/engagement.entity';

import type { NetworkStatsQuery } from './generated/operations';
import { operation } from './support/operations';

type Stats = NetworkStatsQuery['networkStats'];

let app: TestApp;
const stats = async (): Promise<Stats> => dataOf(await app.query<NetworkStatsQuery>(operation('NetworkStats'))).networkStats;

beforeAll(async () => {
  app = await startTestApp('network_stats');
});
afterAll(async () => {
  await app?.stop();
});

const FIGURES = 'stations overseasTalents returneeTalents partnerOrganizations projects projectAmountCny incubatedProjects platforms signedTopExperts certifiedStationHeads ambassadors fundingDisbursedCny';
const statsAsOf = async (asOf: string): Promise<Stats> => dataOf(await app.query<{ networkStats: Stats }>(`query($asOf: String) { networkStats(asOf: $asOf) { ${FIGURES} } }`, { asOf })).networkStats;

test('the seeded network reproduces the figures the article publishes, as of its day', async () => {
  const figures = await statsAsOf(AS_OF);
  expect(figures).toMatchObject({
    stations: 64,
    overseasTalents: 402,
    projects: 134,
    projectAmountCny: 420_000_000,
    incubatedProjects: 49,
    platforms: 40,
    signedTopExperts: 40,
    certifiedStationHeads: 48,
    ambassadors: 6,
    fundingDisbursedCny: 12_500_000,
  });
  // The article says "210 多" and "100 多": more than, not exactly.
  expect(figures.returneeTalents).toBeGreaterThanOrEqual(210);
  expect(figures.partnerOrganizations).toBeGreaterThanOrEqual(100);
});

test("without asOf the figures are today's: every row counted, more than the article's where the continuation added", async () => {
  const today = await stats();
  const then = await statsAsOf(AS_OF);
  const scalar = async (sql: string) => Number(Object.values((await app.dataSource.query(sql))[0])[0]);
  expect(today.stations).toBe(await scalar('SELECT COUNT(*) FROM station'));
  expect(today.certifiedStationHeads).toBe(await scalar('SELECT COUNT(*) FROM station_head WHERE certified_on IS NOT NULL'));
  expect(today.stations).toBeGreaterThan(then.stations);
  expect(today.fundingDisbursedCny).toBeGreaterThan(then.fundingDisbursedCny);
  // The demo is alive: generated stations stand ACTIVE today, valid past it.
  expect(await scalar(`SELECT COUNT(*) FROM station WHERE status = 'ACTIVE' AND valid_until >= '${new Date().toISOString().slice(0, 10)}'`)).toBeGreaterThan(0);
});

test('asOf counts only the rows dated on or before it, each figure on its own date column', async () => {
  const day = '2021-12-31';
  const figures = await statsAsOf(day);
  const scalar = async (sql: string) => Number(Object.values((await app.dataSource.query(sql, [day]))[0])[0]);
  expect(figures).toEqual({
    stations: await scalar('SELECT COUNT(*) FROM station WHERE approved_on <= ?'),
    overseasTalents: await scalar("SELECT COUNT(DISTINCT e.talent_id) FROM engagement e JOIN talent t ON t.id = e.talent_id WHERE e.station_id IS NOT NULL AND e.status = 'CONFIRMED' AND t.country_code <> 'CN' AND e.started_on <= ?"),
    returneeTalents: await scalar("SELECT COUNT(DISTINCT e.talent_id) FROM engagement e JOIN talent t ON t.id = e.talent_id WHERE e.offshore_base_id IS NOT NULL AND e.status = 'CONFIRMED' AND t.is_returnee = 1 AND e.started_on <= ?"),
    partnerOrganizations: await scalar("SELECT COUNT(DISTINCT p.organization_id) FROM partnership p JOIN organization o ON o.id = p.organization_id WHERE o.country_code <> 'CN' AND p.since <= ?"),
    projects: await scalar("SELECT COUNT(*) FROM project WHERE station_id IS NOT NULL AND status <> 'NEGOTIATING' AND introduced_on <= ?"),
    projectAmountCny: await scalar("SELECT COALESCE(SUM(amount_cny), 0) FROM project WHERE station_id IS NOT NULL AND status <> 'NEGOTIATING' AND introduced_on <= ?"),
    incubatedProjects: await scalar('SELECT COUNT(*) FROM project WHERE offshore_base_id IS NOT NULL AND introduced_on <= ?'),
    platforms: await scalar('SELECT COUNT(*) FROM platform WHERE offshore_base_id IS NOT NULL AND established_on <= ?'),
    signedTopExperts: await scalar("SELECT COUNT(DISTINCT talent_id) FROM engagement WHERE offshore_base_id IS NOT NULL AND status = 'CONFIRMED' AND role = 'SIGNED_EXPERT' AND started_on <= ?"),
    certifiedStationHeads: await scalar('SELECT COUNT(*) FROM station_head WHERE certified_on <= ?'),
    ambassadors: await scalar('SELECT COUNT(DISTINCT talent_id) FROM ambassador_appointment WHERE appointed_on <= ?'),
    fundingDisbursedCny: await scalar("SELECT COALESCE(SUM(d.amount_cny), 0) FROM disbursement d JOIN funding_grant g ON g.id = d.funding_grant_id WHERE g.kind IN ('ESTABLISHMENT', 'DISTRICT_MATCHING') AND d.disbursed_on <= ?"),
  });
  // Earlier than the article: smaller where the network grew between.
  expect(figures.stations).toBeLessThan(64);
  expect(figures.fundingDisbursedCny).toBeLessThan(12_500_000);
});

test('asOf must be a real calendar day written YYYY-MM-DD', async () => {
  for (const asOf of ['2023-02-30', '2023-8-31', 'yesterday', '2023-08-31T00:00:00Z']) {
    const response = await app.query(`query($asOf: String) { networkStats(asOf: $asOf) { stations } }`, { asOf });
    expect([asOf, response.errors?.[0].extensions?.code, response.errors?.[0].message]).toEqual([asOf, 'BAD_USER_INPUT', 'asOf must be a date written YYYY-MM-DD']);
  }
});

test('networkStats is computed in one SQL statement, with or without asOf', async () => {
  app.statements.length = 0;
  await stats();
  expect(app.statements).toHaveLength(1);
  app.statements.length = 0;
  await statsAsOf(AS_OF);
  expect(app.statements).toHaveLength(1);
});

describe('figures follow the rows', () => {
  test('a new station, a new talent engaged there and a project move their figures', async () => {
    const before = await stats();
    const anyStation = (await app.dataSource.getRepository(Station).find({ order: { id: 'ASC' }, take: 1 }))[0];

    const station = await app.dataSource.transaction(async (manager) => {
      const unit = await manager.getRepository(HostUnit).save({
        kind: HostUnitKind.ENTERPRISE,
        nameZh: '测试新建站单位有限公司',
        nameEn: null,
        districtId: anyStation.districtId,
        legalRepresentative: null,
        serviceAreaM2: 150,
        seedKey: null,
        isGenerated: false,
      });
      return manager.getRepository(Station).save({
        nameZh: '测试新建站单位有限公司海智工作站',
        nameEn: null,
        hostUnitId: unit.id,
        districtId: anyStation.districtId,
        headId: null,
        offshoreBaseId: null,
        status: StationStatus.ACTIVE,
        approvalYear: 2023,
        approvalBatch: null,
        approvedOn: '2023-06-30',
        validUntil: '2026-06-29',
        seedKey: null,
        isGenerated: false,
      });
    });
    const talent = await app.dataSource.getRepository(Talent).save({
      name: 'Test Talent',
      nameEn: 'Test Talent',
      countryCode: 'DE',
      degree: Degree.DOCTORATE,
      title: null,
      isReturnee: false,
      affiliationId: null,
      email: null,
      phone: null,
      bio: null,
      seedKey: null,
      isGenerated: false,
    });
    await app.dataSource.getRepository(Engagement).save({
      talentId: talent.id,
      stationId: station.id,
      offshoreBaseId: null,
      role: EngagementRole.TECHNICAL_ADVISER,
      title: null,
      startedOn: '2023-07-01',
      endedOn: null,
      seedKey: null,
      isGenerated: false,
    });
    // Three billion yuan: beyond 2^31, so a 32-bit Int would overflow.
    await app.dataSource.getRepository(Project).save({
      nameZh: '测试大额项目',
      nameEn: null,
      status: ProjectStatus.INTRODUCED,
      amountCny: 3_000_000_000,
      researchFieldId: null,
      stationId: station.id,
      offshoreBaseId: null,
      partnerOrganizationId: null,
      talentId: talent.id,
      introducedOn: '2023-08-01',
      description: null,
      seedKey: null,
      isGenerated: false,
    });

    const after = await stats();
    expect(after.stations).toBe(before.stations + 1);
    expect(after.overseasTalents).toBe(before.overseasTalents + 1);
    expect(after.projects).toBe(before.projects + 1);
    expect(after.projectAmountCny).toBe(before.projectAmountCny + 3_000_000_000);
    expect(after.incubatedProjects).toBe(before.incubatedProjects);
  });

  test('what the article does not count moves no figure: a talent from China, a project under negotiation, a tie with a Chinese body', async () => {
    const before = await stats();
    const [station] = await app.dataSource.query('SELECT id FROM station ORDER BY id LIMIT 1');
    const person = {
      nameEn: null,
      degree: Degree.DOCTORATE,
      title: null,
      isReturnee: false,
      affiliationId: null,
      email: null,
      phone: null,
      bio: null,
      seedKey: null,
      isGenerated: false,
    };
    const talent = await app.dataSource.getRepository(Talent).save({ ...person, name: '测试国内人才', countryCode: 'CN' });
    const engagements = app.dataSource.getRepository(Engagement);
    const engagement = { stationId: station.id, offshoreBaseId: null, role: EngagementRole.RESEARCHER, title: null, startedOn: '2023-01-01', endedOn: null, seedKey: null, isGenerated: false };
    await engagements.save({ ...engagement, talentId: talent.id });
    const project = {
      nameEn: null,
      amountCny: 7_000_000,
      researchFieldId: null,
      stationId: station.id,
      offshoreBaseId: null,
      partnerOrganizationId: null,
      talentId: null,
      introducedOn: '2023-08-01',
      description: null,
      seedKey: null,
      isGenerated: false,
    };
    await app.dataSource.getRepository(Project).save({ ...project, nameZh: '测试洽谈中项目', status: ProjectStatus.NEGOTIATING });
    const body = {
      kind: OrganizationKind.RESEARCH_INSTITUTE,
      nameEn: null,
      city: null,
      website: null,
      jurisdiction: null,
      description: null,
      seedKey: null,
      isGenerated: false,
    };
    const domestic = await app.dataSource.getRepository(Organization).save({ ...body, nameZh: '测试国内研究院', countryCode: 'CN' });
    const partnerships = app.dataSource.getRepository(Partnership);
    const tie = { stationId: station.id, offshoreBaseId: null, kind: PartnershipKind.EXCHANGE, since: '2023-01-01', note: null, seedKey: null, isGenerated: false };
    await partnerships.save({ ...tie, organizationId: domestic.id });
    expect(await stats()).toEqual(before);

    // The same rows from abroad, or introduced, do count.
    const abroad = await app.dataSource.getRepository(Organization).save({ ...body, nameZh: '测试海外研究院', countryCode: 'SG' });
    await partnerships.save({ ...tie, organizationId: abroad.id });
    const overseas = await app.dataSource.getRepository(Talent).save({ ...person, name: '测试海外人才', countryCode: 'SG' });
    await engagements.save({ ...engagement, talentId: overseas.id });
    await app.dataSource.getRepository(Project).save({ ...project, nameZh: '测试已引进项目', status: ProjectStatus.INTRODUCED });
    expect(await stats()).toEqual({
      ...before,
      partnerOrganizations: before.partnerOrganizations + 1,
      overseasTalents: before.overseasTalents + 1,
      projects: before.projects + 1,
      projectAmountCny: before.projectAmountCny + 7_000_000,
    });
  });

  test('a talent engaged at a second station is still counted once', async () => {
    const before = await stats();
    const [existing] = await app.dataSource.query(
      'SELECT talent_id AS talentId, station_id AS stationId FROM engagement WHERE station_id IS NOT NULL ORDER BY id LIMIT 1',
    );
    const [other] = await app.dataSource.query('SELECT id FROM station WHERE id <> ? ORDER BY id LIMIT 1', [existing.stationId]);
    await app.dataSource.getRepository(Engagement).save({
      talentId: existing.talentId,
      stationId: other.id,
      offshoreBaseId: null,
      role: EngagementRole.RESEARCHER,
      title: null,
      startedOn: '2023-01-01',
      endedOn: null,
      seedKey: null,
      isGenerated: false,
    });
    expect((await stats()).overseasTalents).toBe(before.overseasTalents);
  });

  test('station funding counts when disbursed (establishment and district matching); academic-exchange grants do not', async () => {
    const before = await stats();
    const grants = app.dataSource.getRepository(FundingGrant);
    const payments = app.dataSource.getRepository(Disbursement);
    // A 2022 station has had the first 30,000 of its 50,000 establishment grant: pay the rest.
    const [establishment] = await app.dataSource.query(
      `SELECT g.id, g.station_id AS stationId, g.amount_cny - COALESCE(SUM(d.amount_cny), 0) AS remaining FROM funding_grant g
         LEFT JOIN disbursement d ON d.funding_grant_id = g.id WHERE g.kind = ? GROUP BY g.id, g.station_id, g.amount_cny
       HAVING g.amount_cny - COALESCE(SUM(d.amount_cny), 0) > 0 ORDER BY g.id LIMIT 1`,
      [GrantKind.ESTABLISHMENT],
    );
    expect(Number(establishment.remaining)).toBe(20_000);
    await payments.save({ fundingGrantId: establishment.id, amountCny: 20_000, disbursedOn: '2023-03-01', note: null, seedKey: null, isGenerated: false });
    expect((await stats()).fundingDisbursedCny).toBe(before.fundingDisbursedCny + 20_000);

    const other = await grants.save({
      kind: GrantKind.DISTRICT_MATCHING,
      title: '测试配套经费',
      stationId: establishment.stationId,
      offshoreBaseId: null,
      funderDistrictId: null,
      year: 2023,
      amountCny: 30_000,
      awardedOn: '2023-03-01',
      seedKey: null,
      isGenerated: false,
    });
    await payments.save({ fundingGrantId: other.id, amountCny: 30_000, disbursedOn: '2023-03-02', note: null, seedKey: null, isGenerated: false });
    expect((await stats()).fundingDisbursedCny).toBe(before.fundingDisbursedCny + 50_000);

    // Another programme: the article's 已累计拨付经费 is establishment and matching funds only.
    const exchange = await grants.save({
      kind: GrantKind.ACADEMIC_EXCHANGE,
      title: '测试国际学术交流活动资助',
      stationId: establishment.stationId,
      offshoreBaseId: null,
      funderDistrictId: null,
      year: 2023,
      amountCny: 40_000,
      awardedOn: '2023-03-01',
      seedKey: null,
      isGenerated: false,
    });
    await payments.save({ fundingGrantId: exchange.id, amountCny: 40_000, disbursedOn: '2023-03-03', note: null, seedKey: null, isGenerated: false });
    expect((await stats()).fundingDisbursedCny).toBe(before.fundingDisbursedCny + 50_000);
  });
});
