/** The audit trail for STAFF: the root list, what each event changed, and the record it changed. */
import { GraphQLResolveInfo, isObjectType } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/viewer';
import type { AppContext } from '../../context';
import { fromGlobalId } from '../../graphql/global-id';
import { Node } from '../../graphql/node';
import { ReadResolver } from '../../graphql/read-resolver';
import { entityOfType } from '../../graphql/type-names';
import { loadNode } from '../node/node.resolver';
import { AuditEvent } from '../../write/audit-event.entity';
import { AUDIT_EVENT_ORDER, AuditEventFilter, auditEventFilter } from './audit.filters';
import { AuditChanges, AuditEventConnection } from './audit.types';

export const AuditEventResolver = ReadResolver(AuditEvent, {
  list: {
    name: 'auditEvents',
    connection: AuditEventConnection,
    filter: AuditEventFilter,
    where: auditEventFilter,
    ordering: AUDIT_EVENT_ORDER,
    description: 'The audit trail (审计): one event per record a mutation changed. STAFF only.',
    defaultOrder: 'newest first (OCCURRED_AT, DESC)',
    authorized: [Role.STAFF],
  },
});

@Resolver(() => AuditEvent)
export class AuditEventFieldsResolver {
  @FieldResolver(() => AuditChanges, { description: 'What changed: the fields before and after (stored redacted).' })
  changes(@Root() event: AuditEvent): AuditChanges {
    return JSON.parse(event.changes) as AuditChanges;
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The record changed, as it is now; null once it is deleted, or when it is not a type of this API.' })
  target(@Root() event: AuditEvent, @Ctx() context: AppContext, @Info() info: GraphQLResolveInfo) {
    const { typeName } = fromGlobalId(event.targetId, 'targetId');
    const type = info.schema.getType(typeName);
    // Link rows (a talent's research field, ...) are audited under their table's name but are not Nodes.
    if (!entityOfType(typeName) || !isObjectType(type) || !type.getInterfaces().some((i) => i.name === 'Node')) return null;
    return loadNode(event.targetId, 'targetId', context, info);
  }
}
