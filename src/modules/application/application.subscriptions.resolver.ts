/**
 * applicationStatusChanged: each step of a station application through its workflow, as it
 * commits, for STAFF (every application) and the applicant unit's managers (their unit's). Other
 * units' applications never reach a manager, even those the public may read once publicized: this
 * follows one's own applications. Each event is also checked against the subscriber's row scope.
 */
import { Arg, Authorized, Ctx, ID, Resolver, Root, Subscription } from 'type-graphql';
import { Role } from '../../auth/viewer';
import { canManageUnit } from '../../auth/write-scope';
import type { AppContext } from '../../context';
import type { ApplicationStatusChanged, Published } from '../../events/domain-events';
import { ForbiddenError, NotFoundError } from '../../domain-errors';
import { inputId } from '../../graphql/input-ids';
import { Payload } from '../../graphql/payload';
import { committedEvents } from '../../realtime/committed-events';
import { ApplicationStatus, StationApplication } from './station-application.entity';

export const ApplicationStatusEvent = Payload<{ application: StationApplication; from: ApplicationStatus | null; to: ApplicationStatus; committedAt: Date }>(
  'ApplicationStatusEvent',
  {
    application: [() => StationApplication, { description: 'The application, as it is after the change.' }],
    from: [() => ApplicationStatus, { nullable: true, description: 'The status before; null when the application was just submitted.' }],
    to: [() => ApplicationStatus, { description: 'The status after the change.' }],
    committedAt: [() => Date, { description: 'When the transaction that changed it committed.' }],
  },
  "A station application's status, as it changed.",
);
export type ApplicationStatusEvent = InstanceType<typeof ApplicationStatusEvent>;

type PublishedChange = Published<ApplicationStatusChanged>;

/** The one application to follow, checked: NOT_FOUND if the caller could not read it, FORBIDDEN if it is another unit's. */
async function followed(context: AppContext, applicationId: string): Promise<number> {
  const id = inputId(applicationId, 'StationApplication', 'applicationId');
  const application = await context.loaders.byId(StationApplication).load(id);
  if (!application) throw new NotFoundError(`no station application ${applicationId} that you may read`, { argument: 'applicationId' });
  if (!canManageUnit(context.viewer, application.hostUnitId)) {
    throw new ForbiddenError("applicationStatusChanged follows your own unit's applications; this one is another unit's");
  }
  return id;
}

@Resolver()
export class ApplicationSubscriptionsResolver {
  @Authorized(Role.STAFF, Role.UNIT_MANAGER)
  @Subscription(() => ApplicationStatusEvent, {
    description: "Station applications changing status, as the changes commit: every application for STAFF, their own unit's for its managers. With applicationId, that one only.",
    subscribe: async ({ args, context }) => {
      const ctx = context as AppContext;
      const only = args.applicationId ? await followed(ctx, args.applicationId as string) : null;
      return committedEvents(ctx, 'ApplicationStatusChanged', {
        matches: (event) => (only === null || event.applicationId === only) && canManageUnit(ctx.viewer, event.hostUnitId),
        readable: async (event, { loaders }) => (await loaders.byId(StationApplication).load(event.applicationId)) !== null,
      });
    },
  })
  async applicationStatusChanged(
    @Root() event: PublishedChange,
    @Arg('applicationId', () => ID, { nullable: true, description: 'Follow this application only (its global id); omitted: every application the caller may follow.' }) _applicationId: string | null,
    @Ctx() { loaders }: AppContext,
  ): Promise<ApplicationStatusEvent> {
    const application = (await loaders.byId(StationApplication).load(event.applicationId))!;
    return { application, from: event.from, to: event.to, committedAt: new Date(event.committedAt) };
  }
}
