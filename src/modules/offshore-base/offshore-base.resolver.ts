/** Offshore bases: the root list, one by id, and the district a base sits in. Lists hanging off a base live with what they list. */
import { ReadResolver, toOne } from '../../graphql/read-resolver';
import { District } from '../reference/district.entity';
import { OffshoreBase } from './offshore-base.entity';
import { OFFSHORE_BASE_ORDER, OffshoreBaseFilter, offshoreBaseFilter } from './offshore-base.filters';
import { OffshoreBaseConnection } from './offshore-base.types';

export const OffshoreBaseResolver = ReadResolver(OffshoreBase, {
  list: {
    name: 'offshoreBases',
    connection: OffshoreBaseConnection,
    filter: OffshoreBaseFilter,
    where: offshoreBaseFilter,
    ordering: OFFSHORE_BASE_ORDER,
    description: 'Offshore innovation and entrepreneurship bases (离岸基地).',
  },
  byId: { name: 'offshoreBase', description: 'One offshore base by its global id; null when there is none.' },
  links: { district: toOne(() => District, 'districtId', { description: 'The district (区县) whose stations the base coordinates.' }) },
});
