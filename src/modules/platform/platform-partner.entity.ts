/** Links a platform to an organisation it was built with. */
import { Entity, Index } from 'typeorm';
import { BaseRecord } from '../../db/base-record';
import { ForeignKey } from '../../db/columns';
import { Organization } from '../organization/organization.entity';
import { Platform } from './platform.entity';

@Entity('platform_partner')
@Index(['platformId', 'organizationId'], { unique: true })
@Index(['organizationId'])
export class PlatformPartner extends BaseRecord {
  @ForeignKey(() => Platform, { onDelete: 'CASCADE' })
  platformId: number;

  @ForeignKey(() => Organization, { onDelete: 'CASCADE' })
  organizationId: number;
}
