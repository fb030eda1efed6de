/**
 * What the generator modules share: the scale and its targets, the output set, one random stream
 * per concern, and plans of the records already made (so later tables can refer to earlier ones).
 */
import { OrganizationKind } from '../../src/modules/organization/organization.entity';
import { StationStatus } from '../../src/modules/station/station-status';
import type { Ref, SeedSet } from '../lib/seed-set';
import { Rng } from '../lib/rng';
import { DEFAULT_SCALE, type Scale, type Targets } from '../scale';

export interface GenContext {
  scale: Scale;
  targets: Targets;
  set: SeedSet;
  /**
   * True at any scale other than the article's: a load-test network, not a picture of the real one.
   * There, made-up talents and ties may hang off every station, the named ones too, so that each
   * station carries as much as a peer server's does under the same query (benchmarks compare equal
   * work); at the article's scale named stations carry only what the article says.
   */
  synthetic: boolean;
  /**
   * The last day the network is generated to (YYYY-MM-DD): the article's AS_OF, or a later day up to
   * which the continuation (gen/continuation.ts) carries the generated stations on.
   */
  until: string;
  /** A random stream of its own for each concern ('talents', 'projects', …). */
  rng(concern: string): Rng;
}

export function createContext(scale: Scale, targets: Targets, set: SeedSet, until: string): GenContext {
  const root = new Rng('haizhi-network-v1');
  const synthetic = (Object.keys(DEFAULT_SCALE) as (keyof Scale)[]).some((key) => scale[key] !== DEFAULT_SCALE[key]);
  return { scale, targets, set, synthetic, until, rng: (concern) => root.fork(concern) };
}

export interface DistrictPlan {
  code: string;
  ref: Ref;
  nameZh: string;
}

export interface FieldPlan {
  code: string;
  ref: Ref;
  nameZh: string;
  nameEn: string;
}

export interface OrganizationPlan {
  /** Data key for the article's organisations, a number for generated ones. */
  slug: string;
  ref: Ref;
  generated: boolean;
  kind: OrganizationKind;
  countryCode: string;
  /** The field a generated organisation works in; null for the article's. */
  field: string | null;
}

export interface BasePlan {
  slug: string;
  ref: Ref;
  nameZh: string;
  /** Short name for titles, e.g. 两江. */
  shortZh: string;
  district: string;
  establishedOn: string;
  fields: string[];
  /** Returnees and signed experts engaged at the base, filled by the talent generator. */
  returnees: TalentPlan[];
}

export interface StationPlan {
  /** Data key for named stations ('graphene'), a zero-padded number for generated ones. */
  slug: string;
  ref: Ref;
  named: boolean;
  nameZh: string;
  nameEn: string;
  hostRef: Ref;
  district: string;
  base: BasePlan | null;
  year: number;
  approvedOn: string;
  status: StationStatus;
  /** The day a REVOKED or EXPIRED station stopped being active; null while it is (ACTIVE or SUSPENDED). */
  exitedOn: string | null;
  fields: string[];
  /** Typical evaluation score (72–92) the yearly scores vary around. */
  quality: number;
  /** Filled by later generators. */
  talents: TalentPlan[];
  partners: OrganizationPlan[];
  /** Generated organisations whose teams work at the station: their tie is with this station. */
  teamOrganizations: OrganizationPlan[];
}

export interface TalentPlan {
  slug: string;
  ref: Ref;
  generated: boolean;
  countryCode: string;
}

export interface NetworkPlans {
  districts: Map<string, DistrictPlan>;
  fields: Map<string, FieldPlan>;
  organizations: OrganizationPlan[];
  organizationsBySlug: Map<string, OrganizationPlan>;
  bases: BasePlan[];
  stations: StationPlan[];
  stationsBySlug: Map<string, StationPlan>;
  talentsBySlug: Map<string, TalentPlan>;
}

/** Looks a key up in a plan map, naming the data file entry that used it if it is unknown. */
export function need<T>(map: Map<string, T>, key: string, what: string): T {
  const found = map.get(key);
  if (found === undefined) throw new Error(`seed data refers to unknown ${what} "${key}"`);
  return found;
}

export const pad = (n: number, width = 4) => String(n).padStart(width, '0');
