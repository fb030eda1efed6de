/**
 * The network's headline figures as the API computes them, so the CLI can show that a seed hit its
 * targets. One definition: the API's own SQL (src/modules/stats/network-stats.definitions.ts),
 * read through its service; nothing here restates it.
 */
import type { DataSource } from 'typeorm';
import type { NetworkFigures } from '../src/modules/stats/network-stats.definitions';
import { NetworkStatsService } from '../src/modules/stats/network-stats.service';

export type FigureName = keyof NetworkFigures;

/** Today's figures, or as of the end of `asOf` (YYYY-MM-DD). */
export function readFigures(dataSource: DataSource, asOf: string | null = null): Promise<Record<FigureName, number>> {
  return new NetworkStatsService(dataSource).figures(asOf) as Promise<Record<FigureName, number>>;
}
