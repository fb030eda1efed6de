/**
 * Made-up names for generated records, drawn from the word pools in data/name-pools.json.
 * Person names repeat as they do in life; unit and organisation names are kept unique because the
 * schema (host units, stations) or readers (organisations) need to tell them apart.
 */
import { namePools } from '../article';
import { Rng, WeightedPicker } from '../lib/rng';

export interface PersonName {
  /** As the programme writes it: Chinese characters for Chinese names, the original otherwise. */
  name: string;
  /**
   * Latin script. A Chinese name is written surname first wherever the person works (肖强 is "Xiao
   * Qiang", in China or abroad), the convention of the programme and of pinyin (GB/T 28039), so one
   * spelling finds one person; other names as they are written.
   */
  nameEn: string;
  chinese: boolean;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "New materials" → "New Materials", for use inside proper names. */
export const titleCase = (s: string) => s.split(' ').map((w) => (w === 'and' ? w : capitalize(w))).join(' ');

export function chineseName(rng: Rng): PersonName {
  const [surname, surnameEn] = rng.pick(namePools.chineseSurnames);
  const givenCount = rng.chance(0.6) ? 2 : 1;
  const given = Array.from({ length: givenCount }, () => rng.pick(namePools.chineseGivenChars));
  const givenZh = given.map(([zh]) => zh).join('');
  const givenEn = capitalize(given.map(([, en]) => en).join(''));
  return { name: surname + givenZh, nameEn: `${surnameEn} ${givenEn}`, chinese: true };
}

/** A name usual in `countryCode`; overseas Chinese scholars are common, so some are Chinese whatever the country. */
export function overseasName(rng: Rng, countryCode: string, chineseShare = 0.55): PersonName {
  const local = namePools.foreignNames[countryCode];
  if (!local || rng.chance(chineseShare)) return chineseName(rng);
  const full = `${rng.pick(local.first)} ${rng.pick(local.last)}`;
  return { name: full, nameEn: full, chinese: false };
}

export type Country = (typeof namePools.countries)[number];
const countryPicker = new WeightedPicker(namePools.countries, (c) => c.weight);
const countriesByCode = new Map(namePools.countries.map((c) => [c.code, c]));

export function pickCountry(rng: Rng): Country {
  return countryPicker.pick(rng);
}

export function countryByCode(code: string): Country | undefined {
  return countriesByCode.get(code);
}

/** Hands out names not used before, retrying the draw and, if the pool runs dry, numbering. */
export class UniqueNames {
  private readonly used = new Set<string>();

  reserve(name: string): void {
    this.used.add(name);
  }

  take<T extends { nameZh: string }>(draw: () => T, number: (candidate: T, n: number) => T): T {
    let candidate = draw();
    for (let attempt = 0; attempt < 30 && this.used.has(candidate.nameZh); attempt++) candidate = draw();
    const base = candidate;
    for (let n = 2; this.used.has(candidate.nameZh); n++) candidate = number(base, n);
    this.used.add(candidate.nameZh);
    return candidate;
  }
}

/** Two brand characters, e.g. 博瑞 / Borui, as Chongqing companies are named. */
export function brand(rng: Rng): { zh: string; en: string } {
  const [a, aEn] = rng.pick(namePools.brandChars);
  let [b, bEn] = rng.pick(namePools.brandChars);
  while (b === a) [b, bEn] = rng.pick(namePools.brandChars);
  return { zh: a + b, en: aEn + bEn.toLowerCase() };
}

export function fieldWords(fieldCode: string): { unitZh: string; unitEn: string } {
  const words = namePools.fieldWords[fieldCode];
  if (!words) throw new Error(`seeds/data/name-pools.json: no fieldWords for research field ${fieldCode}`);
  return words;
}
