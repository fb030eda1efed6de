/**
 * Every list whose nodes are offshore bases, on each parent type: the bases in a district (in
 * offshore-base.relations.ts). Those a talent is engaged at and those partnering with an organisation
 * go through another module's link row and live with it (talent-lists.resolver.ts, partnership-lists.resolver.ts).
 */
import { ListFieldsResolvers } from '../../graphql/list-fields';
import { District } from '../reference/district.entity';
import * as lists from './offshore-base.relations';
import { OffshoreBaseConnection } from './offshore-base.types';

export const OffshoreBaseListsResolvers = ListFieldsResolvers([
  { on: District, list: lists.DISTRICT_OFFSHORE_BASES, connection: OffshoreBaseConnection, description: 'Offshore bases in the district.' },
]);
