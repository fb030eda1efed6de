/** Connection and edge types whose nodes are offshore bases: on their own, or through a partnership or an engagement, which the edge carries. */
import { LinkConnection, NodeConnection } from '../../graphql/connection';
import { PartnershipEdge } from '../partnership/partnership.types';
import { EngagementEdge } from '../talent/engagement.types';
import { OffshoreBase } from './offshore-base.entity';

export const OffshoreBaseConnection = NodeConnection(OffshoreBase, 'OffshoreBase');

export const OrganizationBaseConnection = LinkConnection(
  PartnershipEdge(OffshoreBase),
  'OrganizationBase',
  'An offshore base partnering with the organisation, with the partnership on the edge.',
);

export const TalentBaseConnection = LinkConnection(
  EngagementEdge(OffshoreBase),
  'TalentBase',
  'An offshore base the talent is engaged at, with the engagement on the edge.',
);
