/** Reads of the audit trail: the list's conditions, shared by its pages and its count. */
import { timestampText } from '../../db/columns';
import type { Filter, Range } from '../../db/where';
import { fromGlobalId } from '../../graphql/global-id';

/** The filter as the client gave it (the target is kept as a global id: that is how rows name it). */
export interface AuditEventCriteria {
  actions?: string[] | null;
  targetId?: string | null;
  targetType?: string | null;
  actorContains?: string | null;
  occurredAt?: Range<Date> | null;
}

export const auditEventFilter: Filter<AuditEventCriteria> = (w, c) => {
  // A malformed id is BAD_USER_INPUT naming filter.targetId, not a filter that silently matches nothing.
  if (c.targetId) fromGlobalId(c.targetId, 'filter.targetId');
  const at = c.occurredAt;
  w.in('t.action', c.actions)
    .equals('t.target_id', c.targetId)
    .equals('t.target_type', c.targetType)
    .contains(['t.actor'], c.actorContains)
    .range('t.occurred_at', at && { from: at.from && timestampText(at.from), to: at.to && timestampText(at.to) });
};
