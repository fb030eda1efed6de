/** How clients narrow and order the projects list: the filter input, its SQL on alias t, and the orderings. */
import { Field } from 'type-graphql';
import { enumType, EnumValue, EnumLabels } from '../../graphql/enum-type';
import { AmountRange, DateRange, ordering } from '../../graphql/ordering';
import { ORGANIZATION_TYPE_NAMES } from '../organization/organization.types';
import { AnyOfFilter, FilterInput, filterOf, GeneratedFilter, IdsFilter, NameContainsFilter, RangeFilter } from '../../graphql/filter-fields';
import { ProjectStatus } from './project.entity';

export const PROJECT_CHANNEL_LABELS = {
  STATION: { zh: '工作站引进', en: 'introduced through a station' },
  OFFSHORE_BASE: { zh: '离岸基地孵化', en: 'incubated at an offshore base' },
} as const satisfies EnumLabels;
export const ProjectChannel = enumType('ProjectChannel', PROJECT_CHANNEL_LABELS, 'How a project came in: introduced through a station, or incubated at an offshore base.');
export type ProjectChannel = EnumValue<typeof ProjectChannel>;

@FilterInput('Projects')
export class ProjectFilter {
  @AnyOfFilter(ProjectStatus, 't.status')
  statuses?: ProjectStatus[] | null;

  @IdsFilter('ResearchField', 'In any of these research fields.', 't.research_field_id')
  researchFieldIds?: string[] | null;

  @IdsFilter('Station', 'Introduced through any of these stations.', 't.station_id')
  stationIds?: string[] | null;

  @IdsFilter('OffshoreBase', 'Incubated at any of these offshore bases.', 't.offshore_base_id')
  offshoreBaseIds?: string[] | null;

  @Field(() => ProjectChannel, { nullable: true, description: 'Introduced through a station, or incubated at an offshore base.' })
  channel?: ProjectChannel | null;

  @IdsFilter(ORGANIZATION_TYPE_NAMES, 'From any of these partner organisations (ids of any organisation type).', 't.partner_organization_id')
  partnerOrganizationIds?: string[] | null;

  @IdsFilter('Talent', 'Brought in by any of these talents.', 't.talent_id')
  talentIds?: string[] | null;

  @RangeFilter(AmountRange, 'Amount in whole yuan (CNY).', 't.amount_cny')
  amountCny?: AmountRange | null;

  @RangeFilter(DateRange, 'Introduced within these dates.', 't.introduced_on')
  introducedOn?: DateRange | null;

  @GeneratedFilter()
  isGenerated?: boolean | null;

  @NameContainsFilter()
  nameContains?: string | null;
}

export const PROJECT_ORDER = ordering('Project', { NAME: 'nameSort', AMOUNT: 'amountCny', INTRODUCED_ON: 'introducedOn' });

export const projectFilter = filterOf(ProjectFilter, (w, c) => {
  if (c.channel === ProjectChannel.STATION) w.add('t.station_id IS NOT NULL');
  if (c.channel === ProjectChannel.OFFSHORE_BASE) w.add('t.offshore_base_id IS NOT NULL');
});
