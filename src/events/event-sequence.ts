/**
 * The next value of an event type's commit-ordered sequence, taken inside the publishing
 * transaction. `UPDATE ... SET value = value + 1` locks the counter row until the transaction
 * commits or rolls back (MariaDB; SQLite runs one transaction at a time anyway), so a second
 * publisher waits at this statement and its value is taken after the first one's commit: sorted by
 * this value, events are in commit order, and a reader paging `after` one of them misses none that
 * commit later. Take it as late in the transaction as possible: publishers queue on it until commit.
 */
import { dialectOf } from '../db/data-source';
import type { Mutation } from '../write/mutation';
import type { DomainEvent } from './domain-events';

export async function nextSequenceValue(m: Mutation, name: DomainEvent['type']): Promise<number> {
  const { dataSource, queryRunner } = m.tx;
  const bumped = await m.conditional('event_sequence', 'value = value + 1', 'name = :name', { name });
  if (!bumped) {
    // The first event of its type in a new database: create the row. Two first publishers at once
    // on MariaDB meet on the unique name: the second waits for the first's commit, then bumps.
    const upsert =
      dialectOf(dataSource) === 'sqlite'
        ? 'INSERT INTO event_sequence (name, value) VALUES (?, 1) ON CONFLICT (name) DO UPDATE SET value = value + 1'
        : 'INSERT INTO event_sequence (name, value) VALUES (?, 1) ON DUPLICATE KEY UPDATE value = value + 1';
    await queryRunner.query(upsert, [name]);
  }
  const rows: Array<{ value: number | string }> = await queryRunner.query('SELECT value FROM event_sequence WHERE name = ?', [name]);
  return Number(rows[0].value);
}
