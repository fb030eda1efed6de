/** The life of a station after approval: dynamic management (动态管理) can suspend or revoke it, or let it lapse. */
import { enumType, EnumValue, EnumLabels } from '../../graphql/enum-type';

export const STATION_STATUS_LABELS = {
  ACTIVE: { zh: '运行中', en: 'approved and within its validity' },
  SUSPENDED: { zh: '暂停', en: 'suspended by CQAST under dynamic management; may be reinstated' },
  REVOKED: { zh: '撤销', en: 'revoked (摘牌) by CQAST, e.g. after two unqualified years; final' },
  EXPIRED: { zh: '已过期', en: 'validity lapsed without renewal' },
} as const satisfies EnumLabels;
export const StationStatus = enumType('StationStatus', STATION_STATUS_LABELS, 'ACTIVE after approval; SUSPENDED or REVOKED by dynamic management; EXPIRED when its validity lapsed without renewal.');
export type StationStatus = EnumValue<typeof StationStatus>;
