/** The application-workflow mutations: thin, they decode the input and hand it to StationApplicationService. */
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { inputId } from '../../graphql/input-ids';
import {
  APPLICATION_FIELDS,
  ApprovalPayload,
  ApproveStationApplicationInput,
  AssignReviewersInput,
  CreateStationApplicationInput,
  PublicizeStationApplicationInput,
  QualifyStationApplicationInput,
  RecordSiteInspectionInput,
  RejectStationApplicationInput,
  REVIEW_FIELDS,
  ReviewPayload,
  SiteInspectionPayload,
  StationApplicationPayload,
  SubmitReviewInput,
  UpdateStationApplicationInput,
  WithdrawStationApplicationInput,
} from './application.mutation-types';
import { APPLICATION_POLICIES } from './application.service';
import { rolesOf } from '../../write/policy';
import { MUTATION_INPUT } from '../../graphql/input-fields';

const applicationId = (id: string) => inputId(id, 'StationApplication', 'input.applicationId');

@Resolver()
export class ApplicationMutationsResolver {
  @Authorized(...rolesOf(APPLICATION_POLICIES.createStationApplication))
  @Mutation(() => StationApplicationPayload, { description: "Files an application to set up a station (申报): SUBMITTED. The unit's managers, or STAFF." })
  async createStationApplication(
    @Arg('input', () => CreateStationApplicationInput, MUTATION_INPUT) input: InstanceType<typeof CreateStationApplicationInput>,
    @Ctx() context: AppContext,
  ): Promise<StationApplicationPayload> {
    return { application: await context.services.applications.createApplication(context, APPLICATION_FIELDS.decodeCreate(input), input.idempotencyKey) };
  }

  @Authorized(...rolesOf(APPLICATION_POLICIES.updateStationApplication))
  @Mutation(() => StationApplicationPayload, { description: "Changes an application while it is SUBMITTED. The unit's managers, or STAFF." })
  async updateStationApplication(
    @Arg('input', () => UpdateStationApplicationInput, MUTATION_INPUT) input: InstanceType<typeof UpdateStationApplicationInput>,
    @Ctx() context: AppContext,
  ): Promise<StationApplicationPayload> {
    const id = inputId(input.id, 'StationApplication', 'input.id');
    return { application: await context.services.applications.updateApplication(context, id, APPLICATION_FIELDS.decodeUpdate(input), input.expectedVersion) };
  }

  @Authorized(...rolesOf(APPLICATION_POLICIES.qualifyStationApplication))
  @Mutation(() => StationApplicationPayload, {
    description: 'The qualification check (资格审查): SUBMITTED → QUALIFIED, or BAD_USER_INPUT naming each condition not met (service space, dedicated staff, head, research fields, name). STAFF.',
  })
  async qualifyStationApplication(@Arg('input', MUTATION_INPUT) input: QualifyStationApplicationInput, @Ctx() context: AppContext): Promise<StationApplicationPayload> {
    return { application: await context.services.applications.qualify(context, applicationId(input.applicationId), input.expectedVersion) };
  }

  @Authorized(...rolesOf(APPLICATION_POLICIES.assignReviewers))
  @Mutation(() => StationApplicationPayload, { description: 'Assigns at least 2 experts without a conflict of interest: QUALIFIED → UNDER_REVIEW. STAFF.' })
  async assignReviewers(@Arg('input', MUTATION_INPUT) input: AssignReviewersInput, @Ctx() context: AppContext): Promise<StationApplicationPayload> {
    // Decoded one by one, not as a set: an error names the position the client gave.
    const expertIds = input.expertIds.map((id, index) => inputId(id, 'Expert', `input.expertIds[${index}]`));
    return { application: await context.services.applications.assignReviewers(context, applicationId(input.applicationId), expertIds, input.expectedVersion) };
  }

  @Authorized(...rolesOf(APPLICATION_POLICIES.submitReview))
  @Mutation(() => ReviewPayload, { description: 'Submits your review of an application you are assigned to, once, while it is UNDER_REVIEW. The assigned REVIEWER.' })
  async submitReview(@Arg('input', () => SubmitReviewInput, MUTATION_INPUT) input: InstanceType<typeof SubmitReviewInput>, @Ctx() context: AppContext): Promise<ReviewPayload> {
    return context.services.applications.submitReview(context, REVIEW_FIELDS.decodeCreate(input));
  }

  @Authorized(...rolesOf(APPLICATION_POLICIES.recordSiteInspection))
  @Mutation(() => SiteInspectionPayload, { description: 'Records the site inspection (实地考察) once every review is in: UNDER_REVIEW → INSPECTED. STAFF.' })
  async recordSiteInspection(@Arg('input', MUTATION_INPUT) input: RecordSiteInspectionInput, @Ctx() context: AppContext): Promise<SiteInspectionPayload> {
    const { applicationId: id, expectedVersion, ...record } = input;
    return context.services.applications.recordSiteInspection(context, applicationId(id), record, expectedVersion);
  }

  @Authorized(...rolesOf(APPLICATION_POLICIES.publicizeStationApplication))
  @Mutation(() => StationApplicationPayload, { description: 'Publishes the public notice (公示): INSPECTED → PUBLICIZED; the application is public from then on. STAFF.' })
  async publicizeStationApplication(@Arg('input', MUTATION_INPUT) input: PublicizeStationApplicationInput, @Ctx() context: AppContext): Promise<StationApplicationPayload> {
    return { application: await context.services.applications.publicize(context, applicationId(input.applicationId), input.noticeEndsOn, input.expectedVersion) };
  }

  @Authorized(...rolesOf(APPLICATION_POLICIES.approveStationApplication))
  @Mutation(() => ApprovalPayload, {
    description: 'Approves a publicized application after its notice has ended: PUBLICIZED → APPROVED, creating the station (ACTIVE, valid 3 years), its head and its establishment grant. STAFF.',
  })
  async approveStationApplication(@Arg('input', MUTATION_INPUT) input: ApproveStationApplicationInput, @Ctx() context: AppContext): Promise<ApprovalPayload> {
    return context.services.applications.approve(context, applicationId(input.applicationId), input.expectedVersion);
  }

  @Authorized(...rolesOf(APPLICATION_POLICIES.rejectStationApplication))
  @Mutation(() => StationApplicationPayload, { description: 'Rejects an open application, with the reason. STAFF.' })
  async rejectStationApplication(@Arg('input', MUTATION_INPUT) input: RejectStationApplicationInput, @Ctx() context: AppContext): Promise<StationApplicationPayload> {
    return { application: await context.services.applications.reject(context, applicationId(input.applicationId), input.reason, input.expectedVersion) };
  }

  @Authorized(...rolesOf(APPLICATION_POLICIES.withdrawStationApplication))
  @Mutation(() => StationApplicationPayload, { description: "Withdraws an open application. The unit's managers, or STAFF." })
  async withdrawStationApplication(@Arg('input', MUTATION_INPUT) input: WithdrawStationApplicationInput, @Ctx() context: AppContext): Promise<StationApplicationPayload> {
    return { application: await context.services.applications.withdraw(context, applicationId(input.applicationId), input.reason ?? null, input.expectedVersion) };
  }
}
