/** The life of a station after approval: dynamic management (动态管理) can suspend or revoke it, or let it lapse. */
import { enumType, EnumValue } from '../../graphql/enum-type';

export const StationStatus = enumType(
  'StationStatus',
  ['ACTIVE', 'SUSPENDED', 'REVOKED', 'EXPIRED'],
  'ACTIVE after approval; SUSPENDED or REVOKED by dynamic management; EXPIRED when its validity lapsed without renewal.',
);
export type StationStatus = EnumValue<typeof StationStatus>;
