/**
 * The expiry sweep: an ACTIVE station whose validity ended (valid_until before today) and was not
 * renewed becomes EXPIRED (DOMAIN.md). It runs at start-up and then daily (src/main.ts), as SYSTEM,
 * under the expireStation write policy, which no caller may run (station.service.ts).
 *
 * Each station expires in a transaction of its own, through changeStationStatus: one conditional
 * UPDATE (`... WHERE status = 'ACTIVE' AND valid_until < :today`), a status-history entry, an audit
 * row and a StationStatusChanged event. So the sweep is idempotent, and several at once (instances
 * of the server, or a sweep overlapping the next) expire each station once: whichever update comes
 * second matches no row and is skipped, as is a station renewed or suspended since the list was read.
 */
import type { Logger } from 'pino';
import { SYSTEM } from '../../auth/viewer';
import { readRows } from '../../db/read-rows';
import { ConflictError } from '../../domain-errors';
import { mutate, WriteDeps } from '../../write/mutation';
import { today as todayUtc } from '../../time';
import { StationStatus } from './station-status';
import { changeStationStatus } from './station-transitions';
import { STATION_POLICIES } from './station.service';

/** The history entry's reason, as the seeded lapsed stations word it. */
export const EXPIRY_REASON = '三年有效期届满，未申请续期。';

const DAY_MS = 86_400_000;

/** Expires every ACTIVE station valid until before `today` (default: today, UTC); returns the ids it expired. */
export async function expireLapsedStations(deps: WriteDeps, { today = todayUtc() }: { today?: string } = {}): Promise<number[]> {
  const { dataSource } = deps;
  const [query, parameters] = dataSource.driver.escapeQueryWithParameters('SELECT id FROM station WHERE status = :active AND valid_until < :today ORDER BY id', {
    active: StationStatus.ACTIVE,
    today,
  });
  // The list is only a hint of what to try: each station's own update decides.
  const candidates = await readRows<{ id: number | string }, number[]>(dataSource, query, parameters, (rows) => rows.map((row) => Number(row.id)));
  const expired: number[] = [];
  for (const stationId of candidates) {
    try {
      await mutate(deps, { viewer: SYSTEM }, STATION_POLICIES.expireStation, (m) =>
        changeStationStatus(m, stationId, {
          from: [StationStatus.ACTIVE],
          to: StationStatus.EXPIRED,
          verb: 'expire',
          reason: EXPIRY_REASON,
          condition: { where: 'valid_until < :today', parameters: { today }, conflict: (current) => new ConflictError(`valid until ${current.validUntil}`) },
        }),
      );
      expired.push(stationId);
    } catch (error) {
      // Expired by another sweep, renewed or suspended since the list was read: nothing to do.
      if (!(error instanceof ConflictError)) throw error;
    }
  }
  return expired;
}

export interface ExpirySweep {
  /** The start-up run (tests await it). */
  readonly firstRun: Promise<number[]>;
  /** Stops the daily timer and waits for a run in progress, so the database can close after it. */
  stop(): Promise<void>;
}

/**
 * Runs the sweep now (unless `runNow` is false: src/main.ts runs the first one itself, before it
 * listens) and every `intervalMs` (a day). The timer does not keep the process alive
 * (`unref`); a run still going when the next is due is not doubled. Failures are logged, never thrown:
 * the next run tries again.
 */
export function scheduleExpirySweep(
  deps: WriteDeps,
  logger: Pick<Logger, 'info' | 'error'>,
  { intervalMs = DAY_MS, runNow = true }: { intervalMs?: number; runNow?: boolean } = {},
): ExpirySweep {
  let running: Promise<number[]> | null = null;
  const run = (): Promise<number[]> => {
    if (running) return running;
    running = expireLapsedStations(deps)
      .then((ids) => {
        if (ids.length) logger.info({ stations: ids }, `expiry sweep: ${ids.length} station(s) past their validity are now EXPIRED`);
        return ids;
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, 'expiry sweep failed; the next run tries again');
        return [];
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  const firstRun = runNow ? run() : Promise.resolve([]);
  const timer = setInterval(() => void run(), intervalMs);
  timer.unref();
  return {
    firstRun,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
