/**
 * The fields a client may write on one entity, declared once. From the declaration come the
 * `Create<X>Input` and `Update<X>Input` classes (the update's fields all optional, after `id` and
 * `expectedVersion`), the service's value types (`NewOf`, `ChangesOf`) and the decoding of the
 * inputs' global ids into row ids.
 *
 *   const PROJECT = writableFields({
 *     name: text({ max: 300, min: 1, required: true }),
 *     stationId: id('Station', { description: { create: 'The station…', update: 'Moves the project…' } }),
 *   });
 *   export const CreateProjectInput = PROJECT.createInput('CreateProjectInput', { description: '…' });
 *
 * Each field's decorator comes from input-fields.ts, so its rules and messages are the ones every
 * other input has.
 */
import { ClassType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Max, Min } from 'class-validator';
import { CalendarDate, CountryCode, CountryCodes, ExpectedVersion, IdempotencyKey, IdList, OptionalId, Text, TextOptions, WholeYuan } from './input-fields';
import { inputId, inputIds } from './input-ids';

type Variant = 'create' | 'update';

interface Declared {
  optional: boolean;
  description?: string;
}

/** One writable field. T is its value in the service (ids decoded), R whether a create must give it. */
export interface Writable<T, R extends boolean = boolean, O extends Variant = Variant> {
  readonly decorator: (declared: Declared) => PropertyDecorator;
  readonly required: R;
  readonly description: { create?: string; update?: string };
  /** Only in one of the inputs (e.g. links a create sets up and other mutations change). */
  readonly only?: O;
  /** What a create stores when the field is left out (null unless given). */
  readonly otherwise?: T | null;
  /** Decodes the client's value (a global id or a list of them) into the service's. */
  readonly decode?: (value: unknown, path: string) => unknown;
  /** Phantom: the value type. */
  readonly __value?: T;
}

export interface CommonOptions<R extends boolean, O extends Variant = never> {
  /** A create must give it (a non-null field in the create input). */
  required?: R;
  /** One description for both inputs, or one for each (absent: none). */
  description?: string | { create?: string; update?: string };
  only?: O;
  /** Further class-validator rules, registered after the field's own (e.g. IsUrl on a website). */
  rules?: readonly PropertyDecorator[];
}

function writable<T, R extends boolean, O extends Variant>(
  decorator: Writable<T, R>['decorator'],
  options: CommonOptions<R, O> & { otherwise?: T | null; decode?: Writable<T>['decode'] },
): Writable<T, R, O> {
  const { description, required, rules = [], ...rest } = options;
  return {
    decorator: (declared) => (prototype, property) => {
      decorator(declared)(prototype, property);
      for (const rule of rules) rule(prototype, property);
    },
    required: (required ?? false) as R,
    description: typeof description === 'string' ? { create: description, update: description } : (description ?? {}),
    ...rest,
  };
}

const nullable = ({ optional, description }: Declared) => ({ ...(optional ? { nullable: true } : {}), ...(description ? { description } : {}) });

export function text<R extends boolean = false, O extends Variant = never>(options: Omit<TextOptions, 'optional' | 'description'> & CommonOptions<R, O>): Writable<string, R, O> {
  const { max, min, maxReason, notBlank, ...common } = options;
  return writable(({ optional, description }) => Text({ max, min, maxReason, notBlank, optional, description }), common);
}

export function date<R extends boolean = false, O extends Variant = never>(options: CommonOptions<R, O> = {}): Writable<string, R, O> {
  return writable((declared) => CalendarDate(declared), options);
}

export function country<R extends boolean = false, O extends Variant = never>(options: CommonOptions<R, O> & { example?: string } = {}): Writable<string, R, O> {
  const { example, ...common } = options;
  return writable((declared) => CountryCode({ ...declared, example }), common);
}

/** A list of country codes: always optional (null or [] names none; left out of a create, []). */
export function countries<O extends Variant = never>(options: CommonOptions<false, O> & { max: number }): Writable<string[], false, O> & Defaulted<string[]> {
  const { max, ...common } = options;
  return { ...writable<string[], false, O>(({ description }) => CountryCodes({ max, description }), common), otherwise: [] };
}

export function wholeYuan<R extends boolean = false, O extends Variant = never>(options: CommonOptions<R, O> & { positive?: boolean } = {}): Writable<number, R, O> {
  const { positive, ...common } = options;
  return writable((declared) => WholeYuan({ ...declared, positive }), common);
}

export function enumOf<E extends object, R extends boolean = false, O extends Variant = never>(type: E, options: CommonOptions<R, O> = {}): Writable<E[keyof E], R, O> {
  return writable((declared) => Field(() => type, nullable(declared)), options);
}

/** A yes/no; with `otherwise`, what a create stores when it is left out (then never null in NewOf). */
export function flag<R extends boolean = false, O extends Variant = never>(options: CommonOptions<R, O> & { otherwise: boolean }): Writable<boolean, R, O> & Defaulted<boolean>;
export function flag<R extends boolean = false, O extends Variant = never>(options?: CommonOptions<R, O>): Writable<boolean, R, O>;
export function flag<R extends boolean = false, O extends Variant = never>(options: CommonOptions<R, O> & { otherwise?: boolean } = {}): Writable<boolean, R, O> {
  return writable((declared) => Field(() => Boolean, nullable(declared)), options);
}

/**
 * A whole number, with its least and most values checked; `message` words the refusal (one for both
 * limits, or one each), else class-validator's own.
 */
export function int<R extends boolean = false, O extends Variant = never>(
  options: CommonOptions<R, O> & { min?: number; max?: number; message?: string | { min?: string; max?: string } } = {},
): Writable<number, R, O> {
  const { min, max, message, ...common } = options;
  const messages = typeof message === 'string' ? { min: message, max: message } : (message ?? {});
  const worded = (text?: string) => (text ? { message: text } : undefined);
  return writable(
    (declared) => (prototype, property) => {
      Field(() => Int, nullable(declared))(prototype, property);
      if (min !== undefined) Min(min, worded(messages.min))(prototype, property as string);
      if (max !== undefined) Max(max, worded(messages.max))(prototype, property as string);
      if (declared.optional) IsOptional()(prototype, property as string);
    },
    common,
  );
}

/** The global id of a row of `typeNames`, decoded to its row id (`input.<field>` in errors). */
export function id<R extends boolean = false, O extends Variant = never>(typeNames: string | readonly string[], options: CommonOptions<R, O> = {}): Writable<number, R, O> {
  return writable((declared) => (declared.optional ? OptionalId(declared.description) : Field(() => ID, nullable(declared))), {
    ...options,
    decode: (value, path) => inputId(value as string, typeNames, path),
  });
}

/** A set of global ids of rows of `typeNames` (duplicates dropped), at most `max`; optional unless `required`. */
export function ids<R extends boolean = false, O extends Variant = never>(
  typeNames: string | readonly string[],
  options: CommonOptions<R, O> & { max: number; items: string },
): Writable<number[], R, O> & Defaulted<number[]> {
  const { max, items, ...common } = options;
  const field = writable<number[], R, O>(({ optional, description }) => IdList({ max, items, description, optional }), {
    ...common,
    decode: (value, path) => inputIds(value as string[], typeNames, path),
  });
  return { ...field, otherwise: [] };
}

/**
 * A list of entries of another input type, at most `max` ("<field> may hold at most <max> <items>"):
 * always optional, left out it is []. `decode` turns each entry into the service's value, its
 * errors placed at `input.<field>[<index>]`.
 */
export function listOf<T, O extends Variant = never>(
  type: ClassType,
  options: CommonOptions<false, O> & { max: number; items: string; decode: (entry: any, path: string) => T },
): Writable<T[], false, O> & Defaulted<T[]> {
  const { max, items, decode, ...common } = options;
  const field = writable<T[], false, O>(
    ({ description }) =>
      (prototype, property) => {
        // The order the hand-written stacks registered in (bottom-up).
        ArrayMaxSize(max, { message: `${String(property)} may hold at most ${max} ${items}` })(prototype, property as string);
        IsOptional()(prototype, property as string);
        Field(() => [type], nullable({ optional: true, description }))(prototype, property);
      },
    { ...common, decode: (value, path) => (value as unknown[]).map((entry, index) => decode(entry, `${path}[${index}]`)) },
  );
  return { ...field, otherwise: [] };
}

/**
 * Any record of fields. Deliberately loose: a tighter constraint (Writable<…, boolean>) would become
 * the contextual type of each `text({ required: true })` call and widen its `true` to boolean.
 */
export type WritableFields = Record<string, {}>;

type ValueOf<W> = W extends Writable<infer T, any> ? T : never;
/** The input a field is declared `only` for (never: both). */
type OnlyOf<W> = W extends { readonly only?: infer O } ? Exclude<O, undefined> : never;
type In<F extends WritableFields, V extends Variant> = { [K in keyof F]: [OnlyOf<F[K]>] extends [never] ? K : V extends OnlyOf<F[K]> ? K : never }[keyof F];
/** A field whose left-out value is not null (a list left out is []). */
type Defaulted<T> = { readonly otherwise: T };
type RequiredIn<F extends WritableFields> = { [K in In<F, 'create'>]: F[K] extends { required: true } | Defaulted<{}> ? K : never }[In<F, 'create'>];

/** What a create gives the service: every field of the create input, ids decoded, the left-out ones null. */
export type NewOf<F extends WritableFields> = { [K in In<F, 'create'>]: K extends RequiredIn<F> ? ValueOf<F[K]> : ValueOf<F[K]> | null };

/** What an update gives the service: only the fields the client gave, ids decoded; null clears. */
export type ChangesOf<F extends WritableFields> = { [K in In<F, 'update'>]?: ValueOf<F[K]> | null };

/** The create input as the client sends it (ids still global). */
export type CreateInputOf<F extends WritableFields> = { [K in In<F, 'create'>]: unknown } & { idempotencyKey?: string | null };
export type UpdateInputOf<F extends WritableFields> = { id: string; expectedVersion?: number | null } & { [K in In<F, 'update'>]?: unknown };

export interface CreateInputOptions {
  description: string;
  /** The idempotency key's declaration: its description (null for none); false for no key. */
  idempotencyKey?: { required?: boolean; description?: string | null } | false;
}

export interface UpdateInputOptions {
  description: string;
  /** What ExpectedVersion names ("The version you read; if the <what> changed since…"); absent: undescribed. */
  expectedVersion?: string;
}

export interface Writables<F extends WritableFields> {
  readonly fields: F;
  createInput(name: string, options: CreateInputOptions): ClassType<CreateInputOf<F>>;
  updateInput(name: string, options: UpdateInputOptions): ClassType<UpdateInputOf<F>>;
  /** The create's values keyed as in the input, ids decoded, left-out fields null (or their `otherwise`). */
  decodeCreate(input: object): NewOf<F>;
  /** The update's changes, ids decoded; fields left out stay out. */
  decodeUpdate(input: object): ChangesOf<F>;
}

function declareField(prototype: object, property: string, field: Writable<unknown>, variant: Variant): void {
  const optional = variant === 'update' || !field.required;
  field.decorator({ optional, description: field.description[variant] })(prototype, property);
}

export function writableFields<F extends WritableFields>(fields: F): Writables<F> {
  const entries = Object.entries(fields) as [string, Writable<unknown>][];
  const within = (variant: Variant) => entries.filter(([, field]) => field.only === undefined || field.only === variant);

  function decode(input: Record<string, unknown>, variant: Variant): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const [property, field] of within(variant)) {
      const value = input[property];
      if (value === undefined || value === null) {
        if (variant === 'create') values[property] = field.otherwise ?? null;
        else if (value === null) values[property] = null;
        continue;
      }
      values[property] = field.decode ? field.decode(value, `input.${property}`) : value;
    }
    return values;
  }

  return {
    fields,
    createInput(name, { description, idempotencyKey = {} }) {
      class Create {}
      for (const [property, field] of within('create')) declareField(Create.prototype, property, field, 'create');
      if (idempotencyKey) IdempotencyKey(idempotencyKey)(Create.prototype, 'idempotencyKey');
      InputType(name, { description })(Create);
      return Create as ClassType<CreateInputOf<F>>;
    },
    updateInput(name, { description, expectedVersion }) {
      class Update {}
      const entity = name.replace(/^Update/, '').replace(/Input$/, '');
      Field(() => ID, { description: `The global id of the ${entity} to change.` })(Update.prototype, 'id');
      ExpectedVersion(expectedVersion)(Update.prototype, 'expectedVersion');
      for (const [property, field] of within('update')) declareField(Update.prototype, property, field, 'update');
      InputType(name, { description })(Update);
      return Update as ClassType<UpdateInputOf<F>>;
    },
    decodeCreate: (input) => decode(input as Record<string, unknown>, 'create') as NewOf<F>,
    decodeUpdate: (input) => decode(input as Record<string, unknown>, 'update') as ChangesOf<F>,
  };
}
