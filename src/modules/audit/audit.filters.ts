/** How STAFF narrow and order the audit trail: the filter input, its SQL on alias t, and the ordering. */
import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { timestampText } from '../../db/columns';
import type { SortKey } from '../../db/keyset';
import type { Filter } from '../../db/where';
import { ContainsFilter, CriteriaOf, FilterInput } from '../../graphql/filter-fields';
import { fromGlobalId } from '../../graphql/global-id';
import { ordering } from '../../graphql/ordering';

@InputType({ description: 'A span of time (ISO 8601 date-times); either end may be left open. Both ends are included.' })
export class TimestampRange {
  @Field(() => Date, { nullable: true, description: 'The earliest moment included; omit for no lower bound.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'The latest moment included; omit for no upper bound.' })
  to?: Date | null;
}

@FilterInput('Audit events')
export class AuditEventFilter {
  @Field(() => [String], { nullable: true, description: 'Made by any of these mutations, e.g. ["recordDisbursement", "createFundingGrant"].' })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'actions may hold at most 50 names' })
  @MaxLength(80, { each: true, message: 'each action must be at most 80 characters' })
  actions?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Changes to this record: its global id, as any of its fields gives it.' })
  targetId?: string | null;

  @Field(() => String, { nullable: true, description: 'Changes to records of this type, e.g. FundingGrant.' })
  @IsOptional()
  @MaxLength(60, { message: 'targetType must be at most 60 characters' })
  targetType?: string | null;

  @ContainsFilter("Who acted (an account's email, an API key's name, or system)")
  actorContains?: string | null;

  @Field(() => TimestampRange, { nullable: true, description: 'Made within this span.' })
  @IsOptional()
  @ValidateNested()
  occurredAt?: TimestampRange | null;
}

/** The trail reads newest first unless asked otherwise: the sort of `{ field: OCCURRED_AT, direction: DESC }`, cursors included. */
const NEWEST_FIRST: SortKey = { name: 'OCCURRED_AT_DESC', column: 'occurred_at', property: 'occurredAt', direction: 'DESC' };

export const AUDIT_EVENT_ORDER = ordering('AuditEvent', { OCCURRED_AT: 'occurredAt' }, NEWEST_FIRST);

/** The filter as the client gave it, but for the target: a plain ID field kept as a global id (that is how rows name it), not decoded as CriteriaOf assumes of an `…Id`. */
type AuditEventCriteria = Omit<CriteriaOf<AuditEventFilter>, 'targetId'> & { targetId?: string | null };

export const auditEventFilter: Filter<AuditEventCriteria> = (w, c) => {
  // A malformed id is BAD_USER_INPUT naming filter.targetId, not a filter that silently matches nothing.
  if (c.targetId) fromGlobalId(c.targetId, 'filter.targetId');
  const at = c.occurredAt;
  w.in('t.action', c.actions)
    .equals('t.target_id', c.targetId)
    .equals('t.target_type', c.targetType)
    .contains(['t.actor'], c.actorContains)
    .range('t.occurred_at', at && { from: at.from && timestampText(at.from), to: at.to && timestampText(at.to) });
};
