/** The lists whose nodes are offshore bases, under whichever parent they hang off. */
import type { ChildList } from '../../db/child-lists';
import { OffshoreBase } from './offshore-base.entity';

/** district.offshoreBases: bases in the district. */
export const DISTRICT_OFFSHORE_BASES: ChildList<OffshoreBase> = { name: 'district.offshoreBases', node: OffshoreBase, parentColumn: 'district_id' };


