/**
 * Who is asking: built once per request from its credential, before anything is read, and handed
 * to the loaders (row scope) and the services (what a role may write). Anonymous callers get the
 * one frozen ANONYMOUS viewer, so the public path costs nothing.
 */
import { enumType, EnumLabels, EnumValue } from '../graphql/enum-type';

export const ROLE_LABELS = {
  STAFF: { zh: '市科协工作人员', en: 'CQAST staff: read and run everything' },
  REVIEWER: { zh: '评审专家', en: 'an expert reviewer: reads and reviews the applications assigned to them' },
  UNIT_MANAGER: { zh: '建站单位管理员', en: 'manages one host unit, its stations and applications' },
  PARTNER: { zh: '合作伙伴', en: 'acts for one partner organisation (usually through an API key)' },
} as const satisfies EnumLabels;
export const Role = enumType(
  'Role',
  ROLE_LABELS,
  'STAFF (CQAST) sees and runs everything; REVIEWER reviews the applications assigned to them; UNIT_MANAGER manages one host unit; PARTNER acts for one organisation.',
);
export type Role = EnumValue<typeof Role>;

export interface Viewer {
  /** Null for an anonymous caller. */
  readonly role: Role | null;
  /** The account behind a login token, or null. */
  readonly accountId: number | null;
  /** The API key a partner app called with, or null. */
  readonly apiKeyId: number | null;
  readonly hostUnitId: number | null;
  readonly organizationId: number | null;
  /** The expert record a reviewer reviews as. */
  readonly expertId: number | null;
  /** Who to name in audit rows and logs (an account's email, or `api-key:<name>`); never a secret. */
  readonly label: string;
  /** A person's name, or an API key's. */
  readonly displayName: string;
  /** The hourly rate limit STAFF set for this API key; null or absent: the default (src/rate-limit/). */
  readonly rateLimitPerHour?: number | null;
  /** The process itself (SYSTEM), never a request's caller: write policies open to it by name (src/write/policy.ts). */
  readonly system?: true;
}

export const ANONYMOUS: Viewer = Object.freeze({
  role: null,
  accountId: null,
  apiKeyId: null,
  hostUnitId: null,
  organizationId: null,
  expertId: null,
  label: 'anonymous',
  displayName: 'anonymous',
});

/**
 * The process itself, for the user:create command and scheduled work (the expiry sweep): reads as
 * STAFF (every row), audited as `system`, and writes only through policies that open to it
 * (`system: true` in src/write/policy.ts), not through every STAFF mutation.
 */
export const SYSTEM: Viewer = Object.freeze({
  system: true,
  role: Role.STAFF,
  accountId: null,
  apiKeyId: null,
  hostUnitId: null,
  organizationId: null,
  expertId: null,
  label: 'system',
  displayName: 'system',
});
