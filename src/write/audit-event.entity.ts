/**
 * One audit row per mutation, written inside the mutation's own transaction: who did what to which
 * record, when, and the fields before and after (secrets and contact details redacted).
 * It belongs to the write kit, which writes it (./audit.ts); src/modules/audit/ only reads it. Its
 * actor keys name the account tables by entity name, so the kit imports no module.
 */
import { Index } from 'typeorm';
import { Field } from 'type-graphql';
import { BaseRecord } from '../db/base-record';
import { RecordEntity } from '../db/record-entity';
import { ForeignKey, NameColumn, TextColumn, TimestampColumn } from '../db/columns';

@RecordEntity('audit_event', 'What a mutation changed (审计). Visible to STAFF.')
@Index(['targetId'])
@Index(['action'])
@Index(['occurredAt'])
export class AuditEvent extends BaseRecord {
  @ForeignKey('Account', { onDelete: 'SET NULL', nullable: true })
  actorAccountId: number | null;

  @ForeignKey('ApiKey', { onDelete: 'SET NULL', nullable: true })
  actorApiKeyId: number | null;

  @Field({ description: "Who acted: an account's email, an API key's name, or `system` for the scheduled sweep." })
  @NameColumn({ length: 200 })
  actor: string;

  @Field({ description: 'The mutation, e.g. approveStationApplication.' })
  @NameColumn({ length: 80 })
  action: string;

  @Field({ description: 'Global id of the record the mutation changed.' })
  @NameColumn({ length: 120 })
  targetId: string;

  @Field({ description: 'The type of that record, e.g. StationApplication.' })
  @NameColumn({ length: 60 })
  targetType: string;

  @Field({ description: 'When the mutation committed its transaction (to the millisecond, UTC).' })
  @TimestampColumn()
  occurredAt: Date;

  /** JSON: { before, after } with only the fields that changed (all of them for a create). */
  @TextColumn()
  changes: string;
}
