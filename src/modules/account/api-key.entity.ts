/**
 * A partner app's API key. Only a SHA-256 hash of the key is kept: the key itself is shown once, when
 * STAFF create it. Keys are long random strings, so a fast hash is enough (argon2 is for passwords,
 * which people choose); revoking one stops it at once.
 */
import { Column } from 'typeorm';
import { Field, Int } from 'type-graphql';
import { Role } from '../../auth/viewer';
import { BaseRecord } from '../../db/base-record';
import { RecordEntity } from '../../db/record-entity';
import { EnumColumn, ForeignKey, NameColumn, TimestampColumn } from '../../db/columns';
import { HostUnit } from '../host-unit/host-unit.entity';
import { Organization } from '../organization/organization.entity';
import { Account } from './account.entity';

@RecordEntity('api_key', "A partner app's API key (the secret itself is never shown again). Visible to STAFF.")
export class ApiKey extends BaseRecord {
  @Field({ description: 'What the key is for, e.g. the partner app using it.' })
  @NameColumn({ length: 120 })
  name: string;

  @Field(() => Role, { description: 'What the key may do.' })
  @EnumColumn(Role)
  role: Role;

  @ForeignKey(() => HostUnit, { onDelete: 'CASCADE', nullable: true })
  hostUnitId: number | null;

  @ForeignKey(() => Organization, { onDelete: 'CASCADE', nullable: true })
  organizationId: number | null;

  /** Hex SHA-256 of the whole key: what a request's key is looked up by. */
  @NameColumn({ length: 64, unique: true })
  keyHash: string;

  @Field({ description: 'The first characters of the key, to tell keys apart; not enough to use it.' })
  @NameColumn({ length: 16 })
  prefix: string;

  @ForeignKey(() => Account, { onDelete: 'SET NULL', nullable: true })
  createdById: number | null;

  @Field(() => Date, { nullable: true, description: 'When the key was revoked; null while it works.' })
  @TimestampColumn({ nullable: true })
  revokedAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'Points an hour this key may spend (docs/api.md, "Rate limits"); null: the default for API keys.' })
  @Column({ type: 'integer', nullable: true })
  rateLimitPerHour: number | null;
}
