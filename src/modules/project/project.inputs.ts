/** How clients narrow and order the projects list. */
import { Field, registerEnumType } from 'type-graphql';
import { IsOptional, ValidateNested } from 'class-validator';
import { AmountRange, DateRange, ordering } from '../../graphql/ordering';
import { ORGANIZATION_TYPE_NAMES } from '../organization/organization.types';
import { ContainsFilter, FilterInput, GeneratedFilter, IdsFilter } from '../../graphql/filter-fields';
import { ProjectStatus } from './project.entity';

export enum ProjectChannel {
  STATION = 'STATION',
  OFFSHORE_BASE = 'OFFSHORE_BASE',
}
registerEnumType(ProjectChannel, {
  name: 'ProjectChannel',
  description: 'How a project came in: introduced through a station, or incubated at an offshore base.',
});

@FilterInput('Projects')
export class ProjectFilter {
  @Field(() => [ProjectStatus], { nullable: true })
  statuses?: ProjectStatus[] | null;

  @IdsFilter('ResearchField', 'In any of these research fields.')
  researchFieldIds?: string[] | null;

  @IdsFilter('Station', 'Introduced through any of these stations.')
  stationIds?: string[] | null;

  @IdsFilter('OffshoreBase', 'Incubated at any of these offshore bases.')
  offshoreBaseIds?: string[] | null;

  @Field(() => ProjectChannel, { nullable: true, description: 'Introduced through a station, or incubated at an offshore base.' })
  channel?: ProjectChannel | null;

  @IdsFilter(ORGANIZATION_TYPE_NAMES, 'From any of these partner organisations (ids of any organisation type).')
  partnerOrganizationIds?: string[] | null;

  @IdsFilter('Talent', 'Brought in by any of these talents.')
  talentIds?: string[] | null;

  @Field(() => AmountRange, { nullable: true, description: 'Amount in whole yuan (CNY).' })
  @IsOptional()
  @ValidateNested()
  amountCny?: AmountRange | null;

  @Field(() => DateRange, { nullable: true, description: 'Introduced within these dates.' })
  @IsOptional()
  @ValidateNested()
  introducedOn?: DateRange | null;

  @GeneratedFilter()
  isGenerated?: boolean | null;

  @ContainsFilter('Chinese or English name')
  nameContains?: string | null;
}

export const PROJECT_ORDER = ordering('Project', { NAME: 'nameSort', AMOUNT: 'amountCny', INTRODUCED_ON: 'introducedOn' });
