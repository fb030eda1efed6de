/** Global ids inside mutation inputs, decoded with the input path in every error (`input.hostUnitId`). */
import { fromGlobalId } from './global-id';

/** The row id behind a global id of one of `typeNames`. */
export function inputId(value: string, typeNames: string | readonly string[], path: string): number {
  return fromGlobalId(value, path, typeof typeNames === 'string' ? [typeNames] : typeNames).id;
}

/** Like inputId, for an optional field: null and undefined stay as they are. */
export function optionalInputId(value: string | null | undefined, typeNames: string | readonly string[], path: string): number | null | undefined {
  return value === null || value === undefined ? value : inputId(value, typeNames, path);
}

/** A list of ids, each decoded; duplicates are dropped (a set of links, not a sequence). */
export function inputIds(values: readonly string[], typeNames: string | readonly string[], path: string): number[] {
  return [...new Set(values.map((value, index) => inputId(value, typeNames, `${path}[${index}]`)))];
}
