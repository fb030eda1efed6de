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

/** Of `ids`, the talents engaged at a station of `hostUnitId`, in one statement per request level. */
function talentsAtUnit(context: AppContext, hostUnitId: number, ids: readonly number[]): Promise<boolean[]> {
  const [query, parameters] = context.loaders.dataSource.driver.escapeQueryWithParameters(
    `SELECT DISTINCT e.talent_id AS id FROM engagement e JOIN station s ON s.id = e.station_id
      WHERE s.host_unit_id = :unit AND e.talent_id IN (:...ids)`,
    { unit: hostUnitId, ids: [...ids] },
  );
  return context.loaders.read<{ id: number | string }, boolean[]>(query, parameters, (rows) => {
    const found = new Set(rows.map((row) => Number(row.id)));
    return ids.map((id) => found.has(id));
  });
}

/** Of `ids`, the applications `expertId` is assigned to review. */
function assignedApplications(context: AppContext, expertId: number, ids: readonly number[]): Promise<boolean[]> {
  const [query, parameters] = context.loaders.dataSource.driver.escapeQueryWithParameters(
    'SELECT application_id AS id FROM application_review WHERE expert_id = :expert AND application_id IN (:...ids)',
    { expert: expertId, ids: [...ids] },
  );
  return context.loaders.read<{ id: number | string }, boolean[]>(query, parameters, (rows) => {
    const found = new Set(rows.map((row) => Number(row.id)));
    return ids.map((id) => found.has(id));
  });
}

const DECIDED = new Set<ApplicationStatus>([ApplicationStatus.APPROVED, ApplicationStatus.REJECTED]);

export const FIELD_RULES: readonly FieldRule<any, AppContext>[] = [
  {
    type: 'Talent',
    fields: ['email', 'phone'],
    readers: 'STAFF and the managers of a station where the talent is engaged',
    allows: (talent: Talent, context: AppContext) => {
      const { viewer, loaders } = context;
      if (viewer.role === Role.STAFF) return true;
      if (viewer.role !== Role.UNIT_MANAGER || viewer.hostUnitId === null) return false;
      const unit = viewer.hostUnitId;
      return loaders.batch<number, boolean>('auth.talentAtViewerUnit', (ids) => talentsAtUnit(context, unit, ids)).load(talent.id);
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
      const expert = viewer.expertId;
      return loaders.batch<number, boolean>('auth.applicationAssignedToViewer', (ids) => assignedApplications(context, expert, ids)).load(application.id);
    },
  },
  {
    type: 'StationStatusChange',
    fields: ['changedBy'],
    readers: 'STAFF',
    allows: (_change: unknown, context: AppContext) => context.viewer.role === Role.STAFF,
  },
];
