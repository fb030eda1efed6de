/**
 * Where a record matched: for each field whose text holds a query term, the text (cut to a window
 * around the first match when long) split into parts, the matched ones marked. Worked out from the
 * record as read, with the same folding and terms as the index (text.ts), one character at a time
 * so every mark falls on the characters the reader sees, full-width or traditional ones included.
 */
import { fold, MAX_TERM_LENGTH, pinyinOf, wordStem } from './text';

export interface HighlightPart {
  text: string;
  matched: boolean;
}

export interface Highlight {
  field: string;
  parts: HighlightPart[];
}

/** Texts up to this long are shown whole; longer ones as a window around the first match. */
const WHOLE = 160;
const BEFORE = 40;
const AFTER = 110;

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}\p{M}]/u;

/** The folded text, and for each of its characters the index of the original character it came from. */
function foldMapped(chars: readonly string[]): { folded: string[]; origin: number[] } {
  const folded: string[] = [];
  const origin: number[] = [];
  chars.forEach((char, i) => {
    for (const piece of fold(char)) {
      folded.push(piece);
      origin.push(i);
    }
  });
  return { folded, origin };
}

/** Which original characters of `text` a query with `terms` matched. */
export function matchedCharacters(text: string, terms: ReadonlySet<string>, withPinyin: boolean): boolean[] {
  const chars = [...text];
  const marked = new Array<boolean>(chars.length).fill(false);
  const { folded, origin } = foldMapped(chars);
  const mark = (from: number, to: number) => {
    for (let i = from; i < to; i++) marked[origin[i]] = true;
  };
  let i = 0;
  while (i < folded.length) {
    const start = i;
    if (HAN.test(folded[i])) {
      while (i < folded.length && HAN.test(folded[i])) i++;
      markHan(folded.slice(start, i), start, terms, withPinyin, mark);
    } else if (WORD.test(folded[i])) {
      while (i < folded.length && WORD.test(folded[i]) && !HAN.test(folded[i])) i++;
      const stem = wordStem(folded.slice(start, i).join(''));
      if (stem && terms.has([...stem].slice(0, MAX_TERM_LENGTH).join(''))) mark(start, i);
    } else {
      i++;
    }
  }
  markAddresses(folded, terms, mark);
  return marked;
}

function markHan(run: string[], offset: number, terms: ReadonlySet<string>, withPinyin: boolean, mark: (from: number, to: number) => void): void {
  for (let i = 0; i + 1 < run.length; i++) if (terms.has(run[i] + run[i + 1])) mark(offset + i, offset + i + 2);
  if (!withPinyin) return;
  const syllables = pinyinOf(run.join(''));
  if (syllables.length !== run.length) return;
  const has = (word: string) => {
    const stem = wordStem(word);
    return stem !== null && terms.has(stem);
  };
  for (let i = 0; i < run.length; i++) {
    if (has(syllables[i])) mark(offset + i, offset + i + 1);
    if (i + 1 < run.length && has(syllables[i] + syllables[i + 1])) mark(offset + i, offset + i + 2);
  }
  if (run.length > 2 && has(syllables.join(''))) mark(offset, offset + run.length);
}

/** Addresses (an email) are terms whole: mark each occurrence of one that is a query term. */
function markAddresses(folded: string[], terms: ReadonlySet<string>, mark: (from: number, to: number) => void): void {
  const text = folded.join('');
  if (text.length !== folded.length) return; // characters outside the BMP: positions would drift; words are marked already
  for (const term of terms) {
    if (!/[@.]/.test(term)) continue;
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) mark(at, at + term.length);
  }
}

/** The parts of `text` around its matches, or null when nothing in it matched. */
export function highlight(field: string, text: string, terms: ReadonlySet<string>, withPinyin: boolean): Highlight | null {
  const marked = matchedCharacters(text, terms, withPinyin);
  const first = marked.indexOf(true);
  if (first < 0) return null;
  const chars = [...text];
  let from = 0;
  let to = chars.length;
  if (chars.length > WHOLE) {
    from = Math.max(0, first - BEFORE);
    to = Math.min(chars.length, from + BEFORE + AFTER);
  }
  const parts: HighlightPart[] = [];
  if (from > 0) parts.push({ text: '…', matched: false });
  for (let i = from; i < to; i++) {
    const last = parts[parts.length - 1];
    if (last && last.matched === marked[i] && !(i === from && from > 0)) last.text += chars[i];
    else parts.push({ text: chars[i], matched: marked[i] });
  }
  if (to < chars.length) parts.push({ text: '…', matched: false });
  return { field, parts };
}
