/**
 * Writes audit rows inside a mutation's own transaction, so a change and its record commit or roll
 * back together. Only the fields that changed are kept (every field, for a create), and secrets,
 * password hashes and contact details are redacted before anything is stored.
 */
import type { Viewer } from '../auth/viewer';
import type { Tx } from '../db/transaction';
import { toGlobalId } from '../graphql/global-id';
import { AuditEvent } from './audit-event.entity';

/** Properties whose values never reach an audit row: credentials and personal contact details. */
const REDACTED = new Set(['passwordHash', 'password', 'keyHash', 'secret', 'token', 'email', 'phone']);
export const REDACTED_VALUE = '[redacted]';

/** Bookkeeping (every row's, and the sort key derived from a name); a change to them alone is not worth recording. */
const IGNORED = new Set(['createdAt', 'seedKey', 'nameSort']);

type Row = Record<string, unknown>;

function plain(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

/** The fields that differ between before and after (all of them when one side is missing), redacted. */
export function auditChanges(before: object | null, after: object | null): { before: Row | null; after: Row | null } {
  const b = (before ?? {}) as Row;
  const a = (after ?? {}) as Row;
  const keys = new Set([...Object.keys(b), ...Object.keys(a)].filter((key) => !IGNORED.has(key)));
  const changed = [...keys].filter((key) => !before || !after || plain(b[key]) !== plain(a[key]));
  const pick = (row: Row | null) =>
    row && Object.fromEntries(changed.map((key) => [key, REDACTED.has(key) && row[key] != null ? REDACTED_VALUE : plain(row[key] ?? null)]));
  return { before: before ? pick(b) : null, after: after ? pick(a) : null };
}

export interface AuditTarget {
  /** GraphQL type name, e.g. StationApplication. */
  type: string;
  id: number;
}

export async function writeAudit(tx: Tx, viewer: Viewer, action: string, target: AuditTarget, before: object | null, after: object | null, at: Date): Promise<void> {
  await tx.manager.insert(AuditEvent, {
    actorAccountId: viewer.accountId,
    actorApiKeyId: viewer.apiKeyId,
    actor: viewer.label,
    action,
    targetType: target.type,
    targetId: toGlobalId(target.type, target.id),
    occurredAt: at,
    changes: JSON.stringify(auditChanges(before, after)),
  });
}
