/** Reads of platforms: the list's conditions, shared by its pages and its count. */
import type { Filter, Range } from '../../db/where';
import type { PlatformKind } from './platform.entity';

/** The filter in row ids. */
export interface PlatformCriteria {
  kinds?: PlatformKind[] | null;
  stationIds?: number[];
  offshoreBaseIds?: number[];
  researchFieldIds?: number[];
  partnerOrganizationIds?: number[];
  establishedOn?: Range<string> | null;
  isGenerated?: boolean | null;
  nameContains?: string | null;
}

export const platformFilter: Filter<PlatformCriteria> = (w, c) => {
  w.in('t.kind', c.kinds)
    .in('t.station_id', c.stationIds)
    .in('t.offshore_base_id', c.offshoreBaseIds)
    .in('t.research_field_id', c.researchFieldIds)
    .existsIn(c.partnerOrganizationIds, (ids) => `SELECT 1 FROM platform_partner pp WHERE pp.platform_id = t.id AND pp.organization_id IN (${ids})`)
    .range('t.established_on', c.establishedOn)
    .flag('t.is_generated', c.isGenerated)
    .contains(['t.name_zh', 't.name_en'], c.nameContains);
};
