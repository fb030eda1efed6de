/** networkStats over HTTP: the article's figures after seeding, and figures that follow the rows. */
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

test('the seeded network reproduces the figures the article publishes', async () => {
  const figures = await stats();
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

test('networkStats is computed in one SQL statement', async () => {
  app.statements.length = 0;
  await stats();
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
