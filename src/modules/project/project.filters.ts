/** How clients narrow and order the projects list: the filter input, its SQL on alias t, and the orderings. */
import { Field } from 'type-graphql';
import { enumType, EnumValue } from '../../graphql/enum-type';
import type { Filter } from '../../db/where';
import { IsOptional, ValidateNested } from 'class-validator';
import { AmountRange, DateRange, ordering } from '../../graphql/ordering';
import { ORGANIZATION_TYPE_NAMES } from '../organization/organization.types';
import { ContainsFilter, CriteriaOf, FilterInput, GeneratedFilter, IdsFilter } from '../../graphql/filter-fields';
import { ProjectStatus } from './project.entity';

export const ProjectChannel = enumType('ProjectChannel', ['STATION', 'OFFSHORE_BASE'], 'How a project came in: introduced through a station, or incubated at an offshore base.');
export type ProjectChannel = EnumValue<typeof ProjectChannel>;

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

export const projectFilter: Filter<CriteriaOf<ProjectFilter>> = (w, c) => {
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
