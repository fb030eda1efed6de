/**
 * What the application-workflow mutations take and return: one `input` each, and a payload naming
 * what changed. The application's own fields and a review's are declared once (writableFields); the
 * workflow steps take the application's id and version (ApplicationStepInput) and what the step records.
 */
import { ArrayMaxSize } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CalendarDate, ExpectedVersion, Text } from '../../graphql/input-fields';
import { Payload } from '../../graphql/payload';
import { enumOf, id, ids, int, text, writableFields } from '../../graphql/writable-fields';
import { FundingGrant } from '../funding/funding-grant.entity';
import { StationHead } from '../station/station-head.entity';
import { Station } from '../station/station.entity';
import { ApplicationReview, ReviewRecommendation } from './application-review.entity';
import { SiteInspection } from './site-inspection.entity';
import { StationApplication } from './station-application.entity';

const MAX_AREA_M2 = 1_000_000;
const MAX_STAFF = 10_000;

/** A count the application must give, from 0 to `max`, refused in words that name it. */
function count(name: string, max: number, description: string) {
  return int({ min: 0, max, message: { min: `${name} must be 0 or more`, max: `${name} must be at most ${max}` }, required: true, description });
}

export const APPLICATION_FIELDS = writableFields({
  hostUnitId: id('HostUnit', { required: true, only: 'create', description: 'The applicant unit.' }),
  proposedName: text({ max: 200, maxReason: 'as a station name may be', min: 1, required: true, description: 'Name the station would take, e.g. 重庆某某有限公司海智工作站.' }),
  districtId: id('District', { required: true, description: 'District the station would sit in.' }),
  serviceAreaM2: count('serviceAreaM2', MAX_AREA_M2, 'Service space offered, m² (qualification needs at least 100).'),
  dedicatedStaff: count('dedicatedStaff', MAX_STAFF, 'Dedicated staff the unit commits (qualification needs at least 1).'),
  proposedHeadTalentId: id('Talent', { description: { create: 'The talent proposed to head the station (qualification needs one).', update: 'null withdraws the proposal of a head.' } }),
  researchFieldIds: ids('ResearchField', {
    max: 20,
    items: 'fields',
    required: true,
    description: { create: 'Research fields the station would work in (qualification needs at least one).', update: 'Replaces the research fields; null or [] names none.' },
  }),
});

export const CreateStationApplicationInput = APPLICATION_FIELDS.createInput('CreateStationApplicationInput', {
  description:
    "A host unit's application to set up a station (申报). The unit's managers, or STAFF. The qualification check (qualifyStationApplication) decides whether it is complete; until then the applicant may change it.",
});

export const UpdateStationApplicationInput = APPLICATION_FIELDS.updateInput('UpdateStationApplicationInput', {
  description: "Changes to an application while it is SUBMITTED: only the fields given change. The unit's managers, or STAFF.",
  expectedVersion: 'application',
});

@InputType()
export class ApplicationStepInput {
  @Field(() => ID, { description: 'The global id of the station application.' })
  applicationId: string;

  @ExpectedVersion('application')
  expectedVersion?: number | null;
}

@InputType({ description: 'Passes the qualification check (资格审查): SUBMITTED → QUALIFIED. STAFF.' })
export class QualifyStationApplicationInput extends ApplicationStepInput {}

@InputType({ description: 'Approves a publicized application once its public notice has ended: PUBLICIZED → APPROVED. STAFF.' })
export class ApproveStationApplicationInput extends ApplicationStepInput {}

@InputType({ description: 'Assigns the experts who review an application: QUALIFIED → UNDER_REVIEW. STAFF.' })
export class AssignReviewersInput extends ApplicationStepInput {
  @Field(() => [ID], { description: 'At least 2 experts, none with a conflict of interest (working at the applicant unit, or engaged at one of its stations).' })
  @ArrayMaxSize(20, { message: 'expertIds may hold at most 20 experts' })
  expertIds: string[];
}

/** An expert's review: filled in once, on the row assignReviewers made (so a create without an idempotency key). */
export const REVIEW_FIELDS = writableFields({
  applicationId: id('StationApplication', { required: true, description: 'The global id of the application reviewed; the caller must be an expert assigned to it.' }),
  score: int({ min: 0, max: 100, message: 'score must be between 0 and 100', required: true, description: 'Score out of 100.' }),
  recommendation: enumOf(ReviewRecommendation, { required: true, description: 'What the expert recommends.' }),
  opinion: text({ max: 5000, min: 1, required: true, description: "The expert's opinion (评审意见)." }),
});

export const SubmitReviewInput = REVIEW_FIELDS.createInput('SubmitReviewInput', { description: "An assigned expert's review, once. The assigned REVIEWER.", idempotencyKey: false });

@InputType({ description: 'The site inspection (实地考察), once every assigned expert has reviewed: UNDER_REVIEW → INSPECTED. STAFF.' })
export class RecordSiteInspectionInput extends ApplicationStepInput {
  @CalendarDate({ description: 'Day of the inspection (YYYY-MM-DD): not before the application was filed, not in the future.' })
  inspectedOn: string;

  @Field({ description: 'Whether the premises meet the conditions; an application that failed its inspection cannot be publicized.' })
  passed: boolean;

  @Text({ max: 5000, optional: true, description: 'What the inspectors found.' })
  notes?: string | null;

  @Text({ max: 300, optional: true, description: 'Who inspected, e.g. 市科协国际合作部、评审专家组.' })
  inspectors?: string | null;
}

@InputType({ description: 'Publishes the public notice (公示): INSPECTED → PUBLICIZED. From then on the application is public. STAFF.' })
export class PublicizeStationApplicationInput extends ApplicationStepInput {
  @CalendarDate({ description: 'Last day of the notice (YYYY-MM-DD), not before the site inspection; approval waits until the day after.' })
  noticeEndsOn: string;
}

@InputType({ description: 'Rejects an open application. STAFF.' })
export class RejectStationApplicationInput extends ApplicationStepInput {
  @Text({ max: 2000, min: 1, description: 'Why; the applicant reads it in the conclusion.' })
  reason: string;
}

@InputType({ description: "Withdraws an open application. The unit's managers, or STAFF." })
export class WithdrawStationApplicationInput extends ApplicationStepInput {
  @Text({ max: 2000, optional: true, description: "Why it is withdrawn, kept as the application's reason; may be left out." })
  reason?: string | null;
}

export const StationApplicationPayload = Payload<{ application: StationApplication }>('StationApplicationPayload', { application: [() => StationApplication, { description: 'The station application as the write left it.' }] }, 'What a write to the station application returns.');
export type StationApplicationPayload = InstanceType<typeof StationApplicationPayload>;

export const ReviewPayload = Payload<{ review: ApplicationReview; application: StationApplication }>('ReviewPayload', {
  review: [() => ApplicationReview, { description: 'The review as submitted.' }],
  application: [() => StationApplication, { description: 'The application reviewed, as it is now.' }],
}, 'What submitReview returns: the review and its application.');
export type ReviewPayload = InstanceType<typeof ReviewPayload>;

export const SiteInspectionPayload = Payload<{ inspection: SiteInspection; application: StationApplication }>('SiteInspectionPayload', {
  inspection: [() => SiteInspection, { description: 'The site inspection recorded.' }],
  application: [() => StationApplication, { description: 'The application inspected, as it is now (INSPECTED).' }],
}, 'What recordSiteInspection returns: the inspection and its application.');
export type SiteInspectionPayload = InstanceType<typeof SiteInspectionPayload>;

export const ApprovalPayload = Payload<{ application: StationApplication; station: Station; stationHead: StationHead | null; grant: FundingGrant }>(
  'ApprovalPayload',
  {
    application: [() => StationApplication, { description: 'The application, now APPROVED.' }],
    station: [() => Station, { description: 'The station the approval created.' }],
    stationHead: [() => StationHead, { nullable: true, description: 'The head, from the proposed head talent; null only for an application filed before the platform, which proposed none.' }],
    grant: [() => FundingGrant, { description: 'The establishment grant (建站工作经费); nothing is paid out until a disbursement.' }],
  },
  'An approval and what it created: the station (ACTIVE), its head and its establishment grant.',
);
export type ApprovalPayload = InstanceType<typeof ApprovalPayload>;
