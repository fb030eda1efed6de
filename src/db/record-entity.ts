/**
 * What every published record type is: a table (TypeORM's `@Entity`) and a GraphQL object type
 * whose fields are the row's own values, so it takes type-graphql's simple resolvers (no
 * per-field middleware: about 10% of a read, ARCHITECTURE.md). One decorator says both, so a new
 * entity cannot publish its type without them. Tables not in the API keep a bare `@Entity` (or
 * `@LinkTable`, link-table.ts; the one published link table, application_review, adds
 * `@ObjectType({ simpleResolvers: true })` to it).
 */
import { Entity } from 'typeorm';
import { ObjectType } from 'type-graphql';

/** `graphqlName` where the type is published under another name than the class's (Account as `User`). */
export function RecordEntity(table: string, description: string, graphqlName?: string): ClassDecorator {
  return (target) => {
    const options = { simpleResolvers: true, description };
    if (graphqlName === undefined) ObjectType(options)(target);
    else ObjectType(graphqlName, options)(target);
    Entity(table)(target);
  };
}
