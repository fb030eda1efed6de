/** The set of domain services, one instance each per process (they hold no request state). */
import type { DataSource } from 'typeorm';
import { NetworkStatsService } from './modules/stats/network-stats.service';
import { StationService } from './modules/station/station.service';
import { TalentService } from './modules/talent/talent.service';

export interface Services {
  stations: StationService;
  talents: TalentService;
  networkStats: NetworkStatsService;
}

export function createServices(dataSource: DataSource): Services {
  return {
    stations: new StationService(dataSource),
    talents: new TalentService(dataSource),
    networkStats: new NetworkStatsService(dataSource),
  };
}
