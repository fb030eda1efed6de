/** How clients narrow and order the activities list. */
import { Field } from 'type-graphql';
import { IsOptional, ValidateNested } from 'class-validator';
import { DateRange, ordering } from '../../graphql/ordering';
import { ORGANIZATION_TYPE_NAMES } from '../organization/organization.types';
import { ContainsFilter, FilterInput, GeneratedFilter, IdsFilter } from '../../graphql/filter-fields';
import { ActivityKind } from './activity.entity';

@FilterInput('Activities')
export class ActivityFilter {
  @Field(() => [ActivityKind], { nullable: true })
  kinds?: ActivityKind[] | null;

  @Field(() => DateRange, { nullable: true, description: 'Starting within these dates; activities without a start date never match a range.' })
  @IsOptional()
  @ValidateNested()
  startsOn?: DateRange | null;

  @IdsFilter('Station', 'Organised by, or taken part in by, any of these stations.')
  stationIds?: string[] | null;

  @IdsFilter('OffshoreBase', 'Organised by any of these offshore bases.')
  offshoreBaseIds?: string[] | null;

  @IdsFilter('Talent', 'Taken part in by any of these talents.')
  talentIds?: string[] | null;

  @IdsFilter(ORGANIZATION_TYPE_NAMES, 'Taken part in by any of these organisations (ids of any organisation type).')
  organizationIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Paid for by a grant (true) or not (false).' })
  funded?: boolean | null;

  @GeneratedFilter()
  isGenerated?: boolean | null;

  @ContainsFilter('Chinese or English title')
  titleContains?: string | null;
}

/** Only NOT NULL columns can order a keyset list: startsOn is null where the source gives no date. */
export const ACTIVITY_ORDER = ordering('Activity', { TITLE: 'titleZh' });
