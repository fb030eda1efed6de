/** Reads of projects: the list's conditions, shared by its pages and its count. */
import type { Filter, Range } from '../../db/where';
import type { ProjectStatus } from './project.entity';
import { ProjectChannel } from './project.inputs';

/** The filter in row ids. */
export interface ProjectCriteria {
  statuses?: ProjectStatus[] | null;
  researchFieldIds?: number[];
  stationIds?: number[];
  offshoreBaseIds?: number[];
  channel?: ProjectChannel | null;
  partnerOrganizationIds?: number[];
  talentIds?: number[];
  amountCny?: Range<number> | null;
  introducedOn?: Range<string> | null;
  isGenerated?: boolean | null;
  nameContains?: string | null;
}

export const projectFilter: Filter<ProjectCriteria> = (w, c) => {
  w.in('t.status', c.statuses).in('t.research_field_id', c.researchFieldIds).in('t.station_id', c.stationIds).in('t.offshore_base_id', c.offshoreBaseIds);
  if (c.channel === ProjectChannel.STATION) w.add('t.station_id IS NOT NULL');
  if (c.channel === ProjectChannel.OFFSHORE_BASE) w.add('t.offshore_base_id IS NOT NULL');
  w.in('t.partner_organization_id', c.partnerOrganizationIds)
    .in('t.talent_id', c.talentIds)
    .range('t.amount_cny', c.amountCny)
    .range('t.introduced_on', c.introducedOn)
    .flag('t.is_generated', c.isGenerated)
    .contains(['t.name_zh', 't.name_en'], c.nameContains);
};
