/** The audit trail for STAFF: the root list, what each event changed, and the record it changed. */
import { GraphQLResolveInfo, isObjectType } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/viewer';
import type { AppContext } from '../../context';
import { PageArgs } from '../../graphql/connection';
import { fromGlobalId } from '../../graphql/global-id';
import { Node } from '../../graphql/node';
import type { OrderInput } from '../../graphql/ordering';
import { rootConnection, rootList } from '../../graphql/root-list';
import { entityOfType } from '../../graphql/type-names';
import { loadNode } from '../node/node.resolver';
import { AuditEvent } from '../../write/audit-event.entity';
import { AUDIT_EVENT_ORDER, AuditEventFilter, NEWEST_FIRST } from './audit.inputs';
import { auditEventFilter } from './audit.service';
import { AuditChanges, AuditEventConnection } from './audit.types';

const AUDIT_EVENTS = rootList(AuditEvent, AUDIT_EVENT_ORDER, auditEventFilter);

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @Authorized(Role.STAFF)
  @Query(() => AuditEventConnection, { description: 'The audit trail (审计): one event per record a mutation changed. STAFF only.' })
  auditEvents(
    @Args() page: PageArgs,
    @Arg('filter', () => AuditEventFilter, { nullable: true }) filter: AuditEventFilter | null,
    @Arg('orderBy', () => AUDIT_EVENT_ORDER.input, { nullable: true, description: 'Default: newest first (OCCURRED_AT, DESC).' }) orderBy: OrderInput<string> | null,
    @Ctx() { loaders }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootConnection(loaders, AUDIT_EVENTS, page, filter, orderBy ?? NEWEST_FIRST, info);
  }

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
