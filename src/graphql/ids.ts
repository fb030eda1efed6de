/** Record ids as clients send them (the ID scalar is a string): checked, then turned into row ids. */
import { BadUserInputError } from '../domain-errors';

export function parseRecordId(id: string, argument = 'id'): number {
  const value = Number(id);
  if (!/^\d+$/.test(id) || !Number.isSafeInteger(value)) {
    throw new BadUserInputError(`${argument} "${id}" is not an id of this API; ids are whole numbers such as "12"`, { argument });
  }
  return value;
}
