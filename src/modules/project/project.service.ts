/** Reads of projects: the filtered, ordered list and its count share one set of conditions. */
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { countRows, fetchPage, Page, PageWindow, SortKey } from '../../db/keyset';
import type { Projection } from '../../db/rows';
import { whereFlag, whereIn } from '../../db/criteria';
import { containsPattern, LIKE_ESCAPE } from '../../db/like';
import { Project, ProjectStatus } from './project.entity';
import { ProjectChannel } from './project.inputs';

interface Range<T> {
  from?: T | null;
  to?: T | null;
}

/** The filter in row ids (the resolver decodes global ids). */
export interface ProjectCriteria {
  statuses?: ProjectStatus[] | null;
  researchFieldIds?: number[];
  stationIds?: number[];
  offshoreBaseIds?: number[];
  channel?: ProjectChannel | null;
  partnerOrganizationIds?: number[];
  talentIds?: number[];
  amountCny?: Range<number> | null;
  introducedOn?: Range<string> | null;
  isGenerated?: boolean | null;
  nameContains?: string | null;
}

export function applyProjectCriteria(qb: SelectQueryBuilder<ObjectLiteral>, c: ProjectCriteria): void {
  if (c.statuses) whereIn(qb, 't.status IN (:...prjStatuses)', 'prjStatuses', c.statuses);
  if (c.researchFieldIds) whereIn(qb, 't.research_field_id IN (:...prjFields)', 'prjFields', c.researchFieldIds);
  if (c.stationIds) whereIn(qb, 't.station_id IN (:...prjStations)', 'prjStations', c.stationIds);
  if (c.offshoreBaseIds) whereIn(qb, 't.offshore_base_id IN (:...prjBases)', 'prjBases', c.offshoreBaseIds);
  if (c.channel === ProjectChannel.STATION) qb.andWhere('t.station_id IS NOT NULL');
  if (c.channel === ProjectChannel.OFFSHORE_BASE) qb.andWhere('t.offshore_base_id IS NOT NULL');
  if (c.partnerOrganizationIds) {
    whereIn(qb, 't.partner_organization_id IN (:...prjPartners)', 'prjPartners', c.partnerOrganizationIds);
  }
  if (c.talentIds) whereIn(qb, 't.talent_id IN (:...prjTalents)', 'prjTalents', c.talentIds);
  if (c.amountCny?.from != null) qb.andWhere('t.amount_cny >= :prjAmountFrom', { prjAmountFrom: c.amountCny.from });
  if (c.amountCny?.to != null) qb.andWhere('t.amount_cny <= :prjAmountTo', { prjAmountTo: c.amountCny.to });
  if (c.introducedOn?.from != null) qb.andWhere('t.introduced_on >= :prjFrom', { prjFrom: c.introducedOn.from });
  if (c.introducedOn?.to != null) qb.andWhere('t.introduced_on <= :prjTo', { prjTo: c.introducedOn.to });
  if (c.isGenerated != null) whereFlag(qb, 't.is_generated', 'prjGenerated', c.isGenerated);
  if (c.nameContains) {
    qb.andWhere(`(t.name_zh LIKE :prjName ${LIKE_ESCAPE} OR t.name_en LIKE :prjName ${LIKE_ESCAPE})`, { prjName: containsPattern(c.nameContains) });
  }
}

export class ProjectService {
  constructor(private readonly dataSource: DataSource) {}

  list(criteria: ProjectCriteria, sort: SortKey, window: PageWindow, projection: Projection = null): Promise<Page<Project>> {
    return fetchPage<Project>(this.dataSource, Project, sort, window, (qb) => applyProjectCriteria(qb, criteria), projection);
  }

  count(criteria: ProjectCriteria): Promise<number> {
    return countRows(this.dataSource, Project, (qb) => applyProjectCriteria(qb, criteria));
  }
}
