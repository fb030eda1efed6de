/** How clients narrow and order the stations list. */
import { Field, Int } from 'type-graphql';
import { ContainsFilter, FilterInput, GeneratedFilter, IdFilter, IdsFilter } from '../../graphql/filter-fields';
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
