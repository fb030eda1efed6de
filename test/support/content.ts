/** Small helpers the content write tests (projects, platforms, activities, announcements) and their probes share. */
import { fromGlobalId, toGlobalId } from '../../src/graphql/global-id';
import { ORGANIZATION_TYPE_BY_KIND } from '../../src/modules/organization/organization.types';
import type { OrganizationKind } from '../../src/modules/organization/organization.entity';
import type { TestApp } from './app';

/** The global id of an organisation row: its type name depends on its kind. */
export async function organizationGid(app: TestApp, id: number): Promise<string> {
  const [row] = await app.dataSource.query('SELECT kind FROM organization WHERE id = ?', [id]);
  return toGlobalId(ORGANIZATION_TYPE_BY_KIND[row.kind as OrganizationKind], id);
}

/** The row id behind a global id. */
export function rowId(globalId: string): number {
  return fromGlobalId(globalId).id;
}

/** Today as the server reckons it (UTC, YYYY-MM-DD). */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A day `days` after today (UTC). */
export function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
