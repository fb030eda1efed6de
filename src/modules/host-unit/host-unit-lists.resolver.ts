/** Every list whose nodes are host units, on each parent type: the units in a district (the list is in host-unit.relations.ts). */
import { ListFieldsResolvers } from '../../graphql/list-fields';
import { District } from '../reference/district.entity';
import * as lists from './host-unit.relations';
import { HostUnitConnection as connection } from './host-unit.types';

export const HostUnitListsResolvers = ListFieldsResolvers([{ on: District, list: lists.DISTRICT_HOST_UNITS, connection, description: 'Host units in the district.' }]);
