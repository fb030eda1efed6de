/** Every record entity of the model, in dependency order (a table comes after the tables it references). */
import { Account } from '../modules/account/account.entity';
import { ApiKey } from '../modules/account/api-key.entity';
import { ApplicationResearchField } from '../modules/application/application-research-field.entity';
import { AuditEvent } from '../write/audit-event.entity';
import { EvaluationYear } from '../modules/evaluation/evaluation-year.entity';
import { IdempotencyKey } from './idempotency-key.entity';
import { EventSequence } from '../events/event-sequence.entity';
import { ActivityParticipant } from '../modules/activity/activity-participant.entity';
import { Activity } from '../modules/activity/activity.entity';
import { AnnouncementCountry } from '../modules/announcement/announcement-country.entity';
import { AnnouncementResearchField } from '../modules/announcement/announcement-research-field.entity';
import { Announcement } from '../modules/announcement/announcement.entity';
import { ApplicationReview } from '../modules/application/application-review.entity';
import { Expert } from '../modules/application/expert.entity';
import { SiteInspection } from '../modules/application/site-inspection.entity';
import { StationApplication } from '../modules/application/station-application.entity';
import { Evaluation } from '../modules/evaluation/evaluation.entity';
import { Disbursement } from '../modules/funding/disbursement.entity';
import { FundingGrant } from '../modules/funding/funding-grant.entity';
import { HostUnit } from '../modules/host-unit/host-unit.entity';
import { OffshoreBase } from '../modules/offshore-base/offshore-base.entity';
import { Organization } from '../modules/organization/organization.entity';
import { Partnership } from '../modules/partnership/partnership.entity';
import { PlatformPartner } from '../modules/platform/platform-partner.entity';
import { Platform } from '../modules/platform/platform.entity';
import { Project } from '../modules/project/project.entity';
import { District } from '../modules/reference/district.entity';
import { ResearchField } from '../modules/reference/research-field.entity';
import { StationHead } from '../modules/station/station-head.entity';
import { StationResearchField } from '../modules/station/station-research-field.entity';
import { StationStatusChange } from '../modules/station/station-status-change.entity';
import { Station } from '../modules/station/station.entity';
import { AmbassadorAppointment } from '../modules/talent/ambassador-appointment.entity';
import { Engagement } from '../modules/talent/engagement.entity';
import { TalentResearchField } from '../modules/talent/talent-research-field.entity';
import { Talent } from '../modules/talent/talent.entity';
import { SearchTerm } from '../modules/search/search-term.entity';

export const entities = [
  District,
  ResearchField,
  Organization,
  HostUnit,
  OffshoreBase,
  Talent,
  TalentResearchField,
  Expert,
  Account,
  ApiKey,
  StationHead,
  Station,
  StationStatusChange,
  StationResearchField,
  Engagement,
  AmbassadorAppointment,
  Partnership,
  Project,
  Platform,
  PlatformPartner,
  FundingGrant,
  Disbursement,
  Activity,
  ActivityParticipant,
  StationApplication,
  ApplicationResearchField,
  ApplicationReview,
  SiteInspection,
  Evaluation,
  EvaluationYear,
  Announcement,
  AnnouncementResearchField,
  AnnouncementCountry,
  AuditEvent,
  IdempotencyKey,
  EventSequence,
];

/**
 * Tables made from the records rather than records themselves (no id, seed key or version): the
 * search index. The seed and the tests that walk the records leave them out; TypeORM maps them,
 * and the row-scope check covers them, through allTables.
 */
export const derivedTables = [SearchTerm];

/** Every table TypeORM maps. */
export const allTables = [...entities, ...derivedTables];
