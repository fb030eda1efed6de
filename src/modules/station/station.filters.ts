/** How clients narrow and order the stations list: the filter input, its SQL on alias t, and the orderings. */
import { Field, Int } from 'type-graphql';
import type { Filter } from '../../db/where';
import { ContainsFilter, CriteriaOf, FilterInput, GeneratedFilter, IdFilter, IdsFilter } from '../../graphql/filter-fields';
import { IntRange, ordering } from '../../graphql/ordering';
import { HostUnitKind } from '../host-unit/host-unit.entity';
import { StationStatus } from './station-status';

@FilterInput('Stations')
export class StationFilter {
  @IdsFilter('District', 'District ids.')
  districtIds?: string[] | null;

  @Field(() => [StationStatus], { nullable: true })
  statuses?: StationStatus[] | null;

  @Field(() => Int, { nullable: true, description: 'Approved in this year.' })
  approvalYear?: number | null;

  @Field(() => IntRange, { nullable: true, description: 'Approved within these years.' })
  approvalYears?: IntRange | null;

  @IdsFilter('ResearchField', 'Working in any of these research fields.')
  researchFieldIds?: string[] | null;

  @Field(() => [HostUnitKind], { nullable: true, description: 'Hosted by a unit of these kinds.' })
  hostUnitKinds?: HostUnitKind[] | null;

  @IdFilter('OffshoreBase', "In this offshore base's coordination group.")
  offshoreBaseId?: string | null;

  @GeneratedFilter()
  isGenerated?: boolean | null;

  @ContainsFilter('Chinese or English name')
  nameContains?: string | null;
}

export const STATION_ORDER = ordering('Station', { NAME: 'nameSort', APPROVAL_YEAR: 'approvalYear', APPROVED_ON: 'approvedOn' });

export const stationFilter: Filter<CriteriaOf<StationFilter>> = (w, c) => {
  w.in('t.district_id', c.districtIds)
    .in('t.status', c.statuses)
    .equals('t.approval_year', c.approvalYear)
    .range('t.approval_year', c.approvalYears)
    .existsIn(c.researchFieldIds, (ids) => `SELECT 1 FROM station_research_field srf WHERE srf.station_id = t.id AND srf.research_field_id IN (${ids})`)
    .existsIn(c.hostUnitKinds, (kinds) => `SELECT 1 FROM host_unit hu WHERE hu.id = t.host_unit_id AND hu.kind IN (${kinds})`)
    .equals('t.offshore_base_id', c.offshoreBaseId)
    .flag('t.is_generated', c.isGenerated)
    .contains(['t.name_zh', 't.name_en'], c.nameContains);
};
