/** Pieces every list's filter and orderBy inputs share: direction, ranges, and one factory for each list's ordering. */
import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { IsDateString, IsOptional, Max, Min } from 'class-validator';
import { SafeIntResolver } from 'graphql-scalars';
import { ID_SORT, SortKey } from '../db/keyset';
import { snakeCase } from '../db/naming';
import { describedValues, EnumLabels } from './enum-type';

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
export const ORDER_DIRECTION_LABELS: EnumLabels<OrderDirection> = {
  ASC: { zh: '升序', en: 'ascending: the smallest, earliest or first (in pinyin order) first' },
  DESC: { zh: '降序', en: 'descending: the largest, latest or last (in pinyin order) first' },
};
registerEnumType(OrderDirection, { name: 'OrderDirection', description: 'Which way a list is sorted.', valuesConfig: describedValues(ORDER_DIRECTION_LABELS) });

/**
 * The words of every sort field any list offers (one vocabulary, so `NAME` means the same on every
 * list). A list's ordering may only name fields labelled here: ordering() fails at start-up otherwise.
 */
export const SORT_FIELD_LABELS: EnumLabels = {
  ID: { zh: '编号', en: 'by id: the order records were created in' },
  NAME: { zh: '名称', en: 'by Chinese name, in pinyin order' },
  TITLE: { zh: '标题', en: 'by Chinese title' },
  CODE: { zh: '代码', en: 'by code (the stable slug or standard code)' },
  COUNTRY: { zh: '国家', en: 'by ISO 3166-1 alpha-2 country code' },
  YEAR: { zh: '年度', en: 'by year' },
  SCORE: { zh: '得分', en: 'by score out of 100' },
  AMOUNT: { zh: '金额', en: 'by amount in yuan (CNY)' },
  APPROVAL_YEAR: { zh: '批准年份', en: 'by the year of approval' },
  APPROVED_ON: { zh: '批准日期', en: 'by the date of approval' },
  ESTABLISHED_ON: { zh: '成立日期', en: 'by the date established' },
  ESTABLISHED_YEAR: { zh: '成立年份', en: 'by the year established' },
  INTRODUCED_ON: { zh: '引进日期', en: 'by the date introduced' },
  PUBLISHED_ON: { zh: '发布日期', en: 'by the date published' },
  SUBMITTED_ON: { zh: '申报日期', en: 'by the date submitted' },
  AWARDED_ON: { zh: '批准资助日期', en: 'by the date awarded' },
  OCCURRED_AT: { zh: '发生时间', en: 'by the moment it happened' },
  EMAIL: { zh: '邮箱', en: 'by email address' },
};

@InputType({ description: 'A whole-number range; either end may be left open. Both ends are included.' })
export class IntRange {
  @Field(() => Int, { nullable: true, description: 'The lowest value included; omit for no lower bound.' })
  @IsOptional()
  @Min(-1_000_000_000)
  @Max(1_000_000_000)
  from?: number | null;

  @Field(() => Int, { nullable: true, description: 'The highest value included; omit for no upper bound.' })
  @IsOptional()
  to?: number | null;
}

@InputType({ description: 'An amount range in whole yuan (CNY); either end may be left open. Both ends are included.' })
export class AmountRange {
  @Field(() => SafeIntResolver, { nullable: true, description: 'The smallest amount included, in yuan; omit for no lower bound.' })
  from?: number | null;

  @Field(() => SafeIntResolver, { nullable: true, description: 'The largest amount included, in yuan; omit for no upper bound.' })
  to?: number | null;
}

@InputType({ description: 'A date range (YYYY-MM-DD); either end may be left open. Both ends are included.' })
export class DateRange {
  @Field(() => String, { nullable: true, description: 'The first day included (YYYY-MM-DD); omit for no lower bound.' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'from must be a date written YYYY-MM-DD' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'The last day included (YYYY-MM-DD); omit for no upper bound.' })
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
  const labels = Object.fromEntries(
    Object.keys(sortFields).map((name) => {
      const label = SORT_FIELD_LABELS[name];
      if (!label) throw new Error(`${typeName}OrderField.${name} has no label: add it to SORT_FIELD_LABELS in src/graphql/ordering.ts`);
      return [name, label];
    }),
  ) as EnumLabels<F | 'ID'>;
  registerEnumType(fields, { name: `${typeName}OrderField`, description: `What the ${typeName} list can be sorted by; ties are broken by id.`, valuesConfig: describedValues(labels) });

  @InputType(`${typeName}Order`, { description: `How to sort the ${typeName} list: a field and a direction.` })
  class Order implements OrderInput<F | 'ID'> {
    @Field(() => fields, { description: 'The field to sort by; rows that tie on it follow in id order.' })
    field: F | 'ID';

    @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Ascending (the default) or descending.' })
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
