/**
 * The sort key stored beside a name (`name_sort`), so `orderBy: NAME` follows pinyin, the order a
 * Chinese reader looks names up in, rather than code points (亲禾, 华森, 基辅 by code point; 华森 hua,
 * 基辅 ji, 亲禾 qin by pinyin). Both databases compare the key byte for byte (utf8mb4_bin on MariaDB,
 * SQLite's BINARY), so the key is built to be right under plain byte order:
 *
 * - width and compatibility forms fold first (NFKC: ＡＢＣ is ABC, （１） is (1)), then everything is lower case;
 * - each Han character becomes its toneless pinyin syllable, read in the context of its run of Han
 *   characters so polyphones come out as words say them (重庆 chong qing, 银行 yin hang); ü is
 *   written v, keeping the key ASCII for Chinese names;
 * - syllables and the words of other text between them are separated by single spaces; punctuation
 *   and symbols separate too and are dropped (（1） and (1) both leave 1). A space sorts before every
 *   letter, so syllable boundaries decide first: 西安 "xi an" comes before 先 "xian", as in a
 *   dictionary;
 * - Latin text is kept, accents stripped (Müller sorts with muller), so 戴维 and David interleave
 *   as one alphabet, as phone books and 现代汉语词典's index do.
 *
 * A person's name reads its first character as a surname (单 shan, 曾 zeng, 解 xie), which is wrong
 * for other names (行长 hang zhang, not xing chang), so callers say which they have.
 *
 * Homophones (华森, 华深) share a key; the list's keyset breaks the tie by id, so pages stay stable.
 *
 * A frozen copy of this function fills the column for rows that existed before it did
 * (migrations/lib/name-sort-key.ts, because migrations are history and import nothing from src/).
 * Changing what this function returns needs a migration that recomputes the stored keys.
 */
import { pinyin } from 'pinyin-pro';

/** Length of the name_sort column, in characters (MariaDB's varchar counts characters). */
export const NAME_SORT_LENGTH = 255;

export interface NameSortOptions {
  /** The name is a person's: its first character (or two, 欧阳) is read as a surname. */
  person?: boolean;
}

const HAN_RUN = /(\p{Script=Han}+)/u;
const HAN = /^\p{Script=Han}/u;
/** Accents on Latin letters (NFD splits é into e and a combining mark). */
const LATIN_ACCENTS = /(\p{Script=Latin})\p{M}+/gu;
/**
 * Whitespace, punctuation and symbols separate words and are not themselves sorted by, as a
 * dictionary reads 基辅理工(重庆) as 基辅理工 重庆 and Paris-Saclay as Paris Saclay; nothing is left
 * that sorts below the space.
 */
const SEPARATORS = /[\s\p{Cc}\p{P}\p{S}]+/gu;

/** The key `orderBy: NAME` sorts by (see the file's header). */
export function nameSortKey(name: string, options: NameSortOptions = {}): string {
  const folded = name.normalize('NFKC').toLowerCase();
  const words: string[] = [];
  let first = true;
  for (const run of folded.split(HAN_RUN)) {
    if (!run) continue;
    if (HAN.test(run)) {
      const surname = options.person && first ? 'head' : 'off';
      words.push(...pinyin(run, { toneType: 'none', type: 'array', v: true, surname }));
    } else {
      const latin = run.normalize('NFD').replace(LATIN_ACCENTS, '$1').normalize('NFC');
      words.push(...latin.split(SEPARATORS));
    }
    first = false;
  }
  const key = words.filter((word) => word !== '').join(' ');
  // The column holds 255 characters; a longer key (a 200-character name is up to 1,400 letters of
  // pinyin) keeps its head, which decides the order but for names alike that far. Cut by code point,
  // never inside a surrogate pair.
  const characters = Array.from(key);
  return characters.length > NAME_SORT_LENGTH ? characters.slice(0, NAME_SORT_LENGTH).join('').trimEnd() : key;
}

