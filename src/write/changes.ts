/**
 * Update inputs say "leave it" by leaving a field out, and "clear it" with null: only the fields
 * given are written. A field the record cannot be without refuses null with BAD_USER_INPUT.
 */
import { BadUserInputError } from '../domain-errors';

export type Changes<T, Required extends keyof T> = { [P in keyof T]?: P extends Required ? NonNullable<T[P]> : T[P] };

/** The fields given (null clears a nullable field; a required one refuses it, naming `input.<field>`). */
export function changesFrom<T extends object, Required extends keyof T = never>(input: T, required: readonly Required[] = []): Changes<T, Required> {
  const problems = required.filter((field) => input[field] === null).map((field) => ({ path: `input.${String(field)}`, message: `${String(field)} cannot be cleared; leave it out to keep it` }));
  if (problems.length) throw BadUserInputError.of(problems);
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Changes<T, Required>;
}
