/** Every list whose nodes are host units, one resolver per parent type: the units in a district (the list is in host-unit.loaders.ts). */
import { ListFieldsResolver, listField } from '../../graphql/list-fields';
import { District } from '../reference/district.entity';
import { DISTRICT_HOST_UNITS } from './host-unit.loaders';
import { HostUnitConnection } from './host-unit.types';

export const DistrictHostUnitListsResolver = ListFieldsResolver(District, {
  hostUnits: listField(DISTRICT_HOST_UNITS, HostUnitConnection, { description: 'Host units in the district.' }),
});
