/** Links a platform to an organisation it was built with. */
import { BaseRecord } from '../../db/base-record';
import { ForeignKey } from '../../db/columns';
import { LinkTable } from '../../db/link-table';
import { Organization } from '../organization/organization.entity';
import { Platform } from './platform.entity';

@LinkTable('platform_partner', { platformId: () => Platform }, { organizationId: ForeignKey(() => Organization, { onDelete: 'CASCADE' }) })
export class PlatformPartner extends BaseRecord {
  platformId: number;
  organizationId: number;
}
