/**
 * Text as search sees it: one folding and one tokenizer for what is indexed and for what is asked,
 * so a query matches a row exactly when the two produce the same terms. Both databases then only
 * compare short, already-normalised strings (src/modules/search/search-term.entity.ts): MariaDB has
 * no ngram parser and InnoDB FULLTEXT splits on spaces only, SQLite's FTS5 trigram needs three
 * characters, so neither engine's own full-text search would give the same answers as the other.
 *
 * Folding: NFKC (full-width Ｇ and （ become G and (), traditional Chinese to simplified (重慶 → 重庆,
 * OpenCC), lower case, accents and tone marks dropped (Qiáng → qiang).
 * Terms:
 * - Chinese (any Han run): every pair of neighbouring characters, so a query of two or more
 *   characters finds any substring (包虫 in 世界著名包虫病专家). A single character is too common to
 *   search by alone and is not a term.
 * - Other scripts: words of two or more letters or digits, stemmed (vaccines → vaccin), and a whole
 *   address such as an email as one term too.
 * - Pinyin, for names: each syllable, each neighbouring pair joined (xiaoqiang, chongqing) and a
 *   short name (up to four characters) joined whole, so 肖强 is found by "Xiao Qiang", "xiaoqiang"
 *   and "Xiǎo Qiáng".
 */
import { pinyin } from 'pinyin-pro';
import stem from 'wink-porter2-stemmer';

/** Longest term kept (the column's length): longer words are cut, the same way on both sides. */
export const MAX_TERM_LENGTH = 64;

/**
 * OpenCC's traditional-to-simplified tables. The package is an ES module with a CommonJS build; its
 * types are declared as ESM only, so TypeScript refuses an import from this CommonJS file: require
 * the CommonJS build, typed by the one function used.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC = require('opencc-js/t2cn') as { Converter(options: { from: 't'; to: 'cn' }): (text: string) => string };
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

const HAN = /\p{Script=Han}/u;
/** A run of Han characters, or a word in any other script (letters, digits, marks). */
const SEGMENT = /\p{Script=Han}+|[\p{L}\p{N}\p{M}]+/gu;
/** The characters of an address (email, domain, dotted code), once folded. */
const ADDRESS_CHARS = /^[a-z0-9._%+@-]+$/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A word of toneless pinyin syllables each followed by a tone number: xiao3qiang2. */
const NUMBERED_PINYIN = /^(?:[a-zü]+[1-5])+$/;
/** Names up to this many Han characters are also indexed as their whole pinyin (ouyangxiu). */
const WHOLE_NAME_PINYIN = 4;

/** One folding for index and query: width, script variant, case, accents. */
export function fold(text: string): string {
  return toSimplified(text.normalize('NFKC'))
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC');
}

/** Folds one character on its own, for highlighting (where each character must keep its place). */
export function foldChar(char: string): string {
  return fold(char);
}

export interface TermOptions {
  /** Add the pinyin of Han runs (names of people and units). */
  pinyin: boolean;
}

/** Every term of `text`, as the index stores them (distinct, in first-seen order). */
export function indexTerms(text: string | null | undefined, options: TermOptions): string[] {
  if (!text) return [];
  const folded = fold(text);
  const terms = new Set<string>();
  for (const address of addressesIn(folded)) add(terms, address);
  for (const segment of folded.match(SEGMENT) ?? []) {
    if (HAN.test(segment)) {
      hanTerms(segment, terms);
      if (options.pinyin) pinyinTerms(segment, terms);
    } else {
      wordTerm(segment, terms);
    }
  }
  return [...terms];
}

/**
 * The terms a query asks for, every one of which a row must have (in some field) to match. Tone
 * numbers are dropped (xiao3qiang2 → xiao, qiang), since the index keeps pinyin without tones.
 */
export function queryTerms(query: string): string[] {
  const folded = fold(query);
  const terms = new Set<string>();
  for (const address of addressesIn(folded)) add(terms, address);
  for (const segment of folded.match(SEGMENT) ?? []) {
    if (HAN.test(segment)) {
      hanTerms(segment, terms);
    } else if (NUMBERED_PINYIN.test(segment)) {
      for (const syllable of segment.split(/[1-5]/)) if (syllable) wordTerm(syllable, terms);
    } else {
      wordTerm(segment, terms);
    }
  }
  return [...terms];
}

/**
 * Address-like chunks of folded text (an email, a domain, a dotted code), kept whole as well as split
 * into words: whitespace-separated pieces holding an @ or a dot, trimmed of punctuation at either
 * end. Found by splitting and scanning, never by one regular expression over the whole text: a
 * pattern with a repeated class before [@.] backtracks quadratically on a long run of letters (a
 * 20,000-character announcement took four seconds to index).
 */
export function addressesIn(folded: string): string[] {
  const found: string[] = [];
  for (const chunk of folded.split(/\s+/)) {
    if (!chunk.includes('@') && !chunk.includes('.')) continue;
    const chars = [...chunk];
    let start = 0;
    let end = chars.length;
    while (start < end && !LETTER_OR_DIGIT.test(chars[start])) start++;
    while (end > start && !LETTER_OR_DIGIT.test(chars[end - 1])) end--;
    const address = chars.slice(start, end).join('');
    if ((address.includes('@') || address.includes('.')) && ADDRESS_CHARS.test(address)) found.push(address);
  }
  return found;
}

/** The stem of one folded word, as index and query both keep it (too short: none). */
export function wordStem(word: string): string | null {
  const chars = [...word];
  if (chars.length < 2) return null;
  // Past a term's length it is no English word: cut, not stemmed (the stemmer is slow on very long input).
  if (chars.length > MAX_TERM_LENGTH) return chars.slice(0, MAX_TERM_LENGTH).join('');
  return /^[a-z]+$/.test(word) ? stem(word) : word;
}

function wordTerm(word: string, terms: Set<string>): void {
  const term = wordStem(word);
  if (term) add(terms, term);
}

function hanTerms(run: string, terms: Set<string>): void {
  const chars = [...run];
  for (let i = 0; i + 1 < chars.length; i++) add(terms, chars[i] + chars[i + 1]);
}

/** The toneless pinyin of each character of a Han run (surnames read as surnames: 单 is shan). */
export function pinyinOf(run: string): string[] {
  return pinyin(run, { toneType: 'none', type: 'array', surname: 'head' }).map((syllable) => fold(syllable));
}

function pinyinTerms(run: string, terms: Set<string>): void {
  const syllables = pinyinOf(run);
  for (const syllable of syllables) wordTerm(syllable, terms);
  for (let i = 0; i + 1 < syllables.length; i++) wordTerm(syllables[i] + syllables[i + 1], terms);
  if (syllables.length > 2 && syllables.length <= WHOLE_NAME_PINYIN) wordTerm(syllables.join(''), terms);
}

function add(terms: Set<string>, term: string): void {
  terms.add([...term].slice(0, MAX_TERM_LENGTH).join(''));
}
