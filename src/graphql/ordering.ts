/** Pieces every list's filter and orderBy inputs share: direction, ranges, and one factory for each list's ordering. */
import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { IsDateString, IsOptional, Max, Min } from 'class-validator';
import { SafeIntResolver } from 'graphql-scalars';
import { ID_SORT, SortKey } from '../db/keyset';
import { snakeCase } from '../db/naming';

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

/** A sortable field of a list: the column and property behind the name clients use. */
export interface SortField {
  column: string;
  property: string;
}

/** What a list's orderBy argument looks like to a resolver. */
export interface OrderInput<F extends string> {
  field: F;
  direction: OrderDirection;
}

export interface Ordering<F extends string> {
  /** The `<Type>OrderField` enum (ID first, then the given fields). */
  readonly fields: { readonly [K in F | 'ID']: K };
  /** The `<Type>Order` input class: `{ field, direction = ASC }`. */
  readonly input: new () => OrderInput<F | 'ID'>;
  /** The keyset sort for an orderBy (by id when none is given, unless the list says otherwise), id breaking ties. */
  sort(orderBy: OrderInput<F | 'ID'> | null | undefined): SortKey;
}

/**
 * A list's ordering, from the properties it may be sorted by: `ordering('Station', { NAME: 'nameSort',
 * APPROVAL_YEAR: 'approvalYear' })` declares `StationOrderField` (ID, NAME, APPROVAL_YEAR) and
 * `StationOrder`. Only NOT NULL columns may be sort keys (a keyset cannot step over NULLs).
 */
export function ordering<F extends string>(typeName: string, properties: Record<F, string>, defaultSort: SortKey = ID_SORT): Ordering<F> {
  const sortFields: Record<string, SortField> = { ID: { column: 'id', property: 'id' } };
  for (const [name, property] of Object.entries<string>(properties)) sortFields[name] = { column: snakeCase(property), property };
  const fields = Object.fromEntries(Object.keys(sortFields).map((name) => [name, name])) as { [K in F | 'ID']: K };
  registerEnumType(fields, { name: `${typeName}OrderField` });

  @InputType(`${typeName}Order`)
  class Order implements OrderInput<F | 'ID'> {
    @Field(() => fields)
    field: F | 'ID';

    @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
    direction: OrderDirection = OrderDirection.ASC;
  }

  return {
    fields,
    input: Order,
    sort(orderBy) {
      if (!orderBy) return defaultSort;
      const spec = sortFields[orderBy.field];
      return { name: `${orderBy.field}_${orderBy.direction}`, column: spec.column, property: spec.property, direction: orderBy.direction };
    },
  };
}
