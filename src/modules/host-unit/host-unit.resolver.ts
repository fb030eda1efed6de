/** Host units: the root list, one by id, and the district a unit sits in. Lists hanging off a unit live with what they list. */
import { ReadResolver, toOne } from '../../graphql/read-resolver';
import { District } from '../reference/district.entity';
import { HostUnit } from './host-unit.entity';
import { HOST_UNIT_ORDER, HostUnitFilter, hostUnitFilter } from './host-unit.filters';
import { HostUnitConnection } from './host-unit.types';

export const HostUnitResolver = ReadResolver(HostUnit, {
  list: { name: 'hostUnits', connection: HostUnitConnection, filter: HostUnitFilter, where: hostUnitFilter, ordering: HOST_UNIT_ORDER, description: 'Domestic units hosting stations (建站单位).' },
  byId: { name: 'hostUnit', description: 'One host unit by its global id; null when there is none.' },
  links: { district: toOne(() => District, 'districtId', { description: 'The district (区县) the unit sits in.' }) },
});
