/**
 * The lists through partnerships: the partnerships themselves, and the stations, bases and
 * organisations they tie, on either end. A list through a link row lives with the link's module,
 * which imports both ends; the ends import neither the link nor each other (no cycle).
 */
import type { ChildList } from '../../db/child-lists';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { Organization } from '../organization/organization.entity';
import { Station } from '../station/station.entity';
import { Partnership } from './partnership.entity';

/** organization.partnerships: every tie of the organisation, whoever holds it. */
export const ORGANIZATION_PARTNERSHIPS: ChildList<Partnership> = {
  name: 'organization.partnerships',
  node: Partnership,
  parentColumn: 'organization_id',
};

/** organization.partnerStations: stations partnering with the organisation; the partnership is the edge. */
export const ORGANIZATION_PARTNER_STATIONS: ChildList<Station, Partnership> = {
  name: 'organization.partnerStations',
  node: Station,
  link: { entity: Partnership, parentColumn: 'organization_id', nodeColumn: 'station_id' },
  // A partnership names a station, a base, or neither (the operator's own tie): this list keeps the stations'.
  where: 'k.station_id IS NOT NULL',
};

/** organization.partnerBases: bases partnering with the organisation; the partnership is the edge. */
export const ORGANIZATION_PARTNER_BASES: ChildList<OffshoreBase, Partnership> = {
  name: 'organization.partnerBases',
  node: OffshoreBase,
  link: { entity: Partnership, parentColumn: 'organization_id', nodeColumn: 'offshore_base_id' },
  // A partnership names a station, a base, or neither (the operator's own tie): this list keeps the bases'.
  where: 'k.offshore_base_id IS NOT NULL',
};

/** station.partners: organisations the station partners with; the partnership is the edge. */
export const STATION_PARTNERS: ChildList<Organization, Partnership> = {
  name: 'station.partners',
  node: Organization,
  link: { entity: Partnership, parentColumn: 'station_id', nodeColumn: 'organization_id' },
};

/** offshoreBase.partners: organisations the base partners with; the partnership is the edge. */
export const OFFSHORE_BASE_PARTNERS: ChildList<Organization, Partnership> = {
  name: 'offshoreBase.partners',
  node: Organization,
  link: { entity: Partnership, parentColumn: 'offshore_base_id', nodeColumn: 'organization_id' },
};
