/**
 * The organisations a station or a base partners with (the partnership on the edge): lists of
 * organisations through partnerships, so they live with the link (organization/ imports neither
 * stations, bases nor partnerships: no cycle). src/schema.ts registers them where the organisation
 * module's lists were, after the talents' lists, so the fields print where they did; the other lists
 * through partnerships are in partnership-lists.resolver.ts.
 */
import { ListFieldsResolvers } from '../../graphql/list-fields';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { Station } from '../station/station.entity';
import { OFFSHORE_BASE_PARTNERS, STATION_PARTNERS } from './partnership.relations';
import { OffshoreBasePartnerConnection, PartnershipChildEdge as edge, StationPartnerConnection } from './partnership.types';

export const PartnershipPartnersResolvers = ListFieldsResolvers([
  {
    on: Station,
    list: STATION_PARTNERS,
    connection: StationPartnerConnection,
    edge,
    description: 'Organisations the station partners with; the edge carries the partnership.',
  },
  {
    on: OffshoreBase,
    list: OFFSHORE_BASE_PARTNERS,
    connection: OffshoreBasePartnerConnection,
    edge,
    description: 'Organisations the base partners with; the edge carries the partnership.',
  },
]);
