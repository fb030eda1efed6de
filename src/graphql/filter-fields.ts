/**
 * The fields list filters share, declared once: id lists (decoded from global ids in one place),
 * value lists, ranges, flags, text searches, country codes, the generated flag. A filter class
 * reads as one line per field, and every list words its messages alike. A field that names its
 * column (alias t) carries its SQL condition too: filterOf applies those, so a list's own filter
 * function is left with what a column cannot say (subqueries, combinations).
 */
import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import type { Filter, Where } from '../db/where';
import { fromGlobalId } from './global-id';

interface IdFieldSpec {
  typeNames: readonly string[];
  single: boolean;
}

/** Per filter class: which properties hold global ids, and of which types. */
const idFields = new WeakMap<object, Map<string, IdFieldSpec>>();

function registerIds(prototype: object, property: string, spec: IdFieldSpec): void {
  let fields = idFields.get(prototype);
  if (!fields) idFields.set(prototype, (fields = new Map()));
  fields.set(property, spec);
}

/**
 * What a filter field asks of the list's rows (alias t), when the field names its column: the
 * condition is then declared with the field, and filterOf applies it. A field without one is
 * left to the list's own conditions.
 */
type Condition = (where: Where, value: any) => void;

/** Per filter class: the conditions its fields declare, in field order. */
const conditions = new WeakMap<object, [string, Condition][]>();

function registerCondition(prototype: object, property: string | symbol, condition: Condition): void {
  let declared = conditions.get(prototype);
  if (!declared) conditions.set(prototype, (declared = []));
  declared.push([String(property), condition]);
}

/**
 * A list's filter from its input class: the conditions its fields declare, then `more` for those
 * the fields cannot say (subqueries, combinations). Each condition does nothing when its field is absent.
 */
export function filterOf<F, C = CriteriaOf<F>>(type: new () => F, more?: Filter<C>): Filter<C> {
  const declared = conditions.get(type.prototype) ?? [];
  return (where, criteria) => {
    for (const [property, condition] of declared) condition(where, (criteria as Record<string, unknown>)[property]);
    more?.(where, criteria);
  };
}

/** `[ID!]` of rows of `typeNames`; the criteria receive row ids. With a column: rows whose column holds any of them. */
export function IdsFilter(typeNames: string | readonly string[], description: string, column?: string): PropertyDecorator {
  return (prototype, property) => {
    registerIds(prototype, String(property), { typeNames: typeof typeNames === 'string' ? [typeNames] : typeNames, single: false });
    Field(() => [ID], { nullable: true, description })(prototype, property);
    if (column) registerCondition(prototype, property, (where, ids) => where.in(column, ids));
  };
}

/** One `ID` of a row of `typeNames`; the criteria receive its row id. With a column: rows whose column holds it. */
export function IdFilter(typeNames: string | readonly string[], description: string, column?: string): PropertyDecorator {
  return (prototype, property) => {
    registerIds(prototype, String(property), { typeNames: typeof typeNames === 'string' ? [typeNames] : typeNames, single: true });
    Field(() => ID, { nullable: true, description })(prototype, property);
    if (column) registerCondition(prototype, property, (where, id) => where.equals(column, id));
  };
}

/**
 * A list of values (an enum's, or strings): rows whose column holds any of them. Without a
 * description it says so in the property's words (`statuses`: "Whose status is any of these.").
 */
export function AnyOfFilter(type: object, column: string, description?: string): PropertyDecorator {
  return (prototype, property) => {
    const name = String(property);
    const singular = name.endsWith('uses') ? name.slice(0, -'es'.length) : name.replace(/s$/, '');
    Field(() => [type], { nullable: true, description: description ?? `Whose ${singular} is any of these.` })(prototype, property);
    registerCondition(prototype, property, (where, values) => where.in(column, values));
  };
}

/** A range input (IntRange, DateRange, …), its ends checked: rows whose column lies within it. */
export function RangeFilter(type: Function, description: string, column: string): PropertyDecorator {
  return (prototype, property) => {
    Field(() => type, { nullable: true, description })(prototype, property);
    IsOptional()(prototype, property as string);
    ValidateNested()(prototype, property as string);
    registerCondition(prototype, property, (where, range) => where.range(column, range));
  };
}

/** A yes/no on a boolean column. */
export function FlagFilter(description: string, column: string): PropertyDecorator {
  return (prototype, property) => {
    Field(() => Boolean, { nullable: true, description })(prototype, property);
    registerCondition(prototype, property, (where, wanted) => where.flag(column, wanted));
  };
}

/** The `isGenerated` filter every list has, on its is_generated column. */
export function GeneratedFilter(): PropertyDecorator {
  return FlagFilter('Only generated (true) or only real (false) records.', 't.is_generated');
}

export const MAX_SEARCH_LENGTH = 100;

/** A text search: `<what> contains this text.`, at most 100 characters. With columns: rows where any of them contains it. */
export function ContainsFilter(what: string, columns?: readonly string[]): PropertyDecorator {
  return (prototype, property) => {
    Field(() => String, { nullable: true, description: `${what} contains this text.` })(prototype, property);
    IsOptional()(prototype, property as string);
    MaxLength(MAX_SEARCH_LENGTH, { message: `${String(property)} must be at most ${MAX_SEARCH_LENGTH} characters` })(prototype, property as string);
    if (columns) registerCondition(prototype, property, (where, text) => where.contains(columns, text));
  };
}

/** The name search of a list whose rows are named in Chinese and English (name_zh, name_en). */
export function NameContainsFilter(): PropertyDecorator {
  return ContainsFilter('Chinese or English name', ['t.name_zh', 't.name_en']);
}

/** An ISO 3166-1 alpha-2 code in capitals (input-fields.ts checks single codes with it too). */
export const COUNTRY_CODE = /^[A-Z]{2}$/;

/** ISO 3166-1 alpha-2 codes in capitals. */
export function CountriesFilter(description = 'ISO 3166-1 alpha-2 country codes, e.g. ["NZ", "US"].'): PropertyDecorator {
  return (prototype, property) => {
    Field(() => [String], { nullable: true, description })(prototype, property);
    IsOptional()(prototype, property as string);
    Matches(COUNTRY_CODE, { each: true, message: `${String(property)} must be ISO 3166-1 alpha-2 codes in capitals, e.g. "NZ"` })(prototype, property as string);
  };
}

/** Every filter input says the same about how its conditions combine. */
export function FilterInput(what: string): ClassDecorator {
  return InputType({ description: `${what} matching every given condition (a list matches any of its values).` });
}

/**
 * A filter class as its criteria: what the SQL filter function receives. The same fields, with
 * the id fields (`…Id` by IdFilter, `…Ids` by IdsFilter) decoded to row ids; ranges and the rest
 * pass as the client gave them. Derived, so a filter is declared once, as its input class.
 */
export type CriteriaOf<F> = {
  [K in keyof F]?: K extends `${string}Ids` ? number[] : K extends `${string}Id` ? number : Exclude<F[K], undefined>;
};

/**
 * The filter as criteria in row ids: each id field's global ids are checked against the types it
 * accepts (BAD_USER_INPUT naming `filter.<field>` otherwise) and decoded; every other field is
 * passed through as the client gave it.
 */
/** decodeFilter for arguments type-graphql has not turned into the input's class (a @Subscription's `subscribe` gets them raw). */
export function decodeRawFilter<C>(type: new () => object, raw: object | null | undefined, argument = 'filter'): C {
  return decodeFilter<C>(raw ? Object.assign(new type(), raw) : null, argument);
}

export function decodeFilter<C>(filter: object | null | undefined, argument = 'filter'): C {
  if (!filter) return {} as C;
  const criteria: Record<string, unknown> = { ...filter };
  for (const [property, spec] of idFields.get(Object.getPrototypeOf(filter)) ?? []) {
    const value = criteria[property] as string | string[] | null | undefined;
    if (value === null || value === undefined) {
      delete criteria[property];
      continue;
    }
    const decode = (id: string) => fromGlobalId(id, `${argument}.${property}`, spec.typeNames).id;
    criteria[property] = spec.single ? decode(value as string) : (value as string[]).map(decode);
  }
  return criteria as C;
}
