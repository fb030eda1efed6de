/** How clients narrow and order the talents list. */
import { Field } from 'type-graphql';
import { ORGANIZATION_TYPE_NAMES } from '../organization/organization.types';
import { ContainsFilter, CountriesFilter, FilterInput, GeneratedFilter, IdsFilter } from '../../graphql/filter-fields';
import { ordering } from '../../graphql/ordering';
import { Degree } from './talent.entity';

@FilterInput('Talents')
export class TalentFilter {
  @CountriesFilter()
  countries?: string[] | null;

  @Field(() => [Degree], { nullable: true })
  degrees?: Degree[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Returnee talents (海归) only (true) or none of them (false).' })
  isReturnee?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'On post (在岗) at a station or base now (true), or not (false); engagements STAFF have confirmed only.' })
  onPost?: boolean | null;

  @IdsFilter('Station', 'Engaged (ever) at any of these stations; engagements STAFF have confirmed only.')
  stationIds?: string[] | null;

  @IdsFilter('ResearchField', 'Working in any of these research fields.')
  researchFieldIds?: string[] | null;

  // Affiliations are organisations of any kind: their ids name the concrete type.
  @IdsFilter(ORGANIZATION_TYPE_NAMES, 'Affiliated with any of these organisations.')
  affiliationIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Appointed HAIZHI ambassador (true) or not (false).' })
  isAmbassador?: boolean | null;

  @GeneratedFilter()
  isGenerated?: boolean | null;

  @ContainsFilter('Name (either script)')
  nameContains?: string | null;
}

export const TALENT_ORDER = ordering('Talent', { NAME: 'nameSort', COUNTRY: 'countryCode' });
