/** How clients narrow and order the stations list: the filter input, its SQL on alias t, and the orderings. */
import { Field, Int } from 'type-graphql';
import { AnyOfFilter, FilterInput, filterOf, GeneratedFilter, IdFilter, IdsFilter, NameContainsFilter, RangeFilter } from '../../graphql/filter-fields';
import { IntRange, ordering } from '../../graphql/ordering';
import { HostUnitKind } from '../host-unit/host-unit.entity';
import { StationStatus } from './station-status';

@FilterInput('Stations')
export class StationFilter {
  @IdsFilter('District', 'District ids.', 't.district_id')
  districtIds?: string[] | null;

  @AnyOfFilter(StationStatus, 't.status')
  statuses?: StationStatus[] | null;

  @Field(() => Int, { nullable: true, description: 'Approved in this year.' })
  approvalYear?: number | null;

  @RangeFilter(IntRange, 'Approved within these years.', 't.approval_year')
  approvalYears?: IntRange | null;

  @IdsFilter('ResearchField', 'Working in any of these research fields.')
  researchFieldIds?: string[] | null;

  @Field(() => [HostUnitKind], { nullable: true, description: 'Hosted by a unit of these kinds.' })
  hostUnitKinds?: HostUnitKind[] | null;

  @IdFilter('OffshoreBase', "In this offshore base's coordination group.", 't.offshore_base_id')
  offshoreBaseId?: string | null;

  @GeneratedFilter()
  isGenerated?: boolean | null;

  @NameContainsFilter()
  nameContains?: string | null;
}

export const STATION_ORDER = ordering('Station', { NAME: 'nameSort', APPROVAL_YEAR: 'approvalYear', APPROVED_ON: 'approvedOn' });

export const stationFilter = filterOf(StationFilter, (w, c) => {
  w.equals('t.approval_year', c.approvalYear)
    .existsIn(c.researchFieldIds, (ids) => `SELECT 1 FROM station_research_field srf WHERE srf.station_id = t.id AND srf.research_field_id IN (${ids})`)
    .existsIn(c.hostUnitKinds, (kinds) => `SELECT 1 FROM host_unit hu WHERE hu.id = t.host_unit_id AND hu.kind IN (${kinds})`);
});
