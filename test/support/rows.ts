/**
 * Rows a test adds to its own database, each with just enough columns to be valid; the caller sets
 * the ones the test is about. Names carry a counter so unique columns never collide.
 */
import type { DataSource, DeepPartial, EntityTarget, ObjectLiteral } from 'typeorm';
import { AmbassadorAppointment } from '../../src/modules/talent/ambassador-appointment.entity';
import { Disbursement } from '../../src/modules/funding/disbursement.entity';
import { Engagement, EngagementRole } from '../../src/modules/talent/engagement.entity';
import { FundingGrant, GrantKind } from '../../src/modules/funding/funding-grant.entity';
import { HostUnit, HostUnitKind } from '../../src/modules/host-unit/host-unit.entity';
import { Organization, OrganizationKind } from '../../src/modules/organization/organization.entity';
import { Partnership, PartnershipKind } from '../../src/modules/partnership/partnership.entity';
import { Platform, PlatformKind } from '../../src/modules/platform/platform.entity';
import { Project, ProjectStatus } from '../../src/modules/project/project.entity';
import { Station } from '../../src/modules/station/station.entity';
import { StationHead } from '../../src/modules/station/station-head.entity';
import { StationResearchField } from '../../src/modules/station/station-research-field.entity';
import { StationStatus } from '../../src/modules/station/station-status';
import { Degree, Talent } from '../../src/modules/talent/talent.entity';

let serial = 0;
const tag = () => `${process.pid}-${++serial}`;

export function testRows(ds: () => DataSource) {
  const save = async <T extends ObjectLiteral>(entity: EntityTarget<T>, row: Partial<T>): Promise<T> => (await ds().getRepository(entity).save(row as DeepPartial<T>)) as T;
  const firstId = async (sql: string): Promise<number> => Number((await ds().query(sql))[0].id);

  return {
    hostUnit: async (row: Partial<HostUnit> = {}) =>
      save(HostUnit, { kind: HostUnitKind.ENTERPRISE, nameZh: `测试单位${tag()}有限公司`, districtId: await firstId('SELECT id FROM district ORDER BY id'), ...row }),

    /** A station and its own host unit (of `hostUnitKind`), in the station's district. */
    async station(row: Partial<Station> = {}, hostUnitKind: HostUnitKind = HostUnitKind.ENTERPRISE): Promise<Station> {
      const districtId = (row.districtId as number | undefined) ?? (await firstId('SELECT id FROM district ORDER BY id'));
      const unit = await this.hostUnit({ kind: hostUnitKind, districtId });
      return save(Station, {
        nameZh: `测试工作站${tag()}`,
        hostUnitId: unit.id,
        districtId,
        status: StationStatus.ACTIVE,
        approvalYear: 2023,
        approvedOn: '2023-06-30',
        validUntil: '2026-06-29',
        ...row,
      });
    },

    researchFieldLink: (stationId: number, researchFieldId: number) => save(StationResearchField, { stationId, researchFieldId }),

    talent: (row: Partial<Talent> = {}) =>
      save(Talent, { name: `Test Talent ${tag()}`, countryCode: 'DE', degree: Degree.DOCTORATE, isReturnee: false, ...row }),

    /** At a station or a base: pass exactly one of stationId, offshoreBaseId. */
    engagement: (row: Partial<Engagement> & { talentId: number }) =>
      save(Engagement, { role: EngagementRole.RESEARCHER, startedOn: '2023-01-01', ...row }),

    organization: (row: Partial<Organization> = {}) =>
      save(Organization, { kind: OrganizationKind.UNIVERSITY, nameZh: `测试大学${tag()}`, countryCode: 'US', ...row }),

    /** Held by a station, a base, or the operator (neither set). */
    partnership: (row: Partial<Partnership> & { organizationId: number }) =>
      save(Partnership, { kind: PartnershipKind.EXCHANGE, since: '2023-01-01', ...row }),

    project: (row: Partial<Project> = {}) =>
      save(Project, { nameZh: `测试项目${tag()}`, status: ProjectStatus.INTRODUCED, amountCny: 1_000_000, introducedOn: '2023-05-01', ...row }),

    platform: (row: Partial<Platform> = {}) =>
      save(Platform, { nameZh: `测试平台${tag()}`, kind: PlatformKind.JOINT_LAB, establishedOn: '2023-05-01', ...row }),

    head: (row: Partial<StationHead> = {}) => save(StationHead, { nameZh: `测试站长${tag()}`, ...row }),

    ambassador: (talentId: number) => save(AmbassadorAppointment, { talentId, batch: 9, appointedOn: '2023-09-01' }),

    grant: (row: Partial<FundingGrant> = {}) =>
      save(FundingGrant, { kind: GrantKind.ESTABLISHMENT, title: `测试经费${tag()}`, year: 2023, amountCny: 100_000, awardedOn: '2023-03-01', ...row }),

    disbursement: (row: Partial<Disbursement> & { fundingGrantId: number }) =>
      save(Disbursement, { amountCny: 10_000, disbursedOn: '2023-04-01', ...row }),

    /** The id of the first row an SQL statement selects (as `id`). */
    firstId,
  };
}
