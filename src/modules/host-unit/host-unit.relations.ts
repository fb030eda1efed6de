/** The lists whose nodes are host units. */
import type { ChildList } from '../../db/child-lists';
import { HostUnit } from './host-unit.entity';

/** district.hostUnits: units in the district. */
export const DISTRICT_HOST_UNITS: ChildList<HostUnit> = { name: 'district.hostUnits', node: HostUnit, parentColumn: 'district_id' };
