/** The writes of projects. */
import { isStaff, requirePartnerOf, requireUnitManager } from '../../auth/write-scope';
import { Role } from '../../auth/viewer';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../domain-errors';
import { changesFrom } from '../../write/changes';
import { requireTotalWithin } from '../../write/money';
import { Caller, mutate, Mutation, replaysCreated, UpdateGuard, WriteDeps } from '../../write/mutation';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { Organization } from '../organization/organization.entity';
import { ResearchField } from '../reference/research-field.entity';
import { Station } from '../station/station.entity';
import { Talent } from '../talent/talent.entity';
import type { ChangesOf, NewOf } from '../../graphql/writable-fields';
import { Project, ProjectStatus } from './project.entity';
import type { PROJECT_FIELDS } from './project.mutation-types';
import { ANY, OWN, writePolicy } from '../../write/policy';

/** Who may run these mutations, and how far each role reaches: docs/authorization.md's rows, enforced by mutate() (src/write/policy.ts). */
export const PROJECT_POLICIES = {
  createProject: writePolicy('createProject', { STAFF: ANY, UNIT_MANAGER: OWN, PARTNER: OWN }),
  updateProject: writePolicy('updateProject', { STAFF: ANY, UNIT_MANAGER: OWN, PARTNER: OWN }),
};

/** A new project, as the create input gives it (ids decoded, left-out fields null). */
export type NewProject = NewOf<typeof PROJECT_FIELDS.fields>;

/** Fields to change; null clears a nullable one (name, status, amount and introducedOn cannot be cleared). */
export type ProjectChanges = ChangesOf<typeof PROJECT_FIELDS.fields>;

const REQUIRED_PROJECT_FIELDS = ['name', 'status', 'amountCny', 'introducedOn'] as const;

/** The order a project's status moves in; a change never goes back (see updateProject). */
export const PROJECT_STATUS_ORDER: readonly ProjectStatus[] = [ProjectStatus.NEGOTIATING, ProjectStatus.INTRODUCED, ProjectStatus.INCUBATING, ProjectStatus.LANDED];

type ProjectScope = Pick<Project, 'stationId' | 'offshoreBaseId' | 'partnerOrganizationId'>;

/** Writes of projects. Each emits NetworkFiguresChanged naming exactly the figures it moved. */
export class ProjectService {
  constructor(private readonly deps: WriteDeps) {}

  createProject(caller: Caller, input: NewProject, idempotencyKey?: string | null): Promise<Project> {
    const { name, ...values } = input;
    const row = { ...values, nameZh: name };
    requireOneChannel(row);
    return mutate(
      this.deps,
      caller,
      PROJECT_POLICIES.createProject,
      async (m) => {
        await requireReferences(m, row);
        await requireProjectScope(m, row, 'record projects');
        await requirePartnerHolds(m, row);
        await requireTotalWithin(m, 'project', row.amountCny, 'this project');
        const project = await m.insert(Project, row);
        emitFigures(m, null, project);
        return project;
      },
      replaysCreated(Project, idempotencyKey, input),
    );
  }

  updateProject(caller: Caller, id: number, changes: ProjectChanges, expectedVersion?: number | null): Promise<Project> {
    const { name, ...rest } = changesFrom(changes, REQUIRED_PROJECT_FIELDS);
    const values: Partial<Project> = { ...rest, ...(name !== undefined ? { nameZh: name } : {}) };
    return mutate(this.deps, caller, PROJECT_POLICIES.updateProject, async (m) => {
      const current = await m.get(Project, id, 'input.id');
      await requireProjectScope(m, current, 'change projects');
      const next = { ...current, ...values };
      requireOneChannel(next);
      await requireReferences(m, values);
      // As it will be: a manager cannot move it to another unit's station, nor a partner hand it to another organisation.
      await requireProjectScope(m, next, 'record projects');
      // A partner moving it names a station or base that partners with them, as on create.
      if (next.stationId !== current.stationId || next.offshoreBaseId !== current.offshoreBaseId) await requirePartnerHolds(m, next);
      if (values.amountCny !== undefined) await requireTotalWithin(m, 'project', next.amountCny - current.amountCny, 'this amount');
      const { before, after } = await m.update(Project, id, values, { expectedVersion, guard: values.status ? forwardTo(values.status) : undefined });
      emitFigures(m, before, after);
      return after;
    });
  }
}

/** BAD_USER_INPUT unless exactly one of station and base holds the project. */
function requireOneChannel(project: Pick<Project, 'stationId' | 'offshoreBaseId'>): void {
  if ((project.stationId === null) === (project.offshoreBaseId === null)) {
    throw BadUserInputError.of([
      { path: 'input.stationId', message: 'give exactly one of stationId (a project introduced through a station) and offshoreBaseId (a project incubated at a base)' },
    ]);
  }
}

/** NOT_FOUND for an id in the input that names no record. */
async function requireReferences(m: Mutation, values: Partial<Project>): Promise<void> {
  if (values.stationId) await m.get(Station, values.stationId, 'input.stationId');
  if (values.offshoreBaseId) await m.get(OffshoreBase, values.offshoreBaseId, 'input.offshoreBaseId');
  if (values.partnerOrganizationId) await m.get(Organization, values.partnerOrganizationId, 'input.partnerOrganizationId');
  if (values.talentId) await m.get(Talent, values.talentId, 'input.talentId');
  if (values.researchFieldId) await m.get(ResearchField, values.researchFieldId, 'input.researchFieldId');
}

/**
 * FORBIDDEN unless the caller may write this project: STAFF any; a UNIT_MANAGER one introduced
 * through a station of their unit; a PARTNER one whose partner organisation is theirs.
 */
async function requireProjectScope(m: Mutation, project: ProjectScope, what: string): Promise<void> {
  const { viewer } = m;
  if (isStaff(viewer)) return;
  if (viewer.role === Role.UNIT_MANAGER) {
    if (project.stationId === null) throw new ForbiddenError(`only STAFF may ${what} incubated at an offshore base; a UNIT_MANAGER works with the stations of their unit`);
    const station = await m.get(Station, project.stationId, 'input.stationId');
    requireUnitManager(m, station.hostUnitId, `${what} introduced through this station`);
    return;
  }
  requirePartnerOf(m, project.partnerOrganizationId, `${what} from this partner organisation`);
}

/**
 * FORBIDDEN unless a PARTNER's project is held by a station or offshore base that partners with the
 * partner's organisation now (a partnership row: ending one deletes it). Others pass: STAFF place
 * any project, a UNIT_MANAGER only at the stations of their unit (requireProjectScope).
 */
async function requirePartnerHolds(m: Mutation, project: ProjectScope): Promise<void> {
  const { viewer } = m;
  if (viewer.role !== Role.PARTNER) return;
  const [column, holderId, holder] = project.stationId !== null ? ['station_id', project.stationId, 'this station'] : ['offshore_base_id', project.offshoreBaseId, 'this offshore base'];
  const ties = await m.select(
    `SELECT 1 AS tie FROM partnership WHERE organization_id = :organization AND ${column} = :holder AND since <= :today LIMIT 1`,
    { organization: viewer.organizationId, holder: holderId, today: m.today },
    (rows) => rows.length,
  );
  if (ties === 0) {
    throw new ForbiddenError(
      `${holder} holds no partnership with your organisation: a partner records projects only at a station or offshore base it partners with; ask STAFF or the station's unit managers to record the partnership first`,
    );
  }
}

/** The update's guard when it sets a status: the project must be at that status or an earlier one. */
function forwardTo(status: ProjectStatus): UpdateGuard<Project> {
  const allowed = PROJECT_STATUS_ORDER.slice(0, PROJECT_STATUS_ORDER.indexOf(status) + 1);
  return {
    where: 'status IN (:...allowedStatuses)',
    parameters: { allowedStatuses: allowed },
    conflict: (current) =>
      new ConflictError(
        `cannot move a project that is ${current.status} back to ${status}: a project's status only moves forward (${PROJECT_STATUS_ORDER.join(' → ')})`,
        { currentStatus: current.status },
      ),
  };
}

/** What one project adds to each figure it counts in (networkStats' definitions, src/modules/stats). */
function contribution(project: Project | null): Record<'projects' | 'projectAmountCny' | 'incubatedProjects', number> {
  const introduced = project !== null && project.stationId !== null && project.status !== ProjectStatus.NEGOTIATING;
  return {
    projects: introduced ? 1 : 0,
    projectAmountCny: introduced ? project.amountCny : 0,
    incubatedProjects: project !== null && project.offshoreBaseId !== null ? 1 : 0,
  };
}

/** NetworkFiguresChanged naming the figures the change from `before` to `after` moved; nothing when none moved. */
function emitFigures(m: Mutation, before: Project | null, after: Project): void {
  const [was, is] = [contribution(before), contribution(after)];
  const figures = (Object.keys(is) as (keyof typeof is)[]).filter((figure) => was[figure] !== is[figure]);
  if (figures.length) m.emit({ type: 'NetworkFiguresChanged', figures });
}
