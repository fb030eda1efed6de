/** Reads of talents: the filtered, ordered list and its count share one set of conditions. */
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { countRows, fetchPage, Page, PageWindow, SortKey } from '../../db/keyset';
import type { Projection } from '../../db/rows';
import { whereFlag, whereIn } from '../../db/criteria';
import { containsPattern, LIKE_ESCAPE } from '../../db/like';
import type { Degree } from './talent.entity';
import { Talent } from './talent.entity';

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

export function applyTalentCriteria(qb: SelectQueryBuilder<ObjectLiteral>, c: TalentCriteria): void {
  if (c.countries) whereIn(qb, 't.country_code IN (:...tCountries)', 'tCountries', c.countries);
  if (c.degrees) whereIn(qb, 't.degree IN (:...tDegrees)', 'tDegrees', c.degrees);
  if (c.isReturnee != null) whereFlag(qb, 't.is_returnee', 'tReturnee', c.isReturnee);
  if (c.onPost != null) {
    const exists = 'EXISTS (SELECT 1 FROM engagement e WHERE e.talent_id = t.id AND (e.ended_on IS NULL OR e.ended_on >= :tToday))';
    qb.andWhere(c.onPost ? exists : `NOT ${exists}`, { tToday: c.today ?? new Date().toISOString().slice(0, 10) });
  }
  if (c.stationIds) {
    whereIn(qb, 'EXISTS (SELECT 1 FROM engagement e2 WHERE e2.talent_id = t.id AND e2.station_id IN (:...tStations))', 'tStations', c.stationIds);
  }
  if (c.researchFieldIds) {
    whereIn(
      qb,
      'EXISTS (SELECT 1 FROM talent_research_field trf WHERE trf.talent_id = t.id AND trf.research_field_id IN (:...tFields))',
      'tFields',
      c.researchFieldIds,
    );
  }
  if (c.affiliationIds) whereIn(qb, 't.affiliation_id IN (:...tAffiliations)', 'tAffiliations', c.affiliationIds);
  if (c.isAmbassador != null) {
    const exists = 'EXISTS (SELECT 1 FROM ambassador_appointment aa WHERE aa.talent_id = t.id)';
    qb.andWhere(c.isAmbassador ? exists : `NOT ${exists}`);
  }
  if (c.isGenerated != null) whereFlag(qb, 't.is_generated', 'tGenerated', c.isGenerated);
  if (c.nameContains) {
    qb.andWhere(`(t.name LIKE :tName ${LIKE_ESCAPE} OR t.name_en LIKE :tName ${LIKE_ESCAPE})`, { tName: containsPattern(c.nameContains) });
  }
}

export class TalentService {
  constructor(private readonly dataSource: DataSource) {}

  list(criteria: TalentCriteria, sort: SortKey, window: PageWindow, projection: Projection = null): Promise<Page<Talent>> {
    return fetchPage<Talent>(this.dataSource, Talent, sort, window, (qb) => applyTalentCriteria(qb, criteria), projection);
  }

  count(criteria: TalentCriteria): Promise<number> {
    return countRows(this.dataSource, Talent, (qb) => applyTalentCriteria(qb, criteria));
  }
}
