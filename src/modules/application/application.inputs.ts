/** How clients narrow and order the station-applications list. */
import { Field } from 'type-graphql';
import { IntRange, ordering } from '../../graphql/ordering';
import { FilterInput, GeneratedFilter, IdsFilter } from '../../graphql/filter-fields';
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
