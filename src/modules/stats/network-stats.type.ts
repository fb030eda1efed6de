/** The headline figures as a GraphQL type. Money is whole yuan in SafeInt (exact up to 2^53 − 1). */
import { Field, Int, ObjectType } from 'type-graphql';
import { SafeIntResolver } from 'graphql-scalars';
import type { NetworkFigures } from './network-stats.definitions';

@ObjectType({ simpleResolvers: true, description: "The network's headline figures, each computed from the rows when asked." })
export class NetworkStats implements NetworkFigures {
  /**
   * The day (YYYY-MM-DD) these figures stand at the end of, or null for today's: not a field, what
   * the breakdowns take from their parent so each is as of the same day.
   */
  asOf?: string | null;

  @Field(() => Int, { description: 'Stations established (approved, whatever their later status).' })
  stations: number;

  @Field(() => Int, { description: 'Distinct overseas talents (country other than CN) engaged at stations.' })
  overseasTalents: number;

  @Field(() => Int, { description: 'Distinct returnee talents absorbed by offshore bases.' })
  returneeTalents: number;

  @Field(() => Int, { description: 'Distinct overseas organisations (country other than CN) holding at least one partnership.' })
  partnerOrganizations: number;

  @Field(() => Int, { description: 'Overseas projects introduced through stations (not those still under negotiation).' })
  projects: number;

  @Field(() => SafeIntResolver, { description: 'Total amount of those projects, whole yuan (CNY).' })
  projectAmountCny: number;

  @Field(() => Int, { description: 'Overseas projects incubated at offshore bases.' })
  incubatedProjects: number;

  @Field(() => Int, { description: 'Overseas technology-cooperation platforms built by offshore bases.' })
  platforms: number;

  @Field(() => Int, { description: 'Distinct top foreign experts signed by offshore bases.' })
  signedTopExperts: number;

  @Field(() => Int, { description: 'Station heads certified by CQAST.' })
  certifiedStationHeads: number;

  @Field(() => Int, { description: 'Talents appointed HAIZHI ambassadors.' })
  ambassadors: number;

  @Field(() => SafeIntResolver, { description: 'Station funding disbursed (已累计拨付经费): establishment funding and district matching funds, whole yuan (CNY); academic-exchange grants are not counted.' })
  fundingDisbursedCny: number;
}

@ObjectType({ description: 'One group of a breakdown: its key, a label to show, how many, and (where money is counted) the sum.', simpleResolvers: true })
export class StatBucket {
  @Field({ description: 'Stable key of the group: a district or research-field code, an ISO country code, a year, an enum value.' })
  key: string;

  @Field({ description: 'The group as a reader sees it, in Chinese (e.g. 渝北区, 新西兰, 2022年, 上市公司).' })
  label: string;

  @Field({ description: 'The same group in English (e.g. Yubei District, New Zealand, 2022, Listed company): the English names the reference tables hold, country names from the ISO code.' })
  labelEn: string;

  @Field(() => Int, { description: 'How many rows the group holds: stations, talents, projects, evaluations or payments, as the breakdown says.' })
  count: number;

  @Field(() => SafeIntResolver, { nullable: true, description: 'Sum in whole yuan (CNY), for breakdowns of money; null otherwise.' })
  amountCny: number | null;
}
