/** Reads of funding grants: the filtered, ordered list and its count, and what has been paid out per grant. */
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { toSafeInteger } from '../../db/columns';
import { countRows, fetchPage, Page, PageWindow, SortKey } from '../../db/keyset';
import type { Projection } from '../../db/rows';
import { whereFlag, whereIn } from '../../db/criteria';
import { containsPattern, LIKE_ESCAPE } from '../../db/like';
import { FundingGrant, GrantKind } from './funding-grant.entity';

interface Range<T> {
  from?: T | null;
  to?: T | null;
}

/** The filter in row ids (the resolver decodes global ids). */
export interface FundingGrantCriteria {
  kinds?: GrantKind[] | null;
  years?: Range<number> | null;
  stationIds?: number[];
  offshoreBaseIds?: number[];
  funderDistrictIds?: number[];
  amountCny?: Range<number> | null;
  awardedOn?: Range<string> | null;
  isGenerated?: boolean | null;
  titleContains?: string | null;
}

export function applyFundingGrantCriteria(qb: SelectQueryBuilder<ObjectLiteral>, c: FundingGrantCriteria): void {
  if (c.kinds) whereIn(qb, 't.kind IN (:...grtKinds)', 'grtKinds', c.kinds);
  if (c.years?.from != null) qb.andWhere('t.year >= :grtYearFrom', { grtYearFrom: c.years.from });
  if (c.years?.to != null) qb.andWhere('t.year <= :grtYearTo', { grtYearTo: c.years.to });
  if (c.stationIds) whereIn(qb, 't.station_id IN (:...grtStations)', 'grtStations', c.stationIds);
  if (c.offshoreBaseIds) whereIn(qb, 't.offshore_base_id IN (:...grtBases)', 'grtBases', c.offshoreBaseIds);
  if (c.funderDistrictIds) whereIn(qb, 't.funder_district_id IN (:...grtDistricts)', 'grtDistricts', c.funderDistrictIds);
  if (c.amountCny?.from != null) qb.andWhere('t.amount_cny >= :grtAmountFrom', { grtAmountFrom: c.amountCny.from });
  if (c.amountCny?.to != null) qb.andWhere('t.amount_cny <= :grtAmountTo', { grtAmountTo: c.amountCny.to });
  if (c.awardedOn?.from != null) qb.andWhere('t.awarded_on >= :grtFrom', { grtFrom: c.awardedOn.from });
  if (c.awardedOn?.to != null) qb.andWhere('t.awarded_on <= :grtTo', { grtTo: c.awardedOn.to });
  if (c.isGenerated != null) whereFlag(qb, 't.is_generated', 'grtGenerated', c.isGenerated);
  if (c.titleContains) qb.andWhere(`t.title LIKE :grtTitle ${LIKE_ESCAPE}`, { grtTitle: containsPattern(c.titleContains) });
}

export class FundingGrantService {
  constructor(private readonly dataSource: DataSource) {}

  list(criteria: FundingGrantCriteria, sort: SortKey, window: PageWindow, projection: Projection = null): Promise<Page<FundingGrant>> {
    return fetchPage<FundingGrant>(this.dataSource, FundingGrant, sort, window, (qb) => applyFundingGrantCriteria(qb, criteria), projection);
  }

  count(criteria: FundingGrantCriteria): Promise<number> {
    return countRows(this.dataSource, FundingGrant, (qb) => applyFundingGrantCriteria(qb, criteria));
  }

  /** Whole yuan disbursed against each grant (0 where nothing was paid), in one GROUP BY. */
  async disbursedTotals(grantIds: readonly number[]): Promise<number[]> {
    if (grantIds.length === 0) return [];
    const rows = await this.dataSource
      .createQueryBuilder()
      .select('d.funding_grant_id', 'grant_id')
      .addSelect('SUM(d.amount_cny)', 'total')
      .from('disbursement', 'd')
      .where('d.funding_grant_id IN (:...grtIds)', { grtIds: [...grantIds] })
      .groupBy('d.funding_grant_id')
      .getRawMany<{ grant_id: number | string; total: number | string }>();
    // SUM comes back as a number on SQLite and as DECIMAL text on MySQL/MariaDB.
    const totals = new Map(rows.map((row) => [Number(row.grant_id), toSafeInteger(row.total)]));
    return grantIds.map((id) => totals.get(id) ?? 0);
  }
}
