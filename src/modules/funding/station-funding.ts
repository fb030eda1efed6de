/**
 * Which grants are station funding (建站工作经费, 配套经费): the kinds networkStats.fundingDisbursedCny
 * counts. A fact about grants, so it lives with them; the stats read it from here, and the funding
 * service says when a payment moves the figure (the stats module imports funding, never the reverse).
 */
import { GrantKind } from './funding-grant.entity';

/** The grants whose payments fundingDisbursedCny counts. */
export const STATION_FUNDING_KINDS: readonly GrantKind[] = [GrantKind.ESTABLISHMENT, GrantKind.DISTRICT_MATCHING];
