/**
 * Fields that hold personal data or unpublished workflow state, and who may read them; outside
 * that, the field reads null (src/graphql/field-guards.ts installs these after every speed lever).
 * docs/authorization.md is the matrix, and a test checks both agree.
 */
import type { AppContext } from '../context';
import type { FieldRule } from '../graphql/field-guards';
import type { StationApplication } from '../modules/application/station-application.entity';
import { ApplicationStatus } from '../modules/application/station-application.entity';
import type { Talent } from '../modules/talent/talent.entity';
import { Role } from './viewer';
// The whole model, in its own order, before the classes below: the order in which entity modules
// load is the order the schema prints its types in (src/schema.ts), so a rule must not change it.
import '../db/entities';
import { scopedBatch } from '../db/scoped-batch';
import { ParameterBag } from '../db/sql-params';
import { ApplicationReview } from '../modules/application/application-review.entity';
import { Station } from '../modules/station/station.entity';
import { Engagement } from '../modules/talent/engagement.entity';
import { today } from '../time';
import { currentEngagementSql } from '../modules/talent/on-post';

/**
 * Of the talents keyed, those the viewer's unit holds a current engagement with: CONFIRMED by STAFF
 * and on post today, at one of the unit's stations. A proposal or an ended engagement grants
 * nothing (issue 12, §5: engaging a stranger, or ending at once, must not open their contacts).
 */
export const TALENT_AT_UNIT = scopedBatch<number, boolean, number>({
  name: 'talents currently engaged at a unit',
  reads: [Engagement, Station],
  load(ids, reader, unit) {
    const params = new ParameterBag('s');
    const [query, parameters] = reader.dataSource.driver.escapeQueryWithParameters(
      `SELECT DISTINCT e.talent_id AS id FROM engagement e JOIN station s ON s.id = e.station_id
        WHERE s.host_unit_id = :unit AND e.talent_id IN (:...ids) AND ${currentEngagementSql('e', params.bind(today()))}
          AND ${reader.where(Engagement, 'e', params)} AND ${reader.where(Station, 's', params)}`,
      { unit, ids: [...ids], ...params.values },
    );
    return reader.read<{ id: number | string }, boolean[]>(query, parameters, (rows) => {
      const found = new Set(rows.map((row) => Number(row.id)));
      return ids.map((id) => found.has(id));
    });
  },
});

/** Of the applications keyed, those the expert is assigned to review. */
const ASSIGNED_TO_EXPERT = scopedBatch<number, boolean, number>({
  name: 'applications assigned to an expert',
  reads: [ApplicationReview],
  load(ids, reader, expert) {
    const params = new ParameterBag('s');
    const [query, parameters] = reader.dataSource.driver.escapeQueryWithParameters(
      `SELECT r.application_id AS id FROM application_review r
        WHERE r.expert_id = :expert AND r.application_id IN (:...ids) AND ${reader.where(ApplicationReview, 'r', params)}`,
      { expert, ids: [...ids], ...params.values },
    );
    return reader.read<{ id: number | string }, boolean[]>(query, parameters, (rows) => {
      const found = new Set(rows.map((row) => Number(row.id)));
      return ids.map((id) => found.has(id));
    });
  },
});

const DECIDED = new Set<ApplicationStatus>([ApplicationStatus.APPROVED, ApplicationStatus.REJECTED]);

export const FIELD_RULES: readonly FieldRule<any, AppContext>[] = [
  {
    type: 'Talent',
    fields: ['email', 'phone'],
    readers: 'STAFF and the managers of a station where the talent holds a current, confirmed engagement',
    allows: (talent: Talent, context: AppContext) => {
      const { viewer, loaders } = context;
      if (viewer.role === Role.STAFF) return true;
      if (viewer.role !== Role.UNIT_MANAGER || viewer.hostUnitId === null) return false;
      return loaders.batch(TALENT_AT_UNIT, viewer.hostUnitId).load(talent.id);
    },
  },
  {
    type: 'StationApplication',
    fields: ['conclusion'],
    readers: "STAFF, the experts assigned to review the application, and the applicant unit's managers once it is decided",
    needs: ['status', 'hostUnitId'],
    allows: (application: StationApplication, context: AppContext) => {
      const { viewer, loaders } = context;
      if (viewer.role === Role.STAFF) return true;
      if (viewer.role === Role.UNIT_MANAGER) return viewer.hostUnitId === application.hostUnitId && DECIDED.has(application.status);
      if (viewer.role !== Role.REVIEWER || viewer.expertId === null) return false;
      return loaders.batch(ASSIGNED_TO_EXPERT, viewer.expertId).load(application.id);
    },
  },
  {
    type: 'StationStatusChange',
    fields: ['changedBy'],
    readers: 'STAFF',
    allows: (_change: unknown, context: AppContext) => context.viewer.role === Role.STAFF,
  },
];
