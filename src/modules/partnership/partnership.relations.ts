/** The lists whose nodes are partnerships themselves. */
import type { ChildList } from '../../db/child-lists';
import { Partnership } from './partnership.entity';

/** organization.partnerships: every tie of the organisation, whoever holds it. */
export const ORGANIZATION_PARTNERSHIPS: ChildList<Partnership> = {
  name: 'organization.partnerships',
  node: Partnership,
  parentColumn: 'organization_id',
};
