/**
 * Renamed fields (`name` over `nameZh`): with INLINE_RENAMED_FIELDS on, the row readers' rows answer
 * to the schema's name and the field has no resolver (jit reads it inline); off, the field gets a
 * one-line resolver. Either way the entity classes themselves are left as declared, and a row's own
 * keys stay its columns (the audit trail records exactly those).
 */
import { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { DataSource } from 'typeorm';
import { createDataSource } from '../src/db/data-source';
import { rowShape } from '../src/db/rows';
import { Organization } from '../src/modules/organization/organization.entity';
import { Station } from '../src/modules/station/station.entity';
import { buildAppSchema } from '../src/schema';

const fieldOf = (schema: GraphQLSchema, type: string, field: string) => (schema.getType(type) as GraphQLObjectType).getFields()[field];

let inline: GraphQLSchema;
let plain: GraphQLSchema;
let dataSource: DataSource;
beforeAll(async () => {
  inline = await buildAppSchema({ inlineRenamedFields: true });
  plain = await buildAppSchema({ inlineRenamedFields: false });
  dataSource = await createDataSource({ kind: 'sqlite', path: ':memory:', url: 'sqlite::memory:' });
  await dataSource.initialize();
}, 60_000);
afterAll(async () => {
  if (dataSource?.isInitialized) await dataSource.destroy();
});

test('on: renamed fields of entity types have no resolver; off: each has one that reads the property', () => {
  for (const [type, field] of [['Station', 'name'], ['Talent', 'country'], ['Consulate', 'name'], ['Consulate', 'country'], ['Activity', 'title']]) {
    expect(fieldOf(inline, type, field).resolve).toBeUndefined();
    expect(fieldOf(plain, type, field).resolve).toBeInstanceOf(Function);
  }
  expect(fieldOf(plain, 'Station', 'name').resolve!({ nameZh: '海智工作站' }, {}, null, null as never)).toBe('海智工作站');
});

test("a reader's row answers to the schema's name; its own keys are its columns; it is still an instance of the entity", () => {
  const station = rowShape<Station>(dataSource, Station).reader()({ id: 1, nameZh: '重庆海智工作站', nameEn: null, status: 'ACTIVE' });
  expect((station as unknown as { name: string }).name).toBe('重庆海智工作站');
  expect(Object.keys(station)).not.toContain('name');
  expect(Object.keys(station)).toContain('nameZh');
  expect(station).toBeInstanceOf(Station);
  const organization = rowShape<Organization>(dataSource, Organization).reader()({ id: 2, nameZh: '匈牙利驻重庆总领事馆', countryCode: 'HU' });
  expect(organization as unknown as { name: string; country: string }).toMatchObject({ name: '匈牙利驻重庆总领事馆', country: 'HU' });
  // A copy made with the row's prototype (node(), search) answers to the name too.
  const copy = Object.assign(Object.create(Object.getPrototypeOf(station) as object) as object, station) as unknown as { name: string };
  expect(copy.name).toBe('重庆海智工作站');
});

test('the entity classes are not changed: no accessor on their prototypes', () => {
  expect(Object.getOwnPropertyDescriptor(Station.prototype, 'name')).toBeUndefined();
  expect(Object.getOwnPropertyDescriptor(Organization.prototype, 'country')).toBeUndefined();
  expect('name' in new Station()).toBe(false);
});
