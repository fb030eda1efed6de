/**
 * Generated inputs for the property-based tests (test/fuzz-*.test.ts): fast-check arbitraries read
 * off the schema itself, so every argument of every mutation and root list is covered as the schema
 * grows, with values a careless or hostile client would send (edges of ranges, wrong dates, long and
 * mixed-script strings, ids of the wrong type, real ids of rows other callers own).
 */
import fc from 'fast-check';
import {
  GraphQLArgument,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import type { DataSource } from 'typeorm';
import type { TestApp } from './app';
import { toGlobalId } from '../../src/graphql/global-id';
import { ORGANIZATION_TYPE_BY_KIND } from '../../src/modules/organization/organization.types';
import type { OrganizationKind } from '../../src/modules/organization/organization.entity';

/** How many generated cases a property runs: a few hundred in CI, more with `npm run fuzz -- --runs N`. */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS || 0) || undefined;

/** A fixed seed unless FUZZ_SEED says otherwise, so a CI failure can be replayed exactly. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED || 20261207);

/** A caller a generated case is sent as. */
export interface FuzzCaller {
  label: string;
  options: { token?: string; anonymous?: boolean };
}

/** Anonymous, and each demo account signed in. */
export async function everyCaller(app: TestApp): Promise<FuzzCaller[]> {
  const callers: FuzzCaller[] = [{ label: 'anonymous', options: { anonymous: true } }];
  for (const role of ['staff', 'reviewer', 'manager', 'partner'] as const) callers.push({ label: role, options: { token: await app.tokenFor(role) } });
  return callers;
}

/** Global ids of real rows, a few per type, for ID arguments to aim at: all of them, and by type name. */
export interface IdPool {
  all: string[];
  byType: Map<string, string[]>;
}

export async function idPool(dataSource: DataSource, perType = 6): Promise<IdPool> {
  const ids: string[] = [];
  const byType = new Map<string, string[]>();
  const add = (typeName: string, id: number) => {
    const globalId = toGlobalId(typeName, id);
    ids.push(globalId);
    byType.set(typeName, [...(byType.get(typeName) ?? []), globalId]);
  };
  for (const metadata of dataSource.entityMetadatas) {
    const table = metadata.tableName;
    if (!metadata.columns.some((column) => column.databaseName === 'id')) continue;
    const isOrganization = table === 'organization';
    const rows: { id: number; kind?: string }[] = await dataSource.query(`SELECT id${isOrganization ? ', kind' : ''} FROM ${table} ORDER BY id LIMIT ${perType}`);
    for (const row of rows) {
      add(metadata.name, Number(row.id));
      if (isOrganization) add(ORGANIZATION_TYPE_BY_KIND[row.kind as OrganizationKind], Number(row.id));
    }
  }
  return { all: ids, byType };
}

/**
 * The ids an argument most likely wants, from its name: `talentId`, `expertIds` and `applicationId`
 * aim at talents, experts and (station) applications; anything else at any row.
 */
function idsFor(name: string, pool: IdPool): string[] {
  const stem = /^(.*?)Ids?$/.exec(name)?.[1];
  if (stem) {
    const wanted = stem.toLowerCase();
    for (const [typeName, ids] of pool.byType) if (typeName.toLowerCase().endsWith(wanted)) return ids;
  }
  return pool.all;
}

const DATES = ['2023-08-01', '2026-01-01', '1999-12-31', '2100-01-01', '2023-02-29', '2023-13-01', '0000-00-00', '2023-8-1', 'yesterday', ''];
const TEXTS = ['', ' ', 'a', '石墨烯', '重慶', 'Ｇｒａｐｈｅｎｅ', 'graphene ', '<script>alert(1)</script>', "'; DROP TABLE station; --", '%', '_', '\\', '\u0000', '🚀', 'x'.repeat(301), '中'.repeat(2001), 'name@example.org', '+86 23 1234 5678'];
const INTS = [0, -1, 1, 2, 3, 20, 64, 100, 101, 1000, 2015, 2023, 2026, 2147483647, -2147483648];
const SAFE_INTS = [...INTS, 10 ** 11, 10 ** 11 + 1, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER];

/** Values for a scalar, shaped by the argument's name where that says more than its type. */
function scalarArbitrary(typeName: string, name: string, ids: IdPool): fc.Arbitrary<unknown> {
  const lower = name.toLowerCase();
  switch (typeName) {
    case 'ID':
      return fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...idsFor(name, ids)) }, { weight: 2, arbitrary: fc.constantFrom(...ids.all) }, { weight: 1, arbitrary: fc.constantFrom('', 'not-an-id', toGlobalId('Station', 999999), toGlobalId('Nope', 1), 'U3RhdGlvbjox'.repeat(50)) });
    case 'Int':
      if (lower.includes('version')) return fc.oneof(fc.integer({ min: 1, max: 3 }), fc.constantFrom(0, -1, 2147483647));
      return lower.includes('year') ? fc.oneof(fc.integer({ min: 2010, max: 2030 }), fc.constantFrom(...INTS)) : fc.oneof(fc.integer({ min: -5, max: 120 }), fc.constantFrom(...INTS));
    case 'SafeInt':
      return fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom(...SAFE_INTS));
    case 'Float':
      return fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(0, -0.5, 59.999, 1e300));
    case 'Boolean':
      return fc.boolean();
    case 'DateTimeISO':
      return fc.oneof(fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()), fc.constantFrom('2023-08-01T00:00:00Z', 'not a time'));
    case 'JSONObject':
      return fc.oneof(fc.constant({}), fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }));
    default: // String and anything string-like
      if (/(^|[a-z])(on|date|from|to|until|since)$/i.test(name) || /On$|Date$/.test(name)) return fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...DATES) }, { weight: 3, arbitrary: fc.date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) });
      if (lower.includes('email')) return fc.oneof(fc.emailAddress(), fc.constantFrom('', 'no-at-sign', 'PÁRTNER@demo.haizhi'));
      if (lower.includes('country')) return fc.constantFrom('CN', 'US', 'GB', 'NZ', 'SG', 'DE', 'XX', 'usa', '');
      if (lower === 'after' || lower === 'before') return fc.oneof(fc.constantFrom('', 'bogus', Buffer.from('cursor:1').toString('base64url')), fc.string({ maxLength: 20 }));
      return fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom('Fuzz Station', '模糊测试', 'A note', 'Graphene research', 'https://example.org') },
        { weight: 2, arbitrary: fc.constantFrom(...TEXTS) },
        { weight: 1, arbitrary: fc.string({ maxLength: 40, unit: 'grapheme' }) },
        { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 30 }) },
      );
  }
}

/** Arbitrary values of a GraphQL input type; optional fields are sometimes left out, sometimes null. */
export function inputArbitrary(type: GraphQLInputType, name: string, ids: IdPool, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return inputArbitrary(type.ofType, name, ids, depth);
  if (isListType(type)) return fc.array(inputArbitrary(type.ofType as GraphQLInputType, name, ids, depth + 1), { maxLength: depth > 1 ? 1 : 4 });
  if (isEnumType(type)) {
    const values = type.getValues().map((value) => value.name);
    return fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: fc.constantFrom(`${values[0]}X`, values[0].toLowerCase()) });
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    if (depth > 3) return fc.constant({});
    const shape: Record<string, fc.Arbitrary<unknown>> = {};
    const required: string[] = [];
    for (const field of fields) {
      const inner = inputArbitrary(field.type, field.name, ids, depth + 1);
      if (isNonNullType(field.type)) {
        required.push(field.name);
        shape[field.name] = inner;
      } else {
        shape[field.name] = fc.oneof({ weight: 3, arbitrary: inner }, { weight: 1, arbitrary: fc.constant(null) });
      }
    }
    return fc.record(shape, { requiredKeys: required });
  }
  if (isScalarType(type)) return scalarArbitrary(type.name, name, ids);
  throw new Error(`no arbitrary for input type ${String(type)}`);
}

/** Arbitrary arguments of a field, as variables named after the arguments; optional ones sometimes left out. */
export function argumentsArbitrary(args: readonly GraphQLArgument[], ids: IdPool): fc.Arbitrary<Record<string, unknown>> {
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const arg of args) shape[arg.name] = inputArbitrary(arg.type, arg.name, ids);
  return fc.record(shape, { requiredKeys: args.filter((arg) => isNonNullType(arg.type)).map((arg) => arg.name) });
}

/** `($a: T!, $b: U)` and `(a: $a, b: $b)` for a field's arguments. */
export function argumentText(args: readonly GraphQLArgument[]): { declarations: string; uses: string } {
  if (!args.length) return { declarations: '', uses: '' };
  return {
    declarations: `(${args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ')})`,
    uses: `(${args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})`,
  };
}

/**
 * A selection of a type's fields that take no required arguments, `depth` object levels deep
 * (connections get `totalCount`, `pageInfo` and their edges' node ids), so that generated writes
 * are read back through their field resolvers too, not only committed.
 */
export function selectionOf(type: GraphQLNamedType, depth: number): string {
  if (isUnionType(type) || isInterfaceType(type)) return '{ __typename ... on Node { id } }';
  if (!isObjectType(type)) return '';
  const parts = ['__typename'];
  for (const field of Object.values((type as GraphQLObjectType).getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    const named = getNamedType(field.type);
    if (isScalarType(named) || isEnumType(named)) parts.push(field.name);
    else if (depth > 0) {
      const inner = named.name.endsWith('Connection') ? '{ totalCount pageInfo { hasNextPage } edges { node { __typename ... on Node { id } } } }' : selectionOf(named, depth - 1);
      if (inner) parts.push(`${field.name}${named.name.endsWith('Connection') ? '(first: 2)' : ''} ${inner}`);
    }
  }
  return `{ ${parts.join(' ')} }`;
}

/** Query and mutation fields of the schema, with what the tests need to call them. */
export function rootFields(schema: GraphQLSchema, operation: 'query' | 'mutation') {
  const root = operation === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
  return Object.values(root.getFields()).map((field) => ({ name: field.name, args: field.args, returns: getNamedType(getNullableType(field.type)) }));
}

/** Every error code anywhere in a response. */
export function errorCodes(body: { errors?: { extensions?: { code?: string } }[] }): string[] {
  return (body.errors ?? []).map((error) => String(error.extensions?.code));
}
