/**
 * Relay global ids: opaque strings naming the type and the row ("Station:12", base64url-encoded),
 * so `node(id)` can find any object and client caches can key on id alone.
 */
import { BadUserInputError } from '../domain-errors';

export function toGlobalId(typeName: string, id: number): string {
  return Buffer.from(`${typeName}:${id}`).toString('base64url');
}

export interface GlobalId {
  typeName: string;
  id: number;
}

/** Decodes a global id; `expectedTypes` (when given) are the types this argument accepts. */
export function fromGlobalId(globalId: string, argument = 'id', expectedTypes?: readonly string[]): GlobalId {
  const text = Buffer.from(globalId, 'base64url').toString('utf8');
  const match = /^([A-Z][A-Za-z]*):(\d{1,15})$/.exec(text);
  if (!match) {
    throw new BadUserInputError(`${argument} "${globalId}" is not an id issued by this API; use the id field of an object unchanged`, { argument });
  }
  const [, typeName, id] = match;
  if (expectedTypes && !expectedTypes.includes(typeName)) {
    throw new BadUserInputError(`${argument} is the id of a ${typeName}; expected the id of a ${expectedTypes.join(' or ')}`, { argument });
  }
  return { typeName, id: Number(id) };
}

/** Decodes a list of ids that must all name rows of the given type(s) (filter arguments). */
export function rowIdsOf(
  globalIds: readonly string[] | null | undefined,
  typeNames: string | readonly string[],
  argument: string,
): number[] | undefined {
  const expected = typeof typeNames === 'string' ? [typeNames] : typeNames;
  return globalIds?.map((globalId) => fromGlobalId(globalId, argument, expected).id);
}
