/** A progress bar on stderr for long seeds (cli-progress draws nothing when stderr is not a terminal). */
import { Presets, SingleBar } from 'cli-progress';

export class SeedProgress {
  private readonly bar = new SingleBar(
    { format: 'seeding |{bar}| {percentage}% | {value}/{total} rows | {table}', stream: process.stderr, hideCursor: true, etaBuffer: 50 },
    Presets.shades_classic,
  );

  start(total: number): void {
    this.bar.start(total, 0, { table: '' });
  }

  advance(count: number, table: string): void {
    this.bar.increment(count, { table });
  }

  stop(): void {
    this.bar.stop();
  }
}
