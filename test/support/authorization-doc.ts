/**
 * docs/authorization.md, parsed: the tables its tests check cell by cell
 * (test/authorization-matrix.test.ts) and row by row against the schema's guards
 * (test/authorization-guards.test.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { MatrixRole } from './probes/probe';

export type Cell = '✓' | '✗' | 'own';
export interface MatrixRow {
  subject: string;
  cells: Record<MatrixRole, Cell>;
}

export const ROLES: MatrixRole[] = ['staff', 'reviewer', 'manager', 'partner', 'anonymous'];
const COLUMNS = ['STAFF', 'REVIEWER', 'UNIT_MANAGER', 'PARTNER', 'anonymous'];

export const AUTHORIZATION_DOC = fs.readFileSync(path.resolve(__dirname, '../../docs/authorization.md'), 'utf8');

/** The rows of the table under `## <heading>`: the subject (backticks dropped) and one cell per role. */
export function matrixTable(markdown: string, heading: string): MatrixRow[] {
  const section = markdown.split(/^## /m).find((part) => part.startsWith(`${heading}\n`));
  if (!section) throw new Error(`docs/authorization.md has no "## ${heading}" section`);
  const lines = section.split('\n').filter((line) => line.startsWith('|'));
  const header = lines[0].split('|').map((cell) => cell.trim());
  if (JSON.stringify(header.slice(2, 7)) !== JSON.stringify(COLUMNS)) throw new Error(`docs/authorization.md: the "${heading}" table's columns are ${header.slice(2, 7).join(', ')}, not ${COLUMNS.join(', ')}`);
  return lines.slice(2).map((line) => {
    const cells = line.split('|').map((cell) => cell.trim());
    const values = cells.slice(2, 7);
    for (const value of values) if (!['✓', '✗', 'own'].includes(value)) throw new Error(`docs/authorization.md: "${value}" in the row of ${cells[1]} is not ✓, ✗ or own`);
    return { subject: cells[1].replace(/`/g, ''), cells: Object.fromEntries(ROLES.map((role, i) => [role, values[i] as Cell])) as Record<MatrixRole, Cell> };
  });
}
