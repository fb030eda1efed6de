/** Connection and edge types whose nodes are offshore bases: on their own, or through a partnership or an engagement, which the edge carries. */
import { NodeConnection } from '../../graphql/connection';
import { PartnershipLinkConnection } from '../partnership/partnership.types';
import { EngagementLinkConnection } from '../talent/engagement.types';
import { OffshoreBase } from './offshore-base.entity';

export const OffshoreBaseConnection = NodeConnection(OffshoreBase, 'OffshoreBase');

export const OrganizationBaseConnection = PartnershipLinkConnection(OffshoreBase, 'OrganizationBase', 'An offshore base partnering with the organisation');

export const TalentBaseConnection = EngagementLinkConnection(OffshoreBase, 'TalentBase', 'An offshore base the talent is engaged at');
