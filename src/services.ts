/** The set of domain services, one instance each per process (they hold no request state). */
import type { DataSource } from 'typeorm';
import { NetworkStatsService } from './modules/stats/network-stats.service';
import { StationService } from './modules/station/station.service';
import { TalentService } from './modules/talent/talent.service';
import { ProjectService } from './modules/project/project.service';
import { PlatformService } from './modules/platform/platform.service';
import { ActivityService } from './modules/activity/activity.service';
import { FundingGrantService } from './modules/funding/funding.service';
import { EvaluationService } from './modules/evaluation/evaluation.service';
import { AnnouncementService } from './modules/announcement/announcement.service';
import { OrganizationService } from './modules/organization/organization.service';
import { HostUnitService } from './modules/host-unit/host-unit.service';
import { OffshoreBaseService } from './modules/offshore-base/offshore-base.service';
import { StationApplicationService } from './modules/application/application.service';
import { DistrictService, ResearchFieldService } from './modules/reference/reference.service';

export interface Services {
  stations: StationService;
  talents: TalentService;
  projects: ProjectService;
  platforms: PlatformService;
  activities: ActivityService;
  fundingGrants: FundingGrantService;
  evaluations: EvaluationService;
  announcements: AnnouncementService;
  networkStats: NetworkStatsService;
  organizations: OrganizationService;
  hostUnits: HostUnitService;
  offshoreBases: OffshoreBaseService;
  stationApplications: StationApplicationService;
  districts: DistrictService;
  researchFields: ResearchFieldService;
}

export function createServices(dataSource: DataSource): Services {
  return {
    stations: new StationService(dataSource),
    talents: new TalentService(dataSource),
    projects: new ProjectService(dataSource),
    platforms: new PlatformService(dataSource),
    activities: new ActivityService(dataSource),
    fundingGrants: new FundingGrantService(dataSource),
    evaluations: new EvaluationService(dataSource),
    announcements: new AnnouncementService(dataSource),
    networkStats: new NetworkStatsService(dataSource),
    organizations: new OrganizationService(dataSource),
    hostUnits: new HostUnitService(dataSource),
    offshoreBases: new OffshoreBaseService(dataSource),
    stationApplications: new StationApplicationService(dataSource),
    districts: new DistrictService(dataSource),
    researchFields: new ResearchFieldService(dataSource),
  };
}
