/**
 * Every type, field, argument, enum value and input field the API defines carries a description
 * (docs/api.md promises it; GraphiQL's docs pane and codegen's comments show them to partners).
 * Enum values read `中文 — English`: CQAST staff read the label, partners the meaning.
 */
import {
  buildSchema,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';
import { buildAppSchema } from '../src/schema';

/** What lacks a description, as `Type`, `Type.field`, `Type.field(arg)`, `Enum.VALUE` or `Input.field`. */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const blank = (text: string | null | undefined) => !text || !text.trim();
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (blank(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args) if (blank(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) if (blank(value.description)) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing;
}

/** Enum values whose description is not `中文 — English` (a CJK character, then ' — ', then text). */
function unlabelled(schema: GraphQLSchema): string[] {
  const shape = /\p{Script=Han}.* — \S/u;
  return Object.values(schema.getTypeMap())
    .filter((type) => isEnumType(type) && !isIntrospectionType(type))
    .flatMap((type) => (isEnumType(type) ? type.getValues() : []).filter((value) => !shape.test(value.description ?? '')).map((value) => `${type.name}.${value.name}: ${JSON.stringify(value.description)}`));
}

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

test('every type, field, argument, enum value and input field of the schema has a description', () => {
  expect(undescribed(schema)).toEqual([]);
});

test('every enum value is described as `中文 — English`', () => {
  expect(unlabelled(schema)).toEqual([]);
});

test('the root types are described, and enum values read as their labels', () => {
  expect(schema.getQueryType()?.description).toMatch(/\S/);
  expect(schema.getMutationType()?.description).toMatch(/\S/);
  expect(schema.getSubscriptionType()?.description).toMatch(/\S/);
  const status = schema.getType('StationStatus');
  expect(isEnumType(status) && status.getValue('EXPIRED')?.description).toBe('已过期 — validity lapsed without renewal');
});

test('the walk finds a missing description of every kind, and a value that is not `中文 — English`', () => {
  const gaps = buildSchema(`
    "described" type Query { "described" ok: Int, bare(arg: Int, "described" fine: Int): Kind }
    enum Kind { "described" NAMED, BARE, "English only — no label" LATIN }
    input Bare { field: Int }
    "described" scalar Money
    scalar Plain
  `);
  expect(undescribed(gaps).sort()).toEqual(['Bare', 'Bare.field', 'Kind', 'Kind.BARE', 'Plain', 'Query.bare', 'Query.bare(arg)'].sort());
  expect(unlabelled(gaps).map((entry) => entry.split(':')[0]).sort()).toEqual(['Kind.BARE', 'Kind.LATIN', 'Kind.NAMED']);
});
