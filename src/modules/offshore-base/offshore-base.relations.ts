/** The lists whose nodes are offshore bases, under whichever parent they hang off. */
import type { ChildList } from '../../db/child-lists';
import { Partnership } from '../partnership/partnership.entity';
import { Engagement } from '../talent/engagement.entity';
import { OffshoreBase } from './offshore-base.entity';

/** district.offshoreBases: bases in the district. */
export const DISTRICT_OFFSHORE_BASES: ChildList<OffshoreBase> = { name: 'district.offshoreBases', node: OffshoreBase, parentColumn: 'district_id' };

/** talent.offshoreBases: bases the talent is engaged at; the engagement is the edge. */
export const TALENT_BASES: ChildList<OffshoreBase, Engagement> = {
  name: 'talent.offshoreBases',
  node: OffshoreBase,
  link: { entity: Engagement, parentColumn: 'talent_id', nodeColumn: 'offshore_base_id' },
};

/** organization.partnerBases: bases partnering with the organisation; the partnership is the edge. */
export const ORGANIZATION_PARTNER_BASES: ChildList<OffshoreBase, Partnership> = {
  name: 'organization.partnerBases',
  node: OffshoreBase,
  link: { entity: Partnership, parentColumn: 'organization_id', nodeColumn: 'offshore_base_id' },
  // A partnership names a station, a base, or neither (the operator's own tie): this list keeps the bases'.
  where: 'k.offshore_base_id IS NOT NULL',
};
