/** The life of a station after approval: dynamic management (动态管理) can suspend or revoke it, or let it lapse. */
import { registerEnumType } from 'type-graphql';

export enum StationStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(StationStatus, {
  name: 'StationStatus',
  description: 'ACTIVE after approval; SUSPENDED or REVOKED by dynamic management; EXPIRED when its validity lapsed without renewal.',
});
