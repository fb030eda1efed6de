/** Pieces every list's filter and orderBy inputs share: direction, ranges, and turning an order into a keyset sort. */
import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { IsDateString, IsOptional, Max, Min } from 'class-validator';
import { SafeIntResolver } from 'graphql-scalars';
import type { Direction, SortKey } from '../db/keyset';

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, { name: 'OrderDirection' });

@InputType({ description: 'A whole-number range; either end may be left open. Both ends are included.' })
export class IntRange {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(-1_000_000_000)
  @Max(1_000_000_000)
  from?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  to?: number | null;
}

@InputType({ description: 'An amount range in whole yuan (CNY); either end may be left open. Both ends are included.' })
export class AmountRange {
  @Field(() => SafeIntResolver, { nullable: true })
  from?: number | null;

  @Field(() => SafeIntResolver, { nullable: true })
  to?: number | null;
}

@InputType({ description: 'A date range (YYYY-MM-DD); either end may be left open. Both ends are included.' })
export class DateRange {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'from must be a date written YYYY-MM-DD' })
  from?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'to must be a date written YYYY-MM-DD' })
  to?: string | null;
}

/** A sortable field of a list: the name clients use and the column/property behind it. */
export interface SortField {
  column: string;
  property: string;
}

/** Turns `{ field, direction }` into the keyset sort (with id as tie-breaker). */
export function sortKey(fields: Record<string, SortField>, field: string, direction: OrderDirection | Direction = 'ASC'): SortKey {
  const spec = fields[field];
  return { name: `${field}_${direction}`, column: spec.column, property: spec.property, direction };
}
