/** The audit trail's connection, and what a change looks like. */
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { NodeConnection } from '../../graphql/connection';
import { AuditEvent } from '../../write/audit-event.entity';

export const AuditEventConnection = NodeConnection(AuditEvent, 'AuditEvent');

@ObjectType({
  simpleResolvers: true,
  description: "The fields a mutation changed, by property name: every field for a create, only those that differ for an update. Secrets and contact details read '[redacted]'.",
})
export class AuditChanges {
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The values before; null for a create.' })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The values after; null for a delete.' })
  after: Record<string, unknown> | null;
}
