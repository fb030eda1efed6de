/**
 * The name sort key as migration 1797000100000 computed it for rows that were already there: a
 * frozen copy of src/modules/search/name-sort.ts (see it for why each step), because migrations are
 * history and import nothing from src/. If the app's key ever changes, a new migration recomputes
 * the stored keys with its own copy; this one stays as it ran.
 */
import { pinyin } from 'pinyin-pro';

export const NAME_SORT_LENGTH = 255;

const HAN_RUN = /(\p{Script=Han}+)/u;
const HAN = /^\p{Script=Han}/u;
const LATIN_ACCENTS = /(\p{Script=Latin})\p{M}+/gu;
const SEPARATORS = /[\s\p{Cc}\p{P}\p{S}]+/gu;

export function nameSortKey(name: string, person = false): string {
  const folded = name.normalize('NFKC').toLowerCase();
  const words: string[] = [];
  let first = true;
  for (const run of folded.split(HAN_RUN)) {
    if (!run) continue;
    if (HAN.test(run)) {
      words.push(...pinyin(run, { toneType: 'none', type: 'array', v: true, surname: person && first ? 'head' : 'off' }));
    } else {
      words.push(...run.normalize('NFD').replace(LATIN_ACCENTS, '$1').normalize('NFC').split(SEPARATORS));
    }
    first = false;
  }
  const key = words.filter((word) => word !== '').join(' ');
  const characters = Array.from(key);
  return characters.length > NAME_SORT_LENGTH ? characters.slice(0, NAME_SORT_LENGTH).join('').trimEnd() : key;
}
