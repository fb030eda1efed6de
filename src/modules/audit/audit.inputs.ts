/** How STAFF narrow and order the audit trail. */
import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { ContainsFilter, FilterInput } from '../../graphql/filter-fields';
import { OrderDirection, OrderInput, ordering } from '../../graphql/ordering';

@InputType({ description: 'A span of time (ISO 8601 date-times); either end may be left open. Both ends are included.' })
export class TimestampRange {
  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true })
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

export const AUDIT_EVENT_ORDER = ordering('AuditEvent', { OCCURRED_AT: 'occurredAt' });

/** The trail reads newest first unless asked otherwise. */
export const NEWEST_FIRST: OrderInput<string> = { field: 'OCCURRED_AT', direction: OrderDirection.DESC };
