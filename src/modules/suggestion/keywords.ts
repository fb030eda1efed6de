/**
 * Keywords in suggestions, matched through search's token index (`search_term`: one row per
 * normalised term of a record's field) rather than LIKE, so that 包虫, "Echinococcosis" and a
 * traditional-script keyword match the way search does, on both databases. A keyword matches a
 * record when the record has every one of the keyword's terms; contact fields (email, phone) never
 * count, so a suggestion cannot be used to probe someone's contact details.
 */
import type { Binder } from '../../db/sql-params';
import { queryTerms } from '../search/text';

/** Target types of search_term this module reads. */
export type KeywordTarget = 'TALENT' | 'EXPERT' | 'PROJECT';

/** Fields of search_term that are contact details: never matched by a suggestion. */
export const CONTACT_FIELDS = ['email', 'phone'];

/** A keyword as asked, and the index terms it stands for (none: it can match nothing). */
export interface Keyword {
  text: string;
  terms: string[];
}

/** Keywords as the client gave them, trimmed, without blanks or repeats. */
export function keywordsOf(texts: readonly string[] | null | undefined): Keyword[] {
  const seen = new Set<string>();
  const keywords: Keyword[] = [];
  for (const raw of texts ?? []) {
    const text = raw.trim();
    if (!text || seen.has(text)) continue;
    seen.add(text);
    keywords.push({ text, terms: [...new Set(queryTerms(text))] });
  }
  return keywords;
}

/** SQL: the indexed record `idColumn` of `target` has every term of `keyword` outside its contact fields. */
export function keywordMatchSql(target: KeywordTarget, idColumn: string, keyword: Keyword, p: Binder): string {
  if (!keyword.terms.length) return '1 = 0';
  return `(SELECT COUNT(DISTINCT kw.term) FROM search_term kw
     WHERE kw.target_type = ${p.bind(target)} AND kw.target_id = ${idColumn} AND kw.term IN (${p.bind(keyword.terms)})
       AND kw.field NOT IN (${p.bind(CONTACT_FIELDS)})) = ${keyword.terms.length}`;
}

/** SQL: the ids of the records of `target` that `keyword` matches (a candidate set, from the index alone). */
export function keywordCandidatesSql(target: KeywordTarget, keyword: Keyword, p: Binder): string | null {
  if (!keyword.terms.length) return null;
  return `SELECT kc.target_id AS id FROM search_term kc
     WHERE kc.target_type = ${p.bind(target)} AND kc.term IN (${p.bind(keyword.terms)}) AND kc.field NOT IN (${p.bind(CONTACT_FIELDS)})
     GROUP BY kc.target_id HAVING COUNT(DISTINCT kc.term) = ${keyword.terms.length}`;
}

/** SQL: which fields of the records `ids` hold which of `terms` (for the reasons: "Bio mentions …"). */
export function keywordFieldsSql(target: KeywordTarget, ids: readonly number[], terms: readonly string[], p: Binder): string {
  return `SELECT kf.target_id AS id, kf.field AS field, kf.term AS term FROM search_term kf
     WHERE kf.target_type = ${p.bind(target)} AND kf.target_id IN (${p.bind([...ids])}) AND kf.term IN (${p.bind([...terms])})
       AND kf.field NOT IN (${p.bind(CONTACT_FIELDS)})`;
}

/** Field names of the index as people say them. */
const FIELD_WORDS: Record<string, string> = {
  name: 'name',
  nameEn: 'English name',
  nameZh: 'name',
  title: 'title',
  bio: 'bio',
  affiliation: 'affiliation',
  position: 'position',
  description: 'description',
};

/**
 * Where a record mentions a keyword, from the (field, term) pairs the index holds for it: the
 * fields that hold every term on their own, or, when the terms are spread, every field holding one;
 * none when the record does not hold them all.
 */
export function whereMentioned(keyword: Keyword, hits: readonly { field: string; term: string }[]): string[] {
  const byField = new Map<string, Set<string>>();
  for (const hit of hits) {
    if (!keyword.terms.includes(hit.term)) continue;
    let terms = byField.get(hit.field);
    if (!terms) byField.set(hit.field, (terms = new Set()));
    terms.add(hit.term);
  }
  const covered = new Set([...byField.values()].flatMap((terms) => [...terms]));
  if (covered.size < keyword.terms.length) return [];
  const whole = [...byField].filter(([, terms]) => terms.size === keyword.terms.length).map(([field]) => field);
  return (whole.length ? whole : [...byField.keys()]).map((field) => FIELD_WORDS[field] ?? field);
}

/** "Bio mentions 包虫", "Title and bio mention graphene". */
export function mentionSentence(fields: readonly string[], keyword: Keyword): string {
  const unique = [...new Set(fields)];
  if (!unique.length) return `Matches “${keyword.text}”`;
  const list = unique.length === 1 ? unique[0] : `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
  const subject = list.charAt(0).toUpperCase() + list.slice(1);
  return `${subject} ${unique.length === 1 ? 'mentions' : 'mention'} ${keyword.text}`;
}
