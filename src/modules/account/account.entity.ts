/**
 * A person's account: staff of CQAST, a reviewing expert, a host unit's manager, or a partner
 * organisation's contact. Shown as `User`; who may read which account is in docs/authorization.md.
 */
import { Column } from 'typeorm';
import { Field } from 'type-graphql';
import { Role } from '../../auth/viewer';
import { BaseRecord } from '../../db/base-record';
import { RecordEntity } from '../../db/record-entity';
import { EnumColumn, ForeignKey, NameColumn } from '../../db/columns';
import { Expert } from '../application/expert.entity';
import { HostUnit } from '../host-unit/host-unit.entity';
import { Organization } from '../organization/organization.entity';

@RecordEntity('account', 'An account that signs in with an email and a password. Visible to STAFF, and to its own holder.', 'User')
export class Account extends BaseRecord {
  @Field({ description: 'Signs in with this address.' })
  @NameColumn({ length: 200, unique: true })
  email: string;

  @Field({ description: "The person's name as the API shows it." })
  @NameColumn({ length: 120 })
  displayName: string;

  @Field(() => Role, { description: 'What the account may do.' })
  @EnumColumn(Role)
  role: Role;

  /** argon2id; never leaves the server, never logged, redacted in audit rows. */
  @NameColumn({ length: 200 })
  passwordHash: string;

  @ForeignKey(() => HostUnit, { onDelete: 'SET NULL', nullable: true, comment: 'the unit a UNIT_MANAGER manages' })
  hostUnitId: number | null;

  @ForeignKey(() => Organization, { onDelete: 'SET NULL', nullable: true, comment: 'the organisation a PARTNER acts for' })
  organizationId: number | null;

  @ForeignKey(() => Expert, { onDelete: 'SET NULL', nullable: true, comment: 'the expert record a REVIEWER reviews as' })
  expertId: number | null;

  @Field({ description: 'False once deactivated: the account can no longer sign in, and its tokens stop working.' })
  @Column({ type: 'boolean', default: true })
  isActive: boolean;
}
