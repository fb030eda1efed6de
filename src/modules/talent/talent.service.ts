/** Reads of talents: the list's conditions, shared by its pages and its count. */
import type { Filter } from '../../db/where';
import { onPostSql, today } from './on-post';
import type { Degree } from './talent.entity';

/** The filter in row ids. */
export interface TalentCriteria {
  countries?: string[] | null;
  degrees?: Degree[] | null;
  isReturnee?: boolean | null;
  onPost?: boolean | null;
  stationIds?: number[];
  researchFieldIds?: number[];
  affiliationIds?: number[];
  isAmbassador?: boolean | null;
  isGenerated?: boolean | null;
  nameContains?: string | null;
  /** The day "on post" is judged on (YYYY-MM-DD); today by default. */
  today?: string;
}

export const talentFilter: Filter<TalentCriteria> = (w, c) => {
  w.in('t.country_code', c.countries).in('t.degree', c.degrees).flag('t.is_returnee', c.isReturnee);
  if (c.onPost !== null && c.onPost !== undefined) {
    w.exists(c.onPost, `SELECT 1 FROM engagement e WHERE e.talent_id = t.id AND ${onPostSql('e', w.bind(c.today ?? today()))}`);
  }
  w.existsIn(c.stationIds, (ids) => `SELECT 1 FROM engagement e2 WHERE e2.talent_id = t.id AND e2.station_id IN (${ids})`)
    .existsIn(c.researchFieldIds, (ids) => `SELECT 1 FROM talent_research_field trf WHERE trf.talent_id = t.id AND trf.research_field_id IN (${ids})`)
    .in('t.affiliation_id', c.affiliationIds)
    .exists(c.isAmbassador, 'SELECT 1 FROM ambassador_appointment aa WHERE aa.talent_id = t.id')
    .flag('t.is_generated', c.isGenerated)
    .contains(['t.name', 't.name_en'], c.nameContains);
};
