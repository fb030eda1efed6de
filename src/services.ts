/** The set of domain services, one instance each per process (they hold no request state). */
import type { Authenticator } from './auth/authenticate';
import type { TokenService } from './auth/tokens';
import { AccountService } from './modules/account/account.service';
import { StationApplicationService } from './modules/application/application.service';
import { StationService } from './modules/station/station.service';
import { NetworkStatsService } from './modules/stats/network-stats.service';
import { TalentService } from './modules/talent/talent.service';
import type { WriteDeps } from './write/mutation';

/** What services are built from: the write side's needs, and the credentials' services. */
export interface ServiceDeps extends WriteDeps {
  tokens: TokenService;
  authenticator: Authenticator;
}

export interface Services {
  accounts: AccountService;
  networkStats: NetworkStatsService;
  talents: TalentService;
  applications: StationApplicationService;
  stations: StationService;
}

export function createServices(deps: ServiceDeps): Services {
  return {
    accounts: new AccountService(deps, deps.tokens, deps.authenticator),
    networkStats: new NetworkStatsService(deps.dataSource),
    talents: new TalentService(deps),
    applications: new StationApplicationService(deps),
    stations: new StationService(deps),
  };
}
