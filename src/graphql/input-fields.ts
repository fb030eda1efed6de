/**
 * The fields mutation inputs share, declared once: text with its length limits, calendar dates,
 * country codes, optional ids and id lists, whole-yuan amounts, the idempotency key and the
 * expected version. Each decorator declares the GraphQL field and its class-validator rules, with
 * messages built from the property name, so an input class reads as one line per field and every
 * mutation words its refusals alike. (filter-fields.ts does the same for list filters.)
 */
import { ArrayMaxSize, IsDateString, IsOptional, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { SafeIntResolver } from 'graphql-scalars';
import { Field, ID, Int } from 'type-graphql';
import { MAX_AMOUNT_CNY } from '../write/money';
import { COUNTRY_CODE } from './filter-fields';

type Rule = (prototype: object, property: string) => void;

/**
 * One property decorator out of the field and the rules `build` makes for the property's name.
 * Rules register in the order given; the hand-written stacks they replace registered bottom-up,
 * so listing them in that order keeps a value that breaks two rules reporting them as before.
 */
function inputField(build: (property: string) => Rule[]): PropertyDecorator {
  return (prototype, property) => {
    for (const rule of build(String(property))) rule(prototype, String(property));
  };
}

/** Field options as type-graphql takes them, leaving out what is not set (the printed schema stays as it was). */
function fieldOptions(optional: boolean | undefined, description: string | null | undefined) {
  return { ...(optional ? { nullable: true } : {}), ...(description ? { description } : {}) };
}

/** What most input fields can say: whether they may be left out (or null), and a description. */
export interface InputFieldOptions {
  /** Nullable in the schema and skipped by the rules when left out or null. */
  optional?: boolean;
  description?: string;
}

/** The limits of a text field; every one is checked with a message naming the field. */
export interface TextOptions extends InputFieldOptions {
  /** Most characters: "<field> must be at most <max> characters". */
  max: number;
  /** Why the limit is `max`, said after it: "<field> must be at most <max> characters, <maxReason>". */
  maxReason?: string;
  /** Fewest characters: 1 is "<field> must not be empty", more is "<field> must be at least <min> characters". */
  min?: number;
  /** Some character other than white space: "<field> must not be blank". */
  notBlank?: boolean;
}

const NOT_BLANK = /\S/;

/** A `String` with a length limit, and optionally a least length or a non-blank rule. */
export function Text({ max, maxReason, min, notBlank, optional, description }: TextOptions): PropertyDecorator {
  return inputField((property) => [
    Field(() => String, fieldOptions(optional, description)),
    MaxLength(max, { message: `${property} must be at most ${max} characters${maxReason ? `, ${maxReason}` : ''}` }),
    ...(min === undefined ? [] : [MinLength(min, { message: min === 1 ? `${property} must not be empty` : `${property} must be at least ${min} characters` })]),
    ...(notBlank ? [Matches(NOT_BLANK, { message: `${property} must not be blank` })] : []),
    ...(optional ? [IsOptional()] : []),
  ]);
}

/** A day as a `String` written YYYY-MM-DD (strict: a real calendar day, no time). */
export function CalendarDate({ optional, description }: InputFieldOptions = {}): PropertyDecorator {
  return inputField((property) => [
    Field(() => String, fieldOptions(optional, description)),
    IsDateString({ strict: true }, { message: `${property} must be a date written YYYY-MM-DD` }),
    ...(optional ? [IsOptional()] : []),
  ]);
}

/** An ISO 3166-1 alpha-2 code in capitals; `example` is the code the message shows (NZ unless given). */
export function CountryCode({ optional, description, example = 'NZ' }: InputFieldOptions & { example?: string } = {}): PropertyDecorator {
  return inputField((property) => [
    Field(() => String, fieldOptions(optional, description)),
    Matches(COUNTRY_CODE, { message: `${property} must be an ISO 3166-1 alpha-2 code in capitals, e.g. "${example}"` }),
    ...(optional ? [IsOptional()] : []),
  ]);
}

/** An optional `[String]` of at most `max` ISO 3166-1 alpha-2 codes; null or [] names none. */
export function CountryCodes({ max, description }: { max: number; description?: string }): PropertyDecorator {
  return inputField((property) => [
    Field(() => [String], fieldOptions(true, description)),
    Matches(COUNTRY_CODE, { each: true, message: `${property} must be ISO 3166-1 alpha-2 codes in capitals, e.g. ["DE", "GB"]` }),
    ArrayMaxSize(max, { message: `${property} may hold at most ${max} codes` }),
    IsOptional(),
  ]);
}

/** An optional `ID`; the service decodes it (inputId), knowing which types it may name. */
export function OptionalId(description?: string): PropertyDecorator {
  return Field(() => ID, fieldOptions(true, description));
}

/** An `[ID]` of at most `max` ids: "<field> may hold at most <max> <items>"; optional unless `optional: false`. */
export function IdList({ max, items, description, optional = true }: { max: number; items: string; description?: string; optional?: boolean }): PropertyDecorator {
  return inputField((property) => [
    Field(() => [ID], fieldOptions(optional, description)),
    ArrayMaxSize(max, { message: `${property} may hold at most ${max} ${items}` }),
    ...(optional ? [IsOptional()] : []),
  ]);
}

/**
 * An amount of money in whole yuan, as a `SafeInt` (amounts outgrow Int's 2^31): 0 or more, or with
 * `positive` more than 0, and at most MAX_AMOUNT_CNY (10^11).
 */
export function WholeYuan({ positive, optional, description }: InputFieldOptions & { positive?: boolean } = {}): PropertyDecorator {
  return inputField((property) => [
    Field(() => SafeIntResolver, fieldOptions(optional, description)),
    positive
      ? Min(1, { message: `${property} must be at least 1 (whole yuan)` })
      : Min(0, { message: `${property} must be 0 or more (whole yuan)` }),
    // Keeps the sums of money exact (src/write/money.ts).
    Max(MAX_AMOUNT_CNY, { message: `${property} must be at most ${MAX_AMOUNT_CNY} (10^11 whole yuan, the most a single project, grant or payment may be)` }),
    ...(optional ? [IsOptional()] : []),
  ]);
}

/** Keys are the client's own (a UUID fits many times over); the limit keeps the stored key small. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;
const RETRY = 'A retry with the same key returns the first result and writes nothing.';

/**
 * The client's key for a create (src/write/mutation.ts replays the first answer to a retry):
 * optional, described as above, unless `required` (then not empty) or given another description
 * (null for none).
 */
export function IdempotencyKey({ required, description = RETRY }: { required?: boolean; description?: string | null } = {}): PropertyDecorator {
  return Text({ max: MAX_IDEMPOTENCY_KEY_LENGTH, min: required ? 1 : undefined, optional: !required, description: description ?? undefined });
}

/**
 * The optimistic-lock `Int` of an update: "The version you read; if the <what> changed since,
 * nothing is <outcome> and the answer is CONFLICT." Without `what`, the field is undescribed.
 */
export function ExpectedVersion(what?: string, outcome: 'written' | 'removed' = 'written'): PropertyDecorator {
  const description = what && `The version you read; if the ${what} changed since, nothing is ${outcome} and the answer is CONFLICT.`;
  return Field(() => Int, fieldOptions(true, description));
}

/** The options of every mutation's one `input` argument: `@Arg('input', () => CreateTalentInput, MUTATION_INPUT)`. */
export const MUTATION_INPUT = { description: 'What to write; each of its fields is described on the input type.' } as const;
