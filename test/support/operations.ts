/** The committed operations in schema/operations/, as the tests send them (their types come from codegen). */
import fs from 'node:fs';
import path from 'node:path';

const OPERATIONS_DIR = path.resolve(__dirname, '../../schema/operations');

export function operation(name: string): string {
  return fs.readFileSync(path.join(OPERATIONS_DIR, `${name}.graphql`), 'utf8');
}
