/**
 * A create or a disbursement done under an idempotency key: a retry with the same key (from the
 * same caller) finds this row and returns the first result instead of writing again. Written in
 * the mutation's own transaction, so a key is taken only by a write that committed.
 */
import { Entity, Index } from 'typeorm';
import { Column } from 'typeorm';
import { BaseRecord } from './base-record';
import { NameColumn } from './columns';

@Entity('idempotency_key')
@Index(['caller', 'key'], { unique: true })
export class IdempotencyKey extends BaseRecord {
  /** Whose key it is: `account:12` or `apiKey:3`; two callers may use the same key. */
  @NameColumn({ length: 40 })
  caller: string;

  /**
   * Compared byte for byte on every database ("abc" and "ABC" are two keys): utf8mb4_bin on MariaDB
   * (migration 1796800000000); SQLite's `=` is exact already, and its schema comes from the
   * migrations (synchronize is off), so the MariaDB collation named here never reaches it.
   */
  @NameColumn({ length: 200, charset: 'utf8mb4', collation: 'utf8mb4_bin' })
  key: string;

  /** The mutation it was used with. */
  @NameColumn({ length: 80 })
  operation: string;

  /** SHA-256 of the input: the same key with a different input is refused, not replayed. */
  @NameColumn({ length: 64 })
  inputHash: string;

  /** The record the first call created (the payload is rebuilt from it). */
  @NameColumn({ length: 60 })
  targetType: string;

  @Column({ type: 'integer' })
  targetId: number;
}
