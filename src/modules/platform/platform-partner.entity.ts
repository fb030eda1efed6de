/** Links a platform to an organisation it was built with. */
import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { BaseRecord } from '../../db/base-record';
import { Organization } from '../organization/organization.entity';
import { Platform } from './platform.entity';

@Entity('platform_partner')
@Index(['platformId', 'organizationId'], { unique: true })
@Index(['organizationId'])
export class PlatformPartner extends BaseRecord {
  @Column({ type: 'integer' })
  platformId: number;

  @ManyToOne(() => Platform, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'platform_id' })
  platform?: Relation<Platform>;

  @Column({ type: 'integer' })
  organizationId: number;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<Organization>;
}
