/** How clients narrow and order the station-applications list. */
import { Field } from 'type-graphql';
import { IntRange, ordering } from '../../graphql/ordering';
import { ContainsFilter, FilterInput, GeneratedFilter, IdFilter, IdsFilter } from '../../graphql/filter-fields';
import { ApplicationStatus } from './station-application.entity';

@FilterInput('Applications')
export class StationApplicationFilter {
  @Field(() => [ApplicationStatus], { nullable: true })
  statuses?: ApplicationStatus[] | null;

  @Field(() => IntRange, { nullable: true, description: 'Filed in review rounds within these years.' })
  roundYears?: IntRange | null;

  @IdsFilter('HostUnit', 'Filed by any of these host units.')
  hostUnitIds?: string[] | null;

  @IdsFilter('District', 'District ids.')
  districtIds?: string[] | null;

  @GeneratedFilter()
  isGenerated?: boolean | null;
}

export const STATION_APPLICATION_ORDER = ordering('StationApplication', { SUBMITTED_ON: 'submittedOn' });

@FilterInput('Experts')
export class ExpertFilter {
  @IdsFilter('ResearchField', 'Experts in any of these research fields.')
  researchFieldIds?: string[] | null;

  @ContainsFilter('Chinese or English name')
  nameContains?: string | null;

  @IdFilter(
    'StationApplication',
    'Experts who may be assigned to review this application: without a conflict of interest (working at the applicant unit, or engaged at one of its stations) and not assigned to it already.',
  )
  assignableTo?: string | null;

  @GeneratedFilter()
  isGenerated?: boolean | null;
}

export const EXPERT_ORDER = ordering('Expert', { NAME: 'nameSort' });
