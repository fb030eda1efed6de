/** The set of domain services, one instance each per process (they hold no request state). */
import type { Authenticator } from './auth/authenticate';
import type { TokenService } from './auth/tokens';
import { AccountService } from './modules/account/account.service';
import { HostUnitService } from './modules/host-unit/host-unit.service';
import { OffshoreBaseService } from './modules/offshore-base/offshore-base.service';
import { OrganizationService } from './modules/organization/organization.service';
import { PartnershipService } from './modules/partnership/partnership.service';
import { ReferenceService } from './modules/reference/reference.service';
import { ActivityService } from './modules/activity/activity.service';
import { AnnouncementService } from './modules/announcement/announcement.service';
import { PlatformService } from './modules/platform/platform.service';
import { ProjectService } from './modules/project/project.service';
import { EvaluationService } from './modules/evaluation/evaluation.service';
import { FundingService } from './modules/funding/funding.service';
import { StationApplicationService } from './modules/application/application.service';
import { StationService } from './modules/station/station.service';
import { NetworkStatsService } from './modules/stats/network-stats.service';
import { NetworkStatsFeed } from './modules/stats/network-stats.feed';
import type { EventChannel } from './events/channel';
import type { LoginLimits } from './rate-limit/login-limits';
import { TalentService } from './modules/talent/talent.service';
import { indexRecord } from './modules/search/search-index';
import type { RecordChangeHook, WriteDeps } from './write/mutation';

/** What every record change also does, in its mutation's transaction: keep its search terms in step. */
const onRecordChange: readonly RecordChangeHook[] = [(tx, entity, id, after, before) => indexRecord(tx.queryRunner, entity, id, after, before)];

/** The write side's needs as the process gives them, before this composition adds its hooks. */
export type WriteBase = Omit<WriteDeps, 'onRecordChange'>;

/** `base` with the hooks every write runs: how anything that mutates outside createServices (main's expiry sweep) gets them too. */
export function writeDeps<T extends WriteBase>(base: T): T & WriteDeps {
  return { ...base, onRecordChange };
}

/** What services are built from: the write side's needs, and the credentials' services. */
export interface ServiceDeps extends WriteBase {
  /** Committed events from every instance (what the live figures listen to). */
  channel: EventChannel;
  tokens: TokenService;
  authenticator: Authenticator;
  /** Password checks allowed per account and address (src/rate-limit/login-limits.ts). */
  loginLimits: LoginLimits;
}

export interface Services {
  accounts: AccountService;
  networkStats: NetworkStatsService;
  /** The figures again whenever writes move them (networkStatsChanged). */
  networkStatsFeed: NetworkStatsFeed;
  talents: TalentService;
  organizations: OrganizationService;
  hostUnits: HostUnitService;
  offshoreBases: OffshoreBaseService;
  reference: ReferenceService;
  partnerships: PartnershipService;
  projects: ProjectService;
  platforms: PlatformService;
  activities: ActivityService;
  announcements: AnnouncementService;
  evaluations: EvaluationService;
  funding: FundingService;
  applications: StationApplicationService;
  stations: StationService;
}

export function createServices(given: ServiceDeps): Services {
  const deps = writeDeps(given);
  const networkStats = new NetworkStatsService(deps.dataSource);
  return {
    accounts: new AccountService(deps, deps.tokens, deps.authenticator, deps.loginLimits),
    networkStats,
    networkStatsFeed: new NetworkStatsFeed(deps.channel, networkStats),
    talents: new TalentService(deps),
    organizations: new OrganizationService(deps),
    hostUnits: new HostUnitService(deps),
    offshoreBases: new OffshoreBaseService(deps),
    reference: new ReferenceService(deps),
    partnerships: new PartnershipService(deps),
    projects: new ProjectService(deps),
    platforms: new PlatformService(deps),
    activities: new ActivityService(deps),
    announcements: new AnnouncementService(deps),
    evaluations: new EvaluationService(deps),
    funding: new FundingService(deps),
    applications: new StationApplicationService(deps),
    stations: new StationService(deps),
  };
}
