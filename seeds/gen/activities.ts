/**
 * Activities: the article's (the 2022-07-20 and 2021-10-14 visits, the echinococcosis congresses, the
 * western-region launch and signing), the 2021 funded academic exchanges, yearly station-head salons,
 * CQAST's inspection visits ("数十次"), decision-consultation meetings and station exchanges.
 * Made-up events involve generated stations only: the article's units get none they did not have.
 */
import { ActivityParticipant, ParticipantRole } from '../../src/modules/activity/activity-participant.entity';
import { Activity, ActivityKind } from '../../src/modules/activity/activity.entity';
import { article, OPERATOR } from '../article';
import { addDays, dateBetween } from '../lib/dates';
import { Rng, WeightedPicker } from '../lib/rng';
import type { Ref, SeedValues } from '../lib/seed-set';
import { type GenContext, need, type NetworkPlans, pad, type StationPlan, type TalentPlan } from './context';
import type { ExchangeGrant } from './funding';
import { AS_OF } from './timeline';

const SALON_YEARS = [2019, 2020, 2021, 2022];
const CONSULTATION_DAYS = ['2021-12-10', '2022-12-09'];

interface Participant {
  station?: StationPlan;
  talent?: TalentPlan;
  organization?: { ref: Ref };
  role: ParticipantRole;
}

/** An activity's values; organizerRecorded is true unless said otherwise (only the article's outside events are not). */
type ActivityValues = Omit<SeedValues<Activity>, 'organizerRecorded'> & { organizerRecorded?: boolean };
type AddActivity = (key: string, generated: boolean, values: ActivityValues, participants: Participant[]) => void;

export function generateActivities(ctx: GenContext, plans: NetworkPlans, grants: ExchangeGrant[]): void {
  const add: AddActivity = (key, generated, values, participants) => {
    const ref = ctx.set.add(Activity, key, generated, { organizerRecorded: true, ...values });
    const slug = key.replace(/^(gen:)?activity:/, '');
    participants.forEach((p, i) => {
      ctx.set.add(ActivityParticipant, `${generated ? 'gen:' : ''}participant:${slug}:${i + 1}`, generated, {
        activityId: ref,
        stationId: p.station?.ref ?? null,
        talentId: p.talent?.ref ?? null,
        organizationId: p.organization?.ref ?? null,
        role: p.role,
      });
    });
  };
  const rng = ctx.rng('activities');
  const generatedStations = plans.stations.filter((s) => !s.named);

  namedActivities(plans, add);
  fundedExchanges(rng, grants, add);
  consultations(rng, plans, add);
  if (generatedStations.length === 0) return;
  salons(rng, generatedStations, add);
  const byAge = new WeightedPicker(generatedStations, (s) => 2024 - s.year);
  visits(rng, ctx.targets.inspectionVisits, byAge, add);
  stationExchanges(rng, Math.max(4, Math.round((ctx.scale.stations * 12) / 64)), plans, byAge, add);
}

function namedActivities(plans: NetworkPlans, add: AddActivity): void {
  for (const a of article.activities) {
    const participants = (a.participants ?? []).map((p) => ({
      station: p.station ? need(plans.stationsBySlug, p.station, 'station') : undefined,
      organization: p.organization ? need(plans.organizationsBySlug, p.organization, 'organisation') : undefined,
      talent: p.talent ? need(plans.talentsBySlug, p.talent, 'talent') : undefined,
      role: p.role,
    }));
    add(
      `activity:${a.key}`,
      false,
      {
        kind: a.kind,
        titleZh: a.titleZh,
        titleEn: a.titleEn,
        startsOn: a.startsOn ?? null,
        endsOn: a.endsOn ?? null,
        location: a.location ?? null,
        stationId: a.organizer && a.organizer !== OPERATOR ? need(plans.stationsBySlug, a.organizer, 'station').ref : null,
        // Neither a station nor a base: CQAST, unless the article does not say who organised it.
        organizerRecorded: a.organizer !== null,
        description: a.description,
      },
      participants,
    );
  }
}

/** Generated talents speak; the article's named people are not put on made-up programmes. */
function speakers(rng: Rng, people: TalentPlan[], max: number): Participant[] {
  return rng.sample(people.filter((t) => t.generated), rng.int(1, max)).map((talent) => ({ talent, role: ParticipantRole.SPEAKER }));
}

function partnersOf(rng: Rng, organizations: Array<{ ref: Ref }>): Participant[] {
  return rng.sample(organizations, rng.int(0, 2)).map((organization) => ({ organization, role: ParticipantRole.PARTICIPANT }));
}

/** One exchange per 2021 academic-exchange grant, held by the grant's station or base. */
function fundedExchanges(rng: Rng, grants: ExchangeGrant[], add: AddActivity): void {
  for (const g of grants) {
    const startsOn = dateBetween(() => rng.next(), '2021-06-01', '2021-11-30');
    add(
      `gen:activity:exchange-2021-${g.slug}`,
      true,
      {
        kind: ActivityKind.ACADEMIC_EXCHANGE,
        titleZh: `2021年${g.topic}`,
        titleEn: `2021 international academic exchange on ${g.field.nameEn.toLowerCase()}`,
        startsOn,
        endsOn: addDays(startsOn, rng.int(0, 2)),
        location: '重庆',
        stationId: g.station?.ref ?? null,
        offshoreBaseId: g.base?.ref ?? null,
        fundingGrantId: g.ref,
      },
      [...speakers(rng, g.station?.talents ?? g.base?.returnees ?? [], 3), ...partnersOf(rng, g.station?.partners ?? [])],
    );
  }
}

function consultations(rng: Rng, plans: NetworkPlans, add: AddActivity): void {
  const experts = plans.stations.flatMap((s) => s.talents.slice(0, 3));
  for (const on of CONSULTATION_DAYS) {
    const year = on.slice(0, 4);
    add(
      `gen:activity:consultation-${year}`,
      true,
      { kind: ActivityKind.CONSULTATION, titleZh: `${year}年海外高层次人才决策咨询会`, titleEn: `${year} overseas high-level talent decision consultation`, startsOn: on, endsOn: on, location: '重庆市科协' },
      speakers(rng, experts, 6),
    );
  }
}

function salons(rng: Rng, stations: StationPlan[], add: AddActivity): void {
  SALON_YEARS.forEach((year, i) => {
    const startsOn = dateBetween(() => rng.next(), `${year}-10-08`, `${year}-11-30`);
    add(
      `gen:activity:salon-${year}`,
      true,
      { kind: ActivityKind.HEAD_SALON, titleZh: `第${i + 1}期重庆海智工作站站长沙龙`, titleEn: `Chongqing HAIZHI station-head salon no. ${i + 1}`, startsOn, endsOn: startsOn, location: '重庆市科协', description: '交流经验、分享资源、研讨工作。' },
      rng.sample(stations.filter((s) => s.approvedOn < startsOn), rng.int(8, 15)).map((station) => ({ station, role: ParticipantRole.PARTICIPANT })),
    );
  });
}

function visits(rng: Rng, count: number, stations: WeightedPicker<StationPlan>, add: AddActivity): void {
  for (let i = 1; i <= count; i++) {
    const station = stations.pick(rng);
    const on = dateBetween(() => rng.next(), addDays(station.approvedOn, 60), AS_OF);
    add(
      `gen:activity:visit-${pad(i)}`,
      true,
      { kind: ActivityKind.INSPECTION_VISIT, titleZh: `市科协赴${station.nameZh}调研`, titleEn: `CQAST inspection visit to ${station.nameEn}`, startsOn: on, endsOn: on, location: station.nameZh },
      [{ station, role: ParticipantRole.VISITED }],
    );
  }
}

function stationExchanges(rng: Rng, count: number, plans: NetworkPlans, stations: WeightedPicker<StationPlan>, add: AddActivity): void {
  for (let i = 1; i <= count; i++) {
    const station = stations.pick(rng);
    const field = need(plans.fields, rng.pick(station.fields), 'research field');
    const startsOn = dateBetween(() => rng.next(), addDays(station.approvedOn, 90), AS_OF);
    add(
      `gen:activity:exchange-${pad(i)}`,
      true,
      { kind: ActivityKind.ACADEMIC_EXCHANGE, titleZh: `${station.nameZh}${field.nameZh}学术交流活动`, titleEn: `${field.nameEn} academic exchange at ${station.nameEn}`, startsOn, endsOn: startsOn, location: station.nameZh, stationId: station.ref },
      [...speakers(rng, station.talents, 3), ...partnersOf(rng, station.partners)],
    );
  }
}
