/**
 * The seams the write side stands on: no speed lever may silently drop a guard (schema build fails
 * instead), Loaders.release() empties only what the request owned, reads inside a transaction see
 * its writes while reads outside do not, and a rolled-back transaction publishes nothing.
 */
import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { Authorized, buildSchema, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { rowScopesFor } from '../src/auth/row-scopes';
import { ANONYMOUS } from '../src/auth/viewer';
import { Loaders } from '../src/db/loaders';
import { inTransaction } from '../src/db/transaction';
import { EventBus } from '../src/events/event-bus';
import { installDirectResolvers, isDirectResolver } from '../src/graphql/direct-resolvers';
import { assertGuarded, FieldRule, installFieldGuards } from '../src/graphql/field-guards';
import { ID_SORT } from '../src/db/keyset';
import { Station } from '../src/modules/station/station.entity';
import { STATION_TALENTS } from '../src/modules/talent/talent.relations';
import { Talent } from '../src/modules/talent/talent.entity';
import { buildAppSchema } from '../src/schema';
import { startTestApp, TestApp } from './support/app';

@ObjectType({ simpleResolvers: true })
class Secretive {
  @Field()
  open: string;

  @Authorized('STAFF')
  @Field()
  secret: string;
}

@Resolver()
class SecretiveResolver {
  @Query(() => Secretive)
  secretive(): Secretive {
    return { open: 'a', secret: 'b' };
  }
}

async function secretiveSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: [SecretiveResolver], authChecker: () => true, validate: false });
}

describe('no lever drops a guard', () => {
  test('an @Authorized field on a type with simpleResolvers fails the schema check, naming it', async () => {
    const schema = await secretiveSchema();
    expect(() => assertGuarded(schema, [])).toThrow(/Secretive\.secret: @Authorized on a field without a resolver \(simpleResolvers\) is never checked/);
  });

  test('a field rule for a field that is not there, or not nullable, fails schema build', async () => {
    const schema = await secretiveSchema();
    const rule = (fields: string[]): FieldRule => ({ type: 'Secretive', fields, readers: 'nobody', allows: () => false });
    expect(() => installFieldGuards(schema, [rule(['missing'])])).toThrow(/Secretive\.missing: no such field/);
    expect(() => installFieldGuards(schema, [rule(['open'])])).toThrow(/Secretive\.open is guarded, so it must be nullable/);
  });

  test('a field rule that was declared but not installed fails the check', async () => {
    const schema = await secretiveSchema();
    const rule: FieldRule = { type: 'Query', fields: ['secretive'], readers: 'nobody', allows: () => false };
    expect(() => assertGuarded(schema, [rule])).toThrow(/Query\.secretive: its field rule is not installed/);
  });

  test('with any global middleware, no field resolver is swapped for a direct call (it would skip the middleware)', async () => {
    const schema = await buildAppSchema({ directResolvers: false });
    installDirectResolvers(schema, { globalMiddlewares: [() => undefined] });
    const talentStations = schema.getType('Talent') as unknown as { getFields(): Record<string, { resolve?: never }> };
    for (const field of Object.values(talentStations.getFields())) if (field.resolve) expect(isDirectResolver(field.resolve)).toBe(false);
    // Without one, the same pass does swap them: the check above could fail.
    installDirectResolvers(schema);
    expect(Object.values(talentStations.getFields()).some((field) => field.resolve && isDirectResolver(field.resolve))).toBe(true);
  });
});

describe('reads, transactions and release', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('write_seams');
  });
  afterAll(async () => {
    await app?.stop();
  });

  test("release() empties the request's page arrays but never the rows in them, nor anything read inside a transaction", async () => {
    const loaders = new Loaders(app.dataSource, rowScopesFor(ANONYMOUS));
    const window = { first: 5, last: null, after: null, before: null };
    const [station] = await app.dataSource.query('SELECT MIN(station_id) AS id FROM engagement');
    const page = await loaders.children(STATION_TALENTS, window).load(Number(station.id));
    const kept = page.rows[0];
    expect(kept.node).toBeTruthy();
    const talent = (await loaders.byId(Talent).load(kept.node.id))!;
    let inTx: Awaited<ReturnType<Loaders['page']>> | null = null;
    await inTransaction(app.dataSource, async (tx) => {
      inTx = await loaders.within(tx).page(Station, ID_SORT, window);
    });
    loaders.release();
    expect(page.rows).toHaveLength(0);
    // A row held by a result or an event outlives the request's pages.
    expect(kept.node.name).toEqual(expect.any(String));
    expect(talent.name).toBe(kept.node.name);
    expect(inTx!.rows).toHaveLength(5);
  });

  test("a read inside the transaction sees its write; a read outside does not until the commit; a rollback publishes nothing", async () => {
    const events = new EventBus();
    const published: string[] = [];
    events.subscribe((event) => published.push(event.type));
    const outside = new Loaders(app.dataSource);
    const count = () => outside.count(Station);
    const before = await count();
    let seenInside = -1;
    let seenOutside: Promise<number> | null = null;
    await expect(
      inTransaction(app.dataSource, async (tx) => {
        await tx.queryRunner.query("UPDATE station SET name_en = 'changed in tx' WHERE id = (SELECT MIN(id) FROM station)");
        await tx.queryRunner.query("DELETE FROM station_status_change WHERE station_id = (SELECT MIN(id) FROM station)");
        const inside = outside.within(tx);
        seenInside = (await inside.page(Station, ID_SORT, { first: 1, last: null, after: null, before: null })).rows[0].nameEn as unknown as number;
        seenOutside = outside.page(Station, ID_SORT, { first: 1, last: null, after: null, before: null }).then((page) => page.rows[0].nameEn as unknown as number);
        tx.afterCommit(() => events.publish({ type: 'NetworkFiguresChanged', figures: ['stations'] }));
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(seenInside).toBe('changed in tx');
    // The pooled read ran outside the transaction: on MariaDB it saw the committed value at once,
    // on SQLite it waited for the transaction to end. Either way, never the uncommitted one.
    expect(await seenOutside).not.toBe('changed in tx');
    expect(await count()).toBe(before);
    expect(published).toEqual([]);
  });
});
