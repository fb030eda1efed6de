/**
 * How big a network to build. The default reproduces the article's figures exactly; larger scales
 * (for benchmarks) keep the article's records and grow the generated ones, deriving the other
 * figures in proportion to the number of stations.
 */
import { DOMESTIC_COUNTRY } from '../src/overseas';
import { article } from './article';

export interface Scale {
  /** Stations in all (the article: 64). */
  stations: number;
  /** Distinct overseas talents engaged at stations, the overseasTalents figure (the article: 402). */
  talents: number;
  /** Distinct overseas organisations holding a partnership, the partnerOrganizations figure (the article: 100+; we seed 108). */
  organizations: number;
  /** Partnership rows in all; each partner organisation has at least one. */
  partnerships: number;
}

export const DEFAULT_SCALE: Readonly<Scale> = Object.freeze({ stations: 64, talents: 402, organizations: 108, partnerships: 160 });

/** The graphene station's generated teams (5 leaders, 27 members: "30余人"). */
export const GRAPHENE_TEAMS = 5;
export const GRAPHENE_TEAM_SIZE = 32;
const overseas = (countryCode: string) => countryCode !== DOMESTIC_COUNTRY;
/** Overseas talents the article names at stations (David Heath; 钱程 works in China and does not count). */
export const NAMED_OVERSEAS_TALENTS = article.talents.filter((t) => overseas(t.countryCode)).length;
/** Overseas talents at stations that are not drawn at random: the named ones and the graphene teams. */
const RESERVED_TALENTS = NAMED_OVERSEAS_TALENTS + GRAPHENE_TEAM_SIZE;
const namedPartnerKeys = new Set(article.partnerships.map((p) => p.organization));
/** Overseas organisations the article gives a tie (CAAS is Chinese: its tie is seeded, not counted). */
export const NAMED_OVERSEAS_PARTNERS = article.organizations.filter((o) => namedPartnerKeys.has(o.key) && overseas(o.countryCode)).length;
const NAMED_PARTNERSHIPS = article.partnerships.length;
/** Generated partners the generator needs at least (affiliations, project and platform partners). */
const MIN_GENERATED_PARTNERS = 10;
const generatedStations = (s: Scale) => s.stations - article.stations.length;
const generatedPartners = (s: Scale) => s.organizations - NAMED_OVERSEAS_PARTNERS;

export class ScaleError extends Error {
  constructor(readonly flag: keyof Scale, message: string) {
    super(`--${flag}: ${message}`);
    this.name = 'ScaleError';
  }
}

interface Bound {
  min: (scale: Scale) => number;
  max: (scale: Scale) => number;
  why: string;
}

/** Holders a generated organisation can have a tie with: every generated station, the two bases, CQAST. */
const holders = (s: Scale) => generatedStations(s) + 3;

const BOUNDS: Record<keyof Scale, Bound> = {
  // Made-up records (projects, ties, evaluations, grants, ...) go to generated stations only: at least one.
  stations: { min: () => article.stations.length + 1, max: () => 20_000, why: 'the stations the article names plus one generated' },
  talents: {
    min: (s) => generatedStations(s) + RESERVED_TALENTS,
    max: () => 2_000_000,
    why: `one per generated station plus ${RESERVED_TALENTS} named and graphene-team talents`,
  },
  organizations: {
    min: () => NAMED_OVERSEAS_PARTNERS + MIN_GENERATED_PARTNERS,
    max: () => 10_000,
    why: `${NAMED_OVERSEAS_PARTNERS} named overseas partners plus ${MIN_GENERATED_PARTNERS} generated`,
  },
  // Ties are unique per holder and organisation, and made-up ties go to generated organisations only.
  partnerships: {
    min: (s) => NAMED_PARTNERSHIPS + generatedPartners(s),
    max: (s) => Math.min(5_000_000, NAMED_PARTNERSHIPS + generatedPartners(s) * holders(s)),
    why: `the article's ${NAMED_PARTNERSHIPS} ties plus one per generated partner organisation`,
  },
};

/** Fills unset values from the default and checks every value, naming the flag that is wrong. */
export function resolveScale(partial: Partial<Scale> = {}): Scale {
  const scale: Scale = { ...DEFAULT_SCALE, ...partial };
  for (const flag of Object.keys(BOUNDS) as (keyof Scale)[]) {
    const value = scale[flag];
    const { min, max, why } = BOUNDS[flag];
    if (!Number.isSafeInteger(value)) throw new ScaleError(flag, `expected a whole number, got ${String(value)}`);
    if (value < min(scale)) throw new ScaleError(flag, `expected at least ${min(scale)} (${why}), got ${value}`);
    if (value > max(scale)) throw new ScaleError(flag, `expected at most ${max(scale)}, got ${value}`);
  }
  return scale;
}

/** Every figure the seeded network reproduces. At the default scale these are the article's. */
export interface Targets {
  stations: number;
  overseasTalents: number;
  partnerOrganizations: number;
  partnerships: number;
  /** Projects introduced through stations (not negotiating) and their total. */
  projects: number;
  projectAmountCny: number;
  negotiatingProjects: number;
  incubatedProjects: number;
  platforms: number;
  returneeTalents: number;
  signedTopExperts: number;
  certifiedStationHeads: number;
  ambassadors: number;
  fundingDisbursedCny: number;
  /** Dynamic management: stations taken out of ACTIVE (a few of each). */
  suspendedStations: number;
  revokedStations: number;
  expiredStations: number;
  /** Applications that did not become stations: rejected or withdrawn, and the 2023 round still open. */
  unsuccessfulApplications: number;
  pendingApplications: number;
  districtMatchingGrants: number;
  inspectionVisits: number;
}

export function targetsFor(scale: Scale): Targets {
  // Figures the article gives for all stations grow with the number of stations; money is kept in
  // round units so the default lands exactly on 420,000,000 and 12,500,000 CNY.
  const perStation = (articleValue: number, unit = 1) => Math.max(1, Math.round((articleValue * scale.stations) / 64 / unit)) * unit;
  return {
    stations: scale.stations,
    overseasTalents: scale.talents,
    partnerOrganizations: scale.organizations,
    partnerships: scale.partnerships,
    projects: perStation(134),
    projectAmountCny: perStation(420_000_000, 10_000),
    // Projects still under negotiation: seeded, not counted in projects or projectAmountCny.
    negotiatingProjects: perStation(13),
    // The two offshore bases' figures do not depend on how many stations there are.
    incubatedProjects: 49,
    platforms: 40,
    returneeTalents: 212,
    signedTopExperts: 40,
    // Only generated heads are certified (the article names none of the 48).
    certifiedStationHeads: Math.min(perStation(48), scale.stations - article.stations.length),
    ambassadors: 6,
    fundingDisbursedCny: perStation(12_500_000, 1_000),
    suspendedStations: perStation(2),
    revokedStations: perStation(2),
    expiredStations: perStation(2),
    unsuccessfulApplications: perStation(16),
    pendingApplications: perStation(6),
    // Districts' matching funds make up what establishment grants leave of the funding figure (exchange grants are not in it).
    districtMatchingGrants: perStation(36),
    inspectionVisits: perStation(24),
  };
}
