/**
 * What the write side tells the rest of the system, once a transaction has committed and only then
 * (src/db/transaction.ts runs the publishing as an after-commit effect; a rolled-back write emits
 * nothing). Payloads are plain values copied when the event is made: ids, states, dates. They never
 * hold rows or arrays a request's loaders own, so they outlive the request that caused them
 * (Loaders.release empties those). Subscriptions (the real-time issue) deliver these.
 */
import type { AnnouncementKind } from '../modules/announcement/announcement.entity';
import type { ApplicationStatus } from '../modules/application/station-application.entity';
import type { StationStatus } from '../modules/station/station-status';

export interface AnnouncementPublished {
  type: 'AnnouncementPublished';
  announcementId: number;
  /** Its place in commit order (Announcement.publicationSeq), which its cursor carries. */
  publicationSeq: number;
  kind: AnnouncementKind;
  stationId: number | null;
  offshoreBaseId: number | null;
  organizationId: number | null;
  researchFieldIds: number[];
  countries: string[];
}

export interface AnnouncementChanged {
  type: 'AnnouncementUpdated' | 'AnnouncementClosed';
  announcementId: number;
}

export interface ApplicationStatusChanged {
  type: 'ApplicationStatusChanged';
  applicationId: number;
  hostUnitId: number;
  from: ApplicationStatus | null;
  to: ApplicationStatus;
}

export interface StationStatusChanged {
  type: 'StationStatusChanged';
  stationId: number;
  /** The station's history entry for this change. */
  changeId: number;
  hostUnitId: number;
  from: StationStatus | null;
  to: StationStatus;
  reason: string | null;
}

/** A write that moves one of networkStats' figures (which ones: the names of NetworkFigures). */
export interface NetworkFiguresChanged {
  type: 'NetworkFiguresChanged';
  figures: string[];
}

export interface ReviewSubmitted {
  type: 'ReviewSubmitted';
  applicationId: number;
  reviewId: number;
  expertId: number;
}

export type DomainEvent =
  | AnnouncementPublished
  | AnnouncementChanged
  | ApplicationStatusChanged
  | StationStatusChanged
  | NetworkFiguresChanged
  | ReviewSubmitted;

/** Each event as published: the event and when its transaction committed. */
export type Published<E extends DomainEvent = DomainEvent> = E & { committedAt: string };
