/**
 * What the workflow's steps read and link inside their transaction (through the mutation's handle,
 * so they see its own writes): an expert's assignment, how many reviews are still out, and an
 * application's research fields.
 */
import type { Mutation } from '../../write/mutation';
import { ApplicationResearchField } from './application-research-field.entity';

/** The review row assigning `expertId` to the application, or null. */
export async function assignmentOf(m: Mutation, applicationId: number, expertId: number): Promise<{ id: number } | null> {
  const [query, parameters] = m.tx.dataSource.driver.escapeQueryWithParameters('SELECT id FROM application_review WHERE application_id = :a AND expert_id = :e', { a: applicationId, e: expertId });
  return m.loaders.read<{ id: number | string }, { id: number } | null>(query, parameters, (rows) => (rows[0] ? { id: Number(rows[0].id) } : null));
}

export async function reviewProgress(m: Mutation, applicationId: number): Promise<{ assigned: number; pending: number }> {
  const [query, parameters] = m.tx.dataSource.driver.escapeQueryWithParameters(
    'SELECT COUNT(*) AS assigned, SUM(CASE WHEN score IS NULL THEN 1 ELSE 0 END) AS pending FROM application_review WHERE application_id = :id',
    { id: applicationId },
  );
  return m.loaders.read<{ assigned: number | string; pending: number | string | null }, { assigned: number; pending: number }>(query, parameters, (rows) => ({
    assigned: Number(rows[0]?.assigned ?? 0),
    pending: Number(rows[0]?.pending ?? 0),
  }));
}

/** Makes the application's research fields exactly `fieldIds`: links no longer named go, new ones come (each audited). */
export async function replaceResearchFields(m: Mutation, applicationId: number, fieldIds: readonly number[]): Promise<void> {
  const [query, parameters] = m.tx.dataSource.driver.escapeQueryWithParameters('SELECT id, research_field_id AS field FROM application_research_field WHERE application_id = :id', { id: applicationId });
  // Copied out of the rows: readRows empties its row array once `read` returns.
  const links = await m.loaders.read<{ id: number | string; field: number | string }, { id: number; field: number }[]>(query, parameters, (rows) =>
    rows.map((row) => ({ id: Number(row.id), field: Number(row.field) })),
  );
  const wanted = new Set(fieldIds);
  const present = new Set(links.map((link) => link.field));
  for (const link of links) if (!wanted.has(link.field)) await m.remove(ApplicationResearchField, link.id);
  for (const fieldId of wanted) if (!present.has(fieldId)) await m.insert(ApplicationResearchField, { applicationId, researchFieldId: fieldId });
}
