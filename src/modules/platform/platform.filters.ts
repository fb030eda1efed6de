/** How clients narrow and order the platforms list: the filter input, its SQL on alias t, and the orderings. */
import { Field } from 'type-graphql';
import { IsOptional, ValidateNested } from 'class-validator';
import type { Filter } from '../../db/where';
import { DateRange, ordering } from '../../graphql/ordering';
import { ORGANIZATION_TYPE_NAMES } from '../organization/organization.types';
import { ContainsFilter, CriteriaOf, FilterInput, GeneratedFilter, IdsFilter } from '../../graphql/filter-fields';
import { PlatformKind } from './platform.entity';

@FilterInput('Platforms')
export class PlatformFilter {
  @Field(() => [PlatformKind], { nullable: true })
  kinds?: PlatformKind[] | null;

  @IdsFilter('Station', 'Built by any of these stations.')
  stationIds?: string[] | null;

  @IdsFilter('OffshoreBase', 'Built by any of these offshore bases.')
  offshoreBaseIds?: string[] | null;

  @IdsFilter('ResearchField', 'In any of these research fields.')
  researchFieldIds?: string[] | null;

  @IdsFilter(ORGANIZATION_TYPE_NAMES, 'Built with any of these partner organisations (ids of any organisation type).')
  partnerOrganizationIds?: string[] | null;

  @Field(() => DateRange, { nullable: true, description: 'Established within these dates.' })
  @IsOptional()
  @ValidateNested()
  establishedOn?: DateRange | null;

  @GeneratedFilter()
  isGenerated?: boolean | null;

  @ContainsFilter('Chinese or English name')
  nameContains?: string | null;
}

export const PLATFORM_ORDER = ordering('Platform', { NAME: 'nameSort', ESTABLISHED_ON: 'establishedOn' });

export const platformFilter: Filter<CriteriaOf<PlatformFilter>> = (w, c) => {
  w.in('t.kind', c.kinds)
    .in('t.station_id', c.stationIds)
    .in('t.offshore_base_id', c.offshoreBaseIds)
    .in('t.research_field_id', c.researchFieldIds)
    .existsIn(c.partnerOrganizationIds, (ids) => `SELECT 1 FROM platform_partner pp WHERE pp.platform_id = t.id AND pp.organization_id IN (${ids})`)
    .range('t.established_on', c.establishedOn)
    .flag('t.is_generated', c.isGenerated)
    .contains(['t.name_zh', 't.name_en'], c.nameContains);
};
