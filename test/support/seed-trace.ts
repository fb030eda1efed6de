/**
 * Checks the seed's data files against the source article, as plain JSON (no seed code in between):
 * every value of a named record that the article does not state must be named in the record's
 * _note, and every value it does state is cited in _sources with the article's words, verbatim.
 * A pure function of the files and the article, so test/seed.test.ts can also show it failing on a
 * copy with the notes removed.
 */
import fs from 'node:fs';
import path from 'node:path';

type Json = Record<string, unknown>;
export type DataFiles = Record<string, Json>;

const FILES = ['stations.json', 'people.json', 'organizations.json', 'activities.json', 'announcements.json'];

export function readDataFiles(dir: string): DataFiles {
  return Object.fromEntries(FILES.map((file) => [file, JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Json]));
}

/** A copy of the data files with `_note` removed from every record of the files named. */
export function withoutNotes(data: DataFiles, files: string[]): DataFiles {
  const copy = structuredClone(data);
  for (const file of files) {
    for (const list of Object.values(copy[file])) {
      if (Array.isArray(list)) for (const record of list as Json[]) delete record._note;
    }
  }
  return copy;
}

/** How a note names each checked field. */
const NAMED_IN_NOTE: Record<string, RegExp> = {
  district: /\bdistrict\b/i,
  kind: /\bkind\b/i,
  approvalYear: /\bapproval year\b/i,
  fields: /\bfields\b/i,
  head: /\bhead\b/i,
  countryCode: /\bcountry\b/i,
  degree: /\bdegree\b/i,
  pool: /\bpool\b/i,
  organizer: /\borgani[sz]/i,
  publisher: /\b(publish|issued)/i,
};

interface Checked {
  id: string;
  record: Json;
  /** The fields of this record whose values the article must state or the note must name. */
  fields: string[];
}

function checkedValues(data: DataFiles): Checked[] {
  const list = (file: string, key: string) => (data[file][key] as Json[] | undefined) ?? [];
  const checked: Checked[] = [];
  for (const s of list('stations.json', 'stations')) {
    checked.push({ id: `stations.json#${s.key}`, record: s, fields: ['district', 'kind', 'approvalYear', 'fields', ...(s.head ? ['head'] : [])] });
  }
  for (const t of list('people.json', 'talents')) checked.push({ id: `people.json/talents#${t.key}`, record: t, fields: ['countryCode', 'degree'] });
  // Being in the review pool is itself the value: the article must say so, or the note.
  for (const e of list('people.json', 'experts')) checked.push({ id: `people.json/experts#${e.key}`, record: e, fields: ['pool'] });
  for (const o of list('organizations.json', 'organizations')) checked.push({ id: `organizations.json#${o.key}`, record: o, fields: ['countryCode'] });
  // organizer null records the organiser as not recorded: nothing assumed.
  for (const a of list('activities.json', 'activities')) checked.push({ id: `activities.json#${a.key}`, record: a, fields: a.organizer === null ? [] : ['organizer'] });
  for (const a of list('announcements.json', 'announcements')) checked.push({ id: `announcements.json#${a.key}`, record: a, fields: ['publisher'] });
  return checked;
}

/** A citation: the article's words, or '#name' for the file-level _quotes entry of that name. */
function resolveCitation(data: DataFiles, file: string, citation: string): string | undefined {
  if (!citation.startsWith('#')) return citation;
  return ((data[file]._quotes ?? {}) as Record<string, string>)[citation.slice(1)];
}

/** Problems, one line each: citations not in the article, and assumed values the note does not name. */
export function unnotedAssumptions(data: DataFiles, article: string): string[] {
  const problems: string[] = [];
  for (const { id, record, fields } of checkedValues(data)) {
    const file = id.split(/[/#]/)[0];
    const sources = (record._sources ?? {}) as Record<string, string>;
    for (const [field, citation] of Object.entries(sources)) {
      const words = resolveCitation(data, file, citation);
      if (words === undefined || !article.includes(words)) problems.push(`${id}: _sources.${field} is not the article's words: ${citation}`);
    }
    const note = typeof record._note === 'string' ? record._note : '';
    for (const field of fields) {
      if (sources[field] !== undefined) continue;
      if (!NAMED_IN_NOTE[field].test(note)) problems.push(`${id}: ${field} is neither cited from the article (_sources.${field}) nor named in _note`);
    }
  }
  return problems;
}
