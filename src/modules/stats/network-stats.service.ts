/**
 * The network's headline figures, each an aggregate over the rows (nothing stored, nothing typed in),
 * in one round trip. The definitions (network-stats.definitions.ts) are the ones DOMAIN.md's figures
 * are checked against.
 */
import type { DataSource } from 'typeorm';
import { toSafeInteger } from '../../db/columns';
import { Breakdown, breakdown } from './network-stats.breakdowns';
import { FIGURE_SQL, FIGURES_AS_OF_STATEMENT, FIGURES_STATEMENT, type NetworkFigures } from './network-stats.definitions';
import type { StatBucket } from './network-stats.type';

export type { NetworkFigures } from './network-stats.definitions';

export class NetworkStatsService {
  constructor(private readonly dataSource: DataSource) {}

  /** The figures as of the end of `asOf` (YYYY-MM-DD), or today's (null): one statement either way. */
  async figures(asOf: string | null = null): Promise<NetworkFigures> {
    const [query, parameters] = asOf === null ? [FIGURES_STATEMENT, []] : this.dataSource.driver.escapeQueryWithParameters(FIGURES_AS_OF_STATEMENT, { asOf });
    const [row] = await this.dataSource.query<Record<keyof NetworkFigures, string | number>[]>(query, parameters);
    // SUM() arrives as a DECIMAL string from MySQL and a number from SQLite: one conversion for both.
    return Object.fromEntries(
      Object.keys(FIGURE_SQL).map((key) => [key, toSafeInteger(row[key as keyof NetworkFigures])]),
    ) as unknown as NetworkFigures;
  }

  /** One breakdown (stations per district, ...), one GROUP BY statement, as of `asOf` like the figures. */
  breakdown(name: Breakdown, asOf: string | null = null): Promise<StatBucket[]> {
    return breakdown(this.dataSource, name, asOf);
  }
}
