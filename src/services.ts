/** The set of domain services, one instance each per process (they hold no request state). */
import type { DataSource } from 'typeorm';
import { NetworkStatsService } from './modules/stats/network-stats.service';

export interface Services {
  networkStats: NetworkStatsService;
}

export function createServices(dataSource: DataSource): Services {
  return {
    networkStats: new NetworkStatsService(dataSource),
  };
}
