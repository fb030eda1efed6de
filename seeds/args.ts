/** Command-line flags of `npm run seed`: the scale of a benchmark network. */
import { parseArgs } from 'node:util';
import { resolveScale, type Scale, ScaleError } from './scale';

export const USAGE = `Usage: npm run seed -- [--stations N] [--talents N] [--organizations N] [--partnerships N] [--no-progress]

Migrates the database in DATABASE_URL (default sqlite:./data/haizhi.sqlite) and seeds the HAIZHI
network. Without flags it reproduces the article's figures (64 stations, 402 talents, ...); the flags
build a larger deterministic network for benchmarks. Seeding again inserts only what is missing.`;

export interface SeedArgs {
  scale: Partial<Scale>;
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
  return { scale, progress: values['no-progress'] !== true, help: values.help === true };
}
