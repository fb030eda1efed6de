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
import { IsOptional, Max, Min } from 'class-validator';
import { CalendarDate, CountryCode, CountryCodes, ExpectedVersion, IdempotencyKey, IdList, OptionalId, Text, TextOptions, WholeYuan } from './input-fields';
import { inputId, inputIds } from './input-ids';

type Variant = 'create' | 'update';

interface Declared {
  optional: boolean;
  description?: string;
}

/** One writable field. T is its value in the service (ids decoded), R whether a create must give it. */
export interface Writable<T, R extends boolean = boolean> {
  readonly decorator: (declared: Declared) => PropertyDecorator;
  readonly required: R;
  readonly description: { create?: string; update?: string };
  /** Only in one of the inputs (e.g. links a create sets up and other mutations change). */
  readonly only?: Variant;
  /** What a create stores when the field is left out (null unless given). */
  readonly otherwise?: T | null;
  /** Decodes the client's value (a global id or a list of them) into the service's. */
  readonly decode?: (value: unknown, path: string) => unknown;
  /** Phantom: the value type. */
  readonly __value?: T;
}

export interface CommonOptions<R extends boolean> {
  /** A create must give it (a non-null field in the create input). */
  required?: R;
  /** One description for both inputs, or one for each (absent: none). */
  description?: string | { create?: string; update?: string };
  only?: Variant;
}

function writable<T, R extends boolean>(decorator: Writable<T, R>['decorator'], options: CommonOptions<R> & { otherwise?: T | null; decode?: Writable<T>['decode'] }): Writable<T, R> {
  const { description, required, ...rest } = options;
  return {
    decorator,
    required: (required ?? false) as R,
    description: typeof description === 'string' ? { create: description, update: description } : (description ?? {}),
    ...rest,
  };
}

const nullable = ({ optional, description }: Declared) => ({ ...(optional ? { nullable: true } : {}), ...(description ? { description } : {}) });

export function text<R extends boolean = false>(options: Omit<TextOptions, 'optional' | 'description'> & CommonOptions<R>): Writable<string, R> {
  const { max, min, maxReason, notBlank, ...common } = options;
  return writable(({ optional, description }) => Text({ max, min, maxReason, notBlank, optional, description }), common);
}

export function date<R extends boolean = false>(options: CommonOptions<R> = {}): Writable<string, R> {
  return writable((declared) => CalendarDate(declared), options);
}

export function country<R extends boolean = false>(options: CommonOptions<R> & { example?: string } = {}): Writable<string, R> {
  const { example, ...common } = options;
  return writable((declared) => CountryCode({ ...declared, example }), common);
}

/** A list of country codes: always optional (null or [] names none). */
export function countries(options: CommonOptions<false> & { max: number }): Writable<string[], false> {
  const { max, ...common } = options;
  return writable(({ description }) => CountryCodes({ max, description }), common);
}

export function wholeYuan<R extends boolean = false>(options: CommonOptions<R> & { positive?: boolean } = {}): Writable<number, R> {
  const { positive, ...common } = options;
  return writable((declared) => WholeYuan({ ...declared, positive }), common);
}

export function enumOf<E extends object, R extends boolean = false>(type: E, options: CommonOptions<R> = {}): Writable<E[keyof E], R> {
  return writable((declared) => Field(() => type, nullable(declared)), options);
}

/** A field a create fills with its `otherwise` when left out: never null in NewOf. */
export type Defaulted<T, R extends boolean = false> = Writable<T, R> & { readonly otherwise: T };

export function flag<R extends boolean = false>(options: CommonOptions<R> & { otherwise: boolean }): Defaulted<boolean, R>;
export function flag<R extends boolean = false>(options?: CommonOptions<R>): Writable<boolean, R>;
export function flag<R extends boolean = false>(options: CommonOptions<R> & { otherwise?: boolean } = {}): Writable<boolean, R> {
  return writable((declared) => Field(() => Boolean, nullable(declared)), options);
}

/** A whole number, with its least and most values checked (`message` in place of class-validator's own). */
export function int<R extends boolean = false>(options: CommonOptions<R> & { min?: number; max?: number; message?: string } = {}): Writable<number, R> {
  const { min, max, message, ...common } = options;
  const validation = message === undefined ? undefined : { message };
  return writable(
    (declared) => (prototype, property) => {
      Field(() => Int, nullable(declared))(prototype, property);
      if (min !== undefined) Min(min, validation)(prototype, property as string);
      if (max !== undefined) Max(max, validation)(prototype, property as string);
      if (declared.optional) IsOptional()(prototype, property as string);
    },
    common,
  );
}

/** The global id of a row of `typeNames`, decoded to its row id (`input.<field>` in errors). */
export function id<R extends boolean = false>(typeNames: string | readonly string[], options: CommonOptions<R> = {}): Writable<number, R> {
  return writable((declared) => (declared.optional ? OptionalId(declared.description) : Field(() => ID, nullable(declared))), {
    ...options,
    decode: (value, path) => inputId(value as string, typeNames, path),
  });
}

/** A set of global ids of rows of `typeNames` (duplicates dropped), at most `max`. */
export function ids(typeNames: string | readonly string[], options: CommonOptions<false> & { max: number; items: string }): Defaulted<number[]> {
  const { max, items, ...common } = options;
  return writable<number[], false>(({ description }) => IdList({ max, items, description }), {
    ...common,
    otherwise: [],
    decode: (value, path) => inputIds(value as string[], typeNames, path),
  }) as Defaulted<number[]>;
}

/**
 * Any record of fields. Deliberately loose: a tighter constraint (Writable<…, boolean>) would become
 * the contextual type of each `text({ required: true })` call and widen its `true` to boolean.
 */
export type WritableFields = Record<string, {}>;

type ValueOf<W> = W extends Writable<infer T, any> ? T : never;
type In<F extends WritableFields, V extends Variant> = { [K in keyof F]: F[K] extends { only: Exclude<Variant, V> } ? never : K }[keyof F];
type RequiredIn<F extends WritableFields> = { [K in In<F, 'create'>]: F[K] extends { required: true } ? K : never }[In<F, 'create'>];

/** What a create gives the service: every field of the create input, ids decoded, the left-out ones null (or their `otherwise`). */
export type NewOf<F extends WritableFields> = {
  [K in In<F, 'create'>]: K extends RequiredIn<F> ? ValueOf<F[K]> : F[K] extends { otherwise: {} } ? ValueOf<F[K]> : ValueOf<F[K]> | null;
};

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
      Field(() => ID)(Update.prototype, 'id');
      ExpectedVersion(expectedVersion)(Update.prototype, 'expectedVersion');
      for (const [property, field] of within('update')) declareField(Update.prototype, property, field, 'update');
      InputType(name, { description })(Update);
      return Update as ClassType<UpdateInputOf<F>>;
    },
    decodeCreate: (input) => decode(input as Record<string, unknown>, 'create') as NewOf<F>,
    decodeUpdate: (input) => decode(input as Record<string, unknown>, 'update') as ChangesOf<F>,
  };
}
