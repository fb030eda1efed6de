/** Command-line flags of `npm run seed`: the scale of a benchmark network. */
import { parseArgs } from 'node:util';
import { AS_OF } from './gen/timeline';
import { resolveScale, type Scale, ScaleError } from './scale';

export const USAGE = `Usage: npm run seed -- [--stations N] [--talents N] [--organizations N] [--partnerships N] [--until YYYY-MM-DD] [--no-progress]

Migrates the database in DATABASE_URL (default sqlite:./data/haizhi.sqlite) and seeds the HAIZHI
network. Without flags it reproduces the article's figures (64 stations, 402 talents, ...); the flags
build a larger deterministic network for benchmarks. The generated continuation after the article
(new stations, evaluations, renewals, funding) runs to --until, by default today; --until 2023-08-31
seeds the network exactly as the article left it. Seeding again inserts only what is missing.`;

export interface SeedArgs {
  scale: Partial<Scale>;
  /** The day the continuation runs to; undefined: today. */
  until?: string;
  progress: boolean;
  help: boolean;
}

export class ArgsError extends Error {
  override name = 'ArgsError';
}

const SCALE_FLAGS = ['stations', 'talents', 'organizations', 'partnerships'] as const;

export function parseSeedArgs(argv: string[]): SeedArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        stations: { type: 'string' },
        talents: { type: 'string' },
        organizations: { type: 'string' },
        partnerships: { type: 'string' },
        until: { type: 'string' },
        'no-progress': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new ArgsError((error as Error).message);
  }
  const scale: Partial<Scale> = {};
  for (const flag of SCALE_FLAGS) {
    const raw = values[flag];
    if (raw === undefined) continue;
    if (typeof raw !== 'string' || !/^\d+$/.test(raw.trim())) throw new ArgsError(`--${flag}: expected a whole number, got "${String(raw)}"`);
    scale[flag] = Number(raw.trim());
  }
  try {
    resolveScale(scale);
  } catch (error) {
    if (error instanceof ScaleError) throw new ArgsError(error.message);
    throw error;
  }
  const until = values.until;
  if (until !== undefined) {
    if (typeof until !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(until) || Number.isNaN(Date.parse(until))) throw new ArgsError(`--until: expected a date YYYY-MM-DD, got "${String(until)}"`);
    if (until < AS_OF) throw new ArgsError(`--until: the network is seeded at least to the article's date, ${AS_OF}`);
  }
  return { scale, until, progress: values['no-progress'] !== true, help: values.help === true };
}
