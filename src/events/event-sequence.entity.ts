/**
 * A counter that orders events by commit (migration 1796900000000): a publishing transaction bumps
 * its row, which stays locked until that transaction ends, so values are handed out in commit order
 * and a rolled-back publish hands back its value. Only src/events/event-sequence.ts writes it.
 */
import { Column, Entity } from 'typeorm';
import { BaseRecord } from '../db/base-record';
import { NameColumn } from '../db/columns';

@Entity('event_sequence')
export class EventSequence extends BaseRecord {
  /** The event type the counter orders, e.g. AnnouncementPublished. */
  @NameColumn({ length: 80, unique: true })
  name: string;

  /** The last value handed out. */
  @Column({ type: 'integer' })
  value: number;
}
