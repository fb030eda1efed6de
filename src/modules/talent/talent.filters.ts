/** How clients narrow and order the talents list: the filter input, its SQL on alias t, and the orderings. */
import { Field } from 'type-graphql';
import { ORGANIZATION_TYPE_NAMES } from '../organization/organization.types';
import { AnyOfFilter, ContainsFilter, CountriesFilter, FilterInput, filterOf, FlagFilter, GeneratedFilter, IdsFilter } from '../../graphql/filter-fields';
import { ordering } from '../../graphql/ordering';
import { EngagementStatus } from './engagement.entity';
import { today } from '../../time';
import { onPostSql } from './on-post';
import { Degree } from './talent.entity';

@FilterInput('Talents')
export class TalentFilter {
  @CountriesFilter()
  countries?: string[] | null;

  @AnyOfFilter(Degree, 't.degree')
  degrees?: Degree[] | null;

  @FlagFilter('Returnee talents (海归) only (true) or none of them (false).', 't.is_returnee')
  isReturnee?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'On post (在岗) at a station or base now (true), or not (false); engagements STAFF have confirmed only.' })
  onPost?: boolean | null;

  @IdsFilter('Station', 'Engaged (ever) at any of these stations; engagements STAFF have confirmed only.')
  stationIds?: string[] | null;

  @IdsFilter('ResearchField', 'Working in any of these research fields.')
  researchFieldIds?: string[] | null;

  // Affiliations are organisations of any kind: their ids name the concrete type.
  @IdsFilter(ORGANIZATION_TYPE_NAMES, 'Affiliated with any of these organisations.', 't.affiliation_id')
  affiliationIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Appointed HAIZHI ambassador (true) or not (false).' })
  isAmbassador?: boolean | null;

  @GeneratedFilter()
  isGenerated?: boolean | null;

  @ContainsFilter('Name (either script)', ['t.name', 't.name_en'])
  nameContains?: string | null;
}

export const TALENT_ORDER = ordering('Talent', { NAME: 'nameSort', COUNTRY: 'countryCode' });

/** Filters match confirmed engagements only: a proposal (waiting for STAFF) is nobody's engagement yet, whoever asks. */
const CONFIRMED = `'${EngagementStatus.CONFIRMED}'`;

export const talentFilter = filterOf(TalentFilter, (w, c) => {
  w.in('t.country_code', c.countries);
  if (c.onPost !== null && c.onPost !== undefined) {
    w.exists(c.onPost, `SELECT 1 FROM engagement e WHERE e.talent_id = t.id AND e.status = ${CONFIRMED} AND ${onPostSql('e', w.bind(today()))}`);
  }
  w.existsIn(c.stationIds, (ids) => `SELECT 1 FROM engagement e2 WHERE e2.talent_id = t.id AND e2.status = ${CONFIRMED} AND e2.station_id IN (${ids})`)
    .existsIn(c.researchFieldIds, (ids) => `SELECT 1 FROM talent_research_field trf WHERE trf.talent_id = t.id AND trf.research_field_id IN (${ids})`)
    .exists(c.isAmbassador, 'SELECT 1 FROM ambassador_appointment aa WHERE aa.talent_id = t.id');
});
