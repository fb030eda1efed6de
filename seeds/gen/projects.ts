/**
 * Overseas projects introduced through stations (the article's EG95 vaccine plus generated ones whose
 * amounts add up to the published total to the yuan, and a few still under negotiation that the
 * figures leave out), projects incubated at the offshore bases, and
 * the bases' overseas technology-cooperation platforms with their partner organisations.
 */
import { PlatformPartner } from '../../src/modules/platform/platform-partner.entity';
import { Platform, PlatformKind } from '../../src/modules/platform/platform.entity';
import { Project, ProjectStatus } from '../../src/modules/project/project.entity';
import { article } from '../article';
import { addDays, dateBetween } from '../lib/dates';
import { Rng, WeightedPicker } from '../lib/rng';
import { splitExact } from '../lib/split';
import { type GenContext, need, type NetworkPlans, type OrganizationPlan, pad } from './context';
import { countryByCode } from './names';
import { AS_OF } from './timeline';

/** Statuses of introduced projects; NEGOTIATING ones are drawn apart, as the figures do not count them. */
const STATUS_WEIGHTS: Array<[ProjectStatus, number]> = [
  [ProjectStatus.INTRODUCED, 35],
  [ProjectStatus.INCUBATING, 25],
  [ProjectStatus.LANDED, 30],
];
const PROJECT_KINDS: Array<[string, string]> = [
  ['关键技术联合研发', 'Joint R&D on key technology'],
  ['技术引进', 'Technology introduction'],
  ['成果转化', 'Commercialisation of research results'],
  ['国际合作', 'International cooperation'],
];
const PLATFORM_KINDS: Array<[PlatformKind, string, string]> = [
  [PlatformKind.JOINT_LAB, '联合实验室', 'Joint Laboratory'],
  [PlatformKind.RD_CENTER, '国际研发中心', 'International R&D Centre'],
  [PlatformKind.TECH_TRANSFER_CENTER, '技术转移中心', 'Technology Transfer Centre'],
  [PlatformKind.INNOVATION_CENTER, '国际创新中心', 'International Innovation Centre'],
];
/** Projects are amounted in whole 10,000 CNY (万元), as programmes report them. */
const AMOUNT_UNIT = 10_000;

export function generateProjects(ctx: GenContext, plans: NetworkPlans): void {
  const generatedOrgs = plans.organizations.filter((o) => o.generated);
  stationProjects(ctx, ctx.rng('projects'), plans, generatedOrgs);
  incubatedProjects(ctx, ctx.rng('incubated'), plans, generatedOrgs);
  platforms(ctx, ctx.rng('platforms'), plans, generatedOrgs);
}

function stationProjects(ctx: GenContext, rng: Rng, plans: NetworkPlans, generatedOrgs: OrganizationPlan[]): void {
  let namedCount = 0;
  let namedTotal = 0;
  for (const p of article.projects) {
    if (p.status !== ProjectStatus.NEGOTIATING) {
      namedCount++;
      namedTotal += p.amountCny;
    }
    ctx.set.add(Project, `project:${p.key}`, false, {
      nameZh: p.nameZh,
      nameEn: p.nameEn,
      status: p.status,
      amountCny: p.amountCny,
      researchFieldId: need(plans.fields, p.field, 'research field').ref,
      stationId: need(plans.stationsBySlug, p.station, 'station').ref,
      partnerOrganizationId: p.partnerOrganization ? need(plans.organizationsBySlug, p.partnerOrganization, 'organisation').ref : null,
      talentId: p.talent ? need(plans.talentsBySlug, p.talent, 'talent').ref : null,
      introducedOn: p.introducedOn,
      description: p.description,
    });
  }

  // The introduced projects make the figures to the yuan; the ones still under negotiation come on top.
  const count = ctx.targets.projects - namedCount;
  // Skewed weights (1–10) give a few large projects and many small ones. Plain arithmetic only
  // (no Math.exp or **, whose last bit may differ between engines), so the split is the same everywhere.
  const skewed = () => {
    const u = rng.next();
    return 1 + 9 * u * u * u;
  };
  const amounts = splitExact(ctx.targets.projectAmountCny - namedTotal, Array.from({ length: count }, skewed), AMOUNT_UNIT);
  const negotiating = Array.from({ length: ctx.targets.negotiatingProjects }, () => AMOUNT_UNIT * Math.round(20 + 480 * (skewed() - 1) / 9));
  // Made-up projects go to generated stations: the article names one project of a named station (EG95).
  const byAge = new WeightedPicker(plans.stations.filter((s) => !s.named), (s) => 2024 - s.year);
  const statuses = new WeightedPicker(STATUS_WEIGHTS, ([, w]) => w);
  [...amounts, ...negotiating].forEach((amountCny, i) => {
    const station = byAge.pick(rng);
    const field = need(plans.fields, rng.pick(station.fields), 'research field');
    const partner = station.partners.length > 0 && rng.chance(0.75) ? rng.pick(station.partners) : rng.chance(0.4) ? rng.pick(generatedOrgs) : null;
    const people = station.talents.filter((t) => t.generated);
    const talent = people.length > 0 && rng.chance(0.7) ? rng.pick(people) : null;
    const [kindZh, kindEn] = rng.pick(PROJECT_KINDS);
    const country = countryByCode(partner?.countryCode ?? talent?.countryCode ?? '');
    const status = i < count ? statuses.pick(rng)[0] : ProjectStatus.NEGOTIATING;
    ctx.set.add(Project, `gen:project:${pad(i + 1, 6)}`, true, {
      nameZh: `${country?.nameZh ?? ''}${field.nameZh}${kindZh}项目`,
      nameEn: `${kindEn} in ${field.nameEn.toLowerCase()}${country ? ` with ${country.nameEn}` : ''}`,
      status,
      amountCny,
      researchFieldId: field.ref,
      stationId: station.ref,
      partnerOrganizationId: partner?.ref ?? null,
      talentId: talent?.ref ?? null,
      // For a project under negotiation: the day talks began.
      introducedOn: dateBetween(() => rng.next(), addDays(station.approvedOn, 30), AS_OF),
    });
  });
}

function incubatedProjects(ctx: GenContext, rng: Rng, plans: NetworkPlans, generatedOrgs: OrganizationPlan[]): void {
  for (let i = 1; i <= ctx.targets.incubatedProjects; i++) {
    const base = plans.bases[i % plans.bases.length];
    const field = need(plans.fields, rng.pick(base.fields), 'research field');
    const talent = base.returnees.length > 0 && rng.chance(0.8) ? rng.pick(base.returnees) : null;
    const partner = rng.chance(0.5) ? rng.pick(generatedOrgs) : null;
    ctx.set.add(Project, `gen:incubated:${pad(i)}`, true, {
      nameZh: `${field.nameZh}海外项目孵化（${base.shortZh}离岸基地）`,
      nameEn: `${field.nameEn} overseas project in incubation`,
      status: rng.chance(0.6) ? ProjectStatus.INCUBATING : ProjectStatus.LANDED,
      amountCny: AMOUNT_UNIT * rng.int(30, 1500),
      researchFieldId: field.ref,
      offshoreBaseId: base.ref,
      partnerOrganizationId: partner?.ref ?? null,
      talentId: talent?.ref ?? null,
      introducedOn: dateBetween(() => rng.next(), base.establishedOn, AS_OF),
    });
  }
}

function platforms(ctx: GenContext, rng: Rng, plans: NetworkPlans, generatedOrgs: OrganizationPlan[]): void {
  for (let i = 1; i <= ctx.targets.platforms; i++) {
    const base = plans.bases[i % plans.bases.length];
    const field = need(plans.fields, rng.pick(base.fields), 'research field');
    const [kind, kindZh, kindEn] = rng.pick(PLATFORM_KINDS);
    const partners = rng.sample(generatedOrgs, rng.int(1, 3));
    const country = countryByCode(partners[0].countryCode);
    const slug = pad(i, 3);
    const ref = ctx.set.add(Platform, `gen:platform:${slug}`, true, {
      nameZh: `${base.shortZh}·${country?.nameZh ?? ''}${field.nameZh}${kindZh}`,
      nameEn: `${country?.nameEn ?? ''} ${field.nameEn} ${kindEn} (${base.slug})`.trim(),
      kind,
      offshoreBaseId: base.ref,
      researchFieldId: field.ref,
      establishedOn: dateBetween(() => rng.next(), base.establishedOn, AS_OF),
    });
    for (const org of partners) {
      ctx.set.add(PlatformPartner, `gen:platform-partner:${slug}:${org.slug}`, true, { platformId: ref, organizationId: org.ref });
    }
  }
}
