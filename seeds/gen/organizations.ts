/**
 * Organisations: the article's, then generated overseas ones up to the number of overseas partner
 * organisations the scale asks for (each of those gets a partnership later).
 */
import { Organization, OrganizationKind } from '../../src/modules/organization/organization.entity';
import { article } from '../article';
import { Rng, WeightedPicker } from '../lib/rng';
import { NAMED_OVERSEAS_PARTNERS } from '../scale';
import { brand, fieldWords, pickCountry, titleCase, UniqueNames } from './names';
import { type FieldPlan, type GenContext, type OrganizationPlan, pad } from './context';

const KIND_WEIGHTS: Array<[OrganizationKind, number]> = [
  [OrganizationKind.UNIVERSITY, 35],
  [OrganizationKind.RESEARCH_INSTITUTE, 25],
  [OrganizationKind.SOCIETY, 20],
  [OrganizationKind.COMPANY, 20],
];

/** How each kind of generated organisation is named: [zh suffix, English pattern]. */
const PATTERNS: Record<string, Array<[string, (city: string, field: string, brand: string) => string]>> = {
  // A city followed by 大学 is a real university's name (东京大学, 悉尼大学, 香港科技大学): generated
  // universities take a made-up brand after the city instead ({b}), so none borrows a real one's name.
  [OrganizationKind.UNIVERSITY]: [
    ['{b}大学{f}研究中心', (c, f, b) => `${f} Research Centre, ${b} University, ${c}`],
    ['{b}理工学院{f}实验室', (c, f, b) => `${f} Laboratory, ${b} Institute of Technology, ${c}`],
    ['{b}科技学院{f}学院', (c, f, b) => `School of ${f}, ${b} College of Science and Technology, ${c}`],
  ],
  [OrganizationKind.RESEARCH_INSTITUTE]: [
    ['{f}研究所', (c, f) => `${c} Institute of ${f}`],
    ['{f}研究中心', (c, f) => `${c} ${f} Research Centre`],
    ['{f}创新研究院', (c, f) => `${c} ${f} Innovation Institute`],
  ],
  [OrganizationKind.SOCIETY]: [
    ['华人{f}协会', (c, f) => `${c} Chinese ${f} Association`],
    ['华人{f}学会', (c, f) => `${c} Chinese Society of ${f}`],
    ['华人{f}专家联合会', (c, f) => `${c} Federation of Chinese ${f} Experts`],
  ],
  [OrganizationKind.COMPANY]: [
    ['{u}有限公司', (c, f) => `${c} ${f} Ltd.`],
    ['{u}集团', (c, f) => `${c} ${f} Group`],
    ['{u}公司', (c, f) => `${c} ${f} Inc.`],
  ],
};

/** Brands that spell a Chinese city in pinyin (天锦 → Tianjin) would read as that city's university in English. */
const CITY_SPELLINGS = new Set(['Tianjin', 'Nanjing', 'Beijing', 'Chongqing', 'Chengdu', 'Wuhan', 'Hangzhou', 'Suzhou', 'Xiamen', 'Jinan', 'Changsha', 'Kunming']);

function universityBrand(rng: Rng): { zh: string; en: string } {
  let b = brand(rng);
  while (CITY_SPELLINGS.has(b.en)) b = brand(rng);
  return b;
}

export function generateOrganizations(ctx: GenContext, fields: Map<string, FieldPlan>): OrganizationPlan[] {
  const plans: OrganizationPlan[] = [];
  const names = new UniqueNames();
  for (const o of article.organizations) {
    names.reserve(o.nameZh);
    const ref = ctx.set.add(Organization, `org:${o.key}`, false, {
      kind: o.kind,
      nameZh: o.nameZh,
      nameEn: o.nameEn,
      countryCode: o.countryCode,
      city: o.city ?? null,
      website: o.website ?? null,
      jurisdiction: o.jurisdiction ?? null,
      description: o.description ?? null,
    });
    plans.push({ slug: o.key, ref, generated: false, kind: o.kind, countryCode: o.countryCode, field: null });
  }

  const rng = ctx.rng('organizations');
  const kinds = new WeightedPicker(KIND_WEIGHTS, ([, w]) => w);
  const fieldList = [...fields.values()];
  // Generated organisations are all overseas and all get a tie: with the article's overseas partners
  // they make the partnerOrganizations figure.
  for (let i = 1; i <= ctx.scale.organizations - NAMED_OVERSEAS_PARTNERS; i++) {
    const [kind] = kinds.pick(rng);
    const country = pickCountry(rng);
    const field = rng.pick(fieldList);
    const named = names.take(
      () => {
        const [cityZh, cityEn] = rng.pick(country.cities);
        const [zhPattern, en] = rng.pick(PATTERNS[kind]);
        const unit = fieldWords(field.code);
        const fieldZh = zhPattern.includes('{u}') ? unit.unitZh : field.nameZh;
        const fieldEn = titleCase(zhPattern.includes('{u}') ? unit.unitEn : field.nameEn);
        const b = zhPattern.includes('{b}') ? universityBrand(rng) : { zh: '', en: '' };
        return { nameZh: cityZh + zhPattern.replace('{b}', b.zh).replace('{f}', fieldZh).replace('{u}', fieldZh), nameEn: en(cityEn, fieldEn, b.en), city: cityZh };
      },
      (base, n) => ({ ...base, nameZh: `${base.nameZh}（${n}）`, nameEn: `${base.nameEn} (${n})` }),
    );
    const slug = pad(i);
    const ref = ctx.set.add(Organization, `gen:org:${slug}`, true, {
      kind,
      nameZh: named.nameZh,
      nameEn: named.nameEn,
      countryCode: country.code,
      city: named.city,
    });
    plans.push({ slug, ref, generated: true, kind, countryCode: country.code, field: field.code });
  }
  return plans;
}
