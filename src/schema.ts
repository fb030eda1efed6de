/** The GraphQL schema, built from the resolvers' decorators. schema/schema.graphql is its printed form. */
import path from 'node:path';
import { GraphQLSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { installGlobalIds } from './graphql/node';
import { entities } from './db/entities';
import { HostUnitResolver } from './modules/host-unit/host-unit.resolver';
import { NodeResolver } from './modules/node/node.resolver';
import { ORGANIZATION_TYPES } from './modules/organization/organization.types';
import { OffshoreBaseResolver } from './modules/offshore-base/offshore-base.resolver';
import { StationResolver } from './modules/station/station.resolver';
import { NetworkStatsResolver } from './modules/stats/network-stats.resolver';
import { TalentResolver } from './modules/talent/talent.resolver';

/** Where the committed schema lives, resolved from the project root whether running from src/ or dist/. */
export const SCHEMA_FILE = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..', 'schema/schema.graphql');

export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [
      NodeResolver,
      NetworkStatsResolver,
      StationResolver,
      TalentResolver,
      HostUnitResolver,
      OffshoreBaseResolver,
    ],
    // Every object type is reachable through node(id), even one no field returns yet.
    orphanedTypes: [...entities, ...ORGANIZATION_TYPES],
    validate: true,
  });
  return installGlobalIds(schema);
}

/** The schema as SDL, fields in the order the classes declare them (stable for the same code). */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(schema)}\n`;
}
