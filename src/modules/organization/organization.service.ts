/** Reads of organisations: the list's conditions, shared by its pages and its count. */
import type { Filter } from '../../db/where';
import type { OrganizationKind } from './organization.entity';

/** The filter in row ids. */
export interface OrganizationCriteria {
  kinds?: OrganizationKind[] | null;
  countries?: string[] | null;
  hasPartnership?: boolean | null;
  partnerOfStationIds?: number[];
  isGenerated?: boolean | null;
  nameContains?: string | null;
}

export const organizationFilter: Filter<OrganizationCriteria> = (w, c) => {
  w.in('t.kind', c.kinds)
    .in('t.country_code', c.countries)
    .exists(c.hasPartnership, 'SELECT 1 FROM partnership op WHERE op.organization_id = t.id')
    .existsIn(c.partnerOfStationIds, (ids) => `SELECT 1 FROM partnership osp WHERE osp.organization_id = t.id AND osp.station_id IN (${ids})`)
    .flag('t.is_generated', c.isGenerated)
    .contains(['t.name_zh', 't.name_en'], c.nameContains);
};
