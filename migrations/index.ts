/** The migrations, oldest first. TypeORM runs them in this order. */
import { InitialSchema1764144000000 } from './1764144000000-initial-schema';
import { WriteSide1795996800000 } from './1795996800000-write-side';
import { RateLimits1796600000000 } from './1796600000000-rate-limits';
import { EngagementStatus1796700000000 } from './1796700000000-engagement-status';
import { IdempotencyKeysBinary1796800000000 } from './1796800000000-idempotency-keys-binary';
import { PublicationOrder1796900000000 } from './1796900000000-publication-order';
import { ActivityOrganizerRecorded1796913000000 } from './1796913000000-activity-organizer-recorded';
import { SearchIndex1797000000000 } from './1797000000000-search-index';
import { NameSortKeys1797000100000 } from './1797000100000-name-sort-keys';
import { EngagementTalentStatus1797000200000 } from './1797000200000-engagement-talent-status';

export const migrations: Function[] = [
  InitialSchema1764144000000,
  WriteSide1795996800000,
  RateLimits1796600000000,
  EngagementStatus1796700000000,
  IdempotencyKeysBinary1796800000000,
  PublicationOrder1796900000000,
  ActivityOrganizerRecorded1796913000000,
  SearchIndex1797000000000,
  NameSortKeys1797000100000,
  EngagementTalentStatus1797000200000,
];
