/**
 * Talents and where they work. Station talents: the article's (David Heath at Aolong, 钱程 at
 * 精准生物), the graphene station's five overseas teams, then generated ones until the scale's count
 * of distinct station talents is reached. Base talents: returnees (海归) and signed top experts at the
 * two offshore bases, kept apart from station talents so each figure counts only its own people.
 */
import { AmbassadorAppointment } from '../../src/modules/talent/ambassador-appointment.entity';
import { Engagement, EngagementRole, EngagementStatus } from '../../src/modules/talent/engagement.entity';
import { TalentResearchField } from '../../src/modules/talent/talent-research-field.entity';
import { Degree, Talent } from '../../src/modules/talent/talent.entity';
import { article } from '../article';
import { addDays, dateBetween } from '../lib/dates';
import { Rng, WeightedPicker } from '../lib/rng';
import { splitExact } from '../lib/split';
import { GRAPHENE_TEAMS, GRAPHENE_TEAM_SIZE, NAMED_OVERSEAS_TALENTS } from '../scale';
import { type BasePlan, type GenContext, need, type NetworkPlans, type OrganizationPlan, pad, type StationPlan, type TalentPlan } from './context';
import { chineseName, countryByCode, overseasName, pickCountry, type PersonName } from './names';
import { AS_OF } from './timeline';

const STATION_ROLES: Array<[EngagementRole, number, string]> = [
  [EngagementRole.TECHNICAL_ADVISER, 36, '技术顾问'],
  [EngagementRole.RESEARCHER, 34, '特聘研究员'],
  [EngagementRole.TEAM_MEMBER, 22, '合作团队成员'],
  [EngagementRole.CHIEF_TECHNICAL_ADVISER, 5, '首席技术顾问'],
  [EngagementRole.CHIEF_SCIENTIST, 3, '首席科学家'],
];
const DOCTORATE_TITLES = ['博士', '教授', '副教授', '研究员', '高级研究员', '首席工程师'];
const MASTER_TITLES = ['硕士', '高级工程师', '工程师'];
/** Share of engagements that have ended: the rest are on post (在岗). */
const ENDED_SHARE = 0.12;
/** Share of station talents who also advise a second station. */
const SECOND_STATION_SHARE = 0.08;
const RETURNEES_AT_FIRST_BASE = 0.55;

type Writer = (talent: NewTalent) => TalentPlan;

interface NewTalent {
  slug: string;
  person: PersonName;
  countryCode: string;
  degree: Degree;
  title: string;
  isReturnee: boolean;
  affiliation: OrganizationPlan | null;
  fields: string[];
  bio?: string;
  generated: boolean;
  key?: string;
}

export function generateTalents(ctx: GenContext, plans: NetworkPlans): void {
  const rng = ctx.rng('talents');
  const write: Writer = (t) => {
    const prefix = t.generated ? 'gen:' : '';
    const ref = ctx.set.add(Talent, t.key ?? `gen:talent:${t.slug}`, t.generated, {
      name: t.person.name,
      nameEn: t.person.nameEn,
      countryCode: t.countryCode,
      degree: t.degree,
      title: t.title,
      isReturnee: t.isReturnee,
      affiliationId: t.affiliation?.ref ?? null,
      bio: t.bio ?? null,
    });
    for (const code of t.fields) {
      ctx.set.add(TalentResearchField, `${prefix}talent-field:${t.slug}:${code}`, t.generated, {
        talentId: ref,
        researchFieldId: need(plans.fields, code, 'research field').ref,
      });
    }
    const plan = { slug: t.slug, ref, generated: t.generated, countryCode: t.countryCode };
    plans.talentsBySlug.set(t.slug, plan);
    return plan;
  };
  const engage = (talent: TalentPlan, at: { station?: StationPlan; base?: BasePlan }, n: number, role: EngagementRole, title: string, startedOn: string, endedOn: string | null) => {
    const slugs = at.station ? `${talent.slug}:${at.station.slug}` : `${talent.slug}:${n}`;
    ctx.set.add(Engagement, talent.generated ? `gen:engagement:${talent.slug}:${n}` : `engagement:${slugs}`, talent.generated, {
      talentId: talent.ref,
      stationId: at.station?.ref ?? null,
      offshoreBaseId: at.base?.ref ?? null,
      role,
      title,
      startedOn,
      endedOn,
      // The network as published: every engagement in it is in force.
      status: EngagementStatus.CONFIRMED,
    });
  };

  const orgs = new OrgIndex(plans.organizations);
  namedTalents(plans, write, engage);
  const counter = { next: 0 };
  const nextSlug = () => `T${pad(++counter.next, 6)}`;
  grapheneTeams(rng.fork('graphene'), plans, orgs, write, engage, nextSlug);
  const rest = stationTalents(ctx, rng.fork('stations'), plans, orgs, write, engage, nextSlug);
  ambassadors(ctx, rng.fork('ambassadors'), rest);
  baseTalents(ctx, rng.fork('bases'), plans, orgs, write, engage);
}

type Engage = (talent: TalentPlan, at: { station?: StationPlan; base?: BasePlan }, n: number, role: EngagementRole, title: string, startedOn: string, endedOn: string | null) => void;

function namedTalents(plans: NetworkPlans, write: Writer, engage: Engage): void {
  for (const t of article.talents) {
    const station = need(plans.stationsBySlug, t.engagement.station, 'station');
    const plan = write({
      slug: t.key,
      key: `talent:${t.key}`,
      person: { name: t.name, nameEn: t.nameEn, chinese: false },
      countryCode: t.countryCode,
      degree: t.degree,
      title: t.title,
      isReturnee: false,
      affiliation: t.affiliation ? need(plans.organizationsBySlug, t.affiliation, 'organisation') : null,
      fields: t.fields,
      bio: t.bio,
      generated: false,
    });
    engage(plan, { station }, 1, t.engagement.role, t.engagement.title, t.engagement.startedOn, null);
    station.talents.push(plan);
  }
}

/**
 * "引进海外人才领军团队5个、人员30余人": five teams of made-up people, each from a generated
 * organisation that becomes the station's partner. The article's ASU, NTU and PolyU ties stay, but no
 * made-up person is placed at a real university: the article names none of the teams' members.
 */
function grapheneTeams(rng: Rng, plans: NetworkPlans, orgs: OrgIndex, write: Writer, engage: Engage, nextSlug: () => string): void {
  const station = need(plans.stationsBySlug, 'graphene', 'station');
  const teamOrgs = orgs.generatedIn(['graphene', 'new-materials']).slice(0, GRAPHENE_TEAMS);
  station.teamOrganizations.push(...teamOrgs);
  const sizes = splitExact(GRAPHENE_TEAM_SIZE, teamOrgs.map(() => 1));
  teamOrgs.forEach((org, team) => {
    for (let member = 0; member < sizes[team]; member++) {
      const leader = member === 0;
      const doctorate = leader || rng.chance(0.7);
      const plan = write({
        slug: nextSlug(),
        person: overseasName(rng, org.countryCode, 0.6),
        countryCode: org.countryCode,
        degree: doctorate ? Degree.DOCTORATE : Degree.MASTER,
        title: leader ? '教授' : doctorate ? '博士' : '硕士',
        isReturnee: false,
        affiliation: org,
        fields: rng.chance(0.5) ? ['graphene', 'new-materials'] : ['graphene'],
        generated: true,
      });
      const role = leader ? EngagementRole.TEAM_LEADER : EngagementRole.TEAM_MEMBER;
      const startedOn = dateBetween(() => rng.next(), addDays(station.approvedOn, 14), '2023-03-31');
      engage(plan, { station }, 1, role, leader ? '海外领军团队负责人' : '海外领军团队成员', startedOn, null);
      station.talents.push(plan);
    }
  });
}

/**
 * One talent for every generated station, then the rest by station age (older stations have
 * gathered more). Named stations get only the people the article gives them (David Heath, 钱程, the
 * graphene teams): engaging a made-up person there would be a made-up fact about a real unit.
 */
function stationTalents(ctx: GenContext, rng: Rng, plans: NetworkPlans, orgs: OrgIndex, write: Writer, engage: Engage, nextSlug: () => string): TalentPlan[] {
  // A synthetic (benchmark) network engages made-up talents at every station (GenContext.synthetic).
  const stations = ctx.synthetic ? plans.stations : plans.stations.filter((s) => !s.named);
  // The scale counts overseas talents: 钱程 (CN) is seeded but not among them.
  const count = ctx.scale.talents - NAMED_OVERSEAS_TALENTS - GRAPHENE_TEAM_SIZE;
  const byAge = new WeightedPicker(stations, (s) => 2024 - s.year);
  const fieldCodes = [...plans.fields.keys()];
  const roles = new WeightedPicker(STATION_ROLES, ([, w]) => w);
  const made: TalentPlan[] = [];
  for (let i = 0; i < count; i++) {
    const station = i < stations.length ? stations[i] : byAge.pick(rng);
    const country = pickCountry(rng);
    const doctorate = rng.chance(0.8);
    const fields = [rng.pick(station.fields)];
    if (rng.chance(0.4)) {
      const second = rng.pick(fieldCodes);
      if (second !== fields[0]) fields.push(second);
    }
    const plan = write({
      slug: nextSlug(),
      person: overseasName(rng, country.code),
      countryCode: country.code,
      degree: doctorate ? Degree.DOCTORATE : Degree.MASTER,
      title: rng.pick(doctorate ? DOCTORATE_TITLES : MASTER_TITLES),
      isReturnee: false,
      affiliation: orgs.inCountry(rng, country.code),
      fields,
      generated: true,
    });
    const [role, , title] = roles.pick(rng);
    const [startedOn, endedOn] = term(rng, addDays(station.approvedOn, 14));
    engage(plan, { station }, 1, role, title, startedOn, endedOn);
    station.talents.push(plan);
    if (rng.chance(SECOND_STATION_SHARE) && stations.length > 1) {
      let other = byAge.pick(rng);
      while (other === station) other = byAge.pick(rng);
      const [from, to] = term(rng, addDays(other.approvedOn, 14));
      engage(plan, { station: other }, 2, EngagementRole.TECHNICAL_ADVISER, '技术顾问', from, to);
      other.talents.push(plan);
    }
    made.push(plan);
  }
  return made;
}

/** The first batch of six HAIZHI ambassadors (海智大使), drawn from generated station talents. */
function ambassadors(ctx: GenContext, rng: Rng, talents: TalentPlan[]): void {
  const chosen = rng.sample(talents.slice(0, 2000), ctx.targets.ambassadors);
  chosen.forEach((t, i) => {
    ctx.set.add(AmbassadorAppointment, `gen:ambassador:${pad(i + 1, 2)}`, true, {
      talentId: t.ref,
      batch: 1,
      appointedOn: '2022-05-20',
      termEndsOn: '2025-05-19',
      region: countryByCode(t.countryCode)?.nameZh ?? null,
    });
  });
}

function baseTalents(ctx: GenContext, rng: Rng, plans: NetworkPlans, orgs: OrgIndex, write: Writer, engage: Engage): void {
  const [first, second] = plans.bases;
  for (let i = 1; i <= ctx.targets.returneeTalents; i++) {
    const base = rng.chance(RETURNEES_AT_FIRST_BASE) ? first : second;
    const country = pickCountry(rng);
    const doctorate = rng.chance(0.6);
    const plan = write({
      slug: `R${pad(i)}`,
      person: chineseName(rng),
      countryCode: country.code,
      degree: doctorate ? Degree.DOCTORATE : Degree.MASTER,
      title: doctorate ? '博士' : '硕士',
      isReturnee: true,
      affiliation: null,
      fields: rng.sample(base.fields, rng.int(1, 2)),
      generated: true,
    });
    const entrepreneur = rng.chance(0.8);
    const [startedOn, endedOn] = term(rng, base.establishedOn);
    engage(plan, { base }, 1, entrepreneur ? EngagementRole.ENTREPRENEUR : EngagementRole.RESEARCHER, entrepreneur ? '海归创业人才' : '海归研发人才', startedOn, endedOn);
    base.returnees.push(plan);
  }
  for (let i = 1; i <= ctx.targets.signedTopExperts; i++) {
    const base = i % 2 === 1 ? first : second;
    const country = pickCountry(rng);
    const plan = write({
      slug: `X${pad(i)}`,
      person: overseasName(rng, country.code, 0.3),
      countryCode: country.code,
      degree: Degree.DOCTORATE,
      title: rng.pick(['教授', '院士', '首席科学家', '研究员']),
      isReturnee: false,
      affiliation: orgs.inCountry(rng, country.code),
      fields: rng.sample(base.fields, 1),
      generated: true,
    });
    engage(plan, { base }, 1, EngagementRole.SIGNED_EXPERT, '签约顶尖专家', dateBetween(() => rng.next(), base.establishedOn, AS_OF), null);
  }
}

/** Start and (for some) end of an engagement beginning no earlier than `from`. */
function term(rng: Rng, from: string): [string, string | null] {
  const startedOn = dateBetween(() => rng.next(), from, addDays(AS_OF, -30));
  const endedOn = rng.chance(ENDED_SHARE) && addDays(startedOn, 180) < AS_OF ? dateBetween(() => rng.next(), addDays(startedOn, 180), AS_OF) : null;
  return [startedOn, endedOn];
}

/** Generated organisations by country and by field, for affiliations. */
class OrgIndex {
  private readonly byCountry = new Map<string, OrganizationPlan[]>();
  private readonly generated: OrganizationPlan[];

  constructor(organizations: OrganizationPlan[]) {
    this.generated = organizations.filter((o) => o.generated);
    for (const o of this.generated) {
      const list = this.byCountry.get(o.countryCode) ?? [];
      list.push(o);
      this.byCountry.set(o.countryCode, list);
    }
  }

  inCountry(rng: Rng, countryCode: string): OrganizationPlan | null {
    const list = this.byCountry.get(countryCode);
    return list ? rng.pick(list) : null;
  }

  /** Generated organisations in these fields first, then the others, in a stable order. */
  generatedIn(fields: string[]): OrganizationPlan[] {
    const inField = this.generated.filter((o) => o.field !== null && fields.includes(o.field));
    return [...inField, ...this.generated.filter((o) => !inField.includes(o))];
  }
}

