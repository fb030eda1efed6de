/**
 * Builds the whole network as seed rows, deterministically: the article's records (is_generated =
 * false) and generated ones (true) up to the scale's figures, then the generated continuation up to
 * `until`. Pure: no database, no clock, no Math.random, so the same scale and `until` yield
 * byte-identical rows on every run.
 */
import { SeedSet } from './lib/seed-set';
import { resolveScale, type Scale, type Targets, targetsFor } from './scale';
import { generateActivities } from './gen/activities';
import { generateAnnouncements } from './gen/announcements';
import { generateContinuation } from './gen/continuation';
import { AS_OF } from './gen/timeline';
import { generateApplications } from './gen/applications';
import { createContext, type NetworkPlans } from './gen/context';
import { generateEvaluations } from './gen/evaluations';
import { generateFunding } from './gen/funding';
import { generateOrganizations } from './gen/organizations';
import { generatePartnerships } from './gen/partnerships';
import { generateProjects } from './gen/projects';
import { generateReference } from './gen/reference';
import { generateBases, generateStations, HostFactory } from './gen/stations';
import { generateTalents } from './gen/talents';

export interface GeneratedNetwork {
  scale: Scale;
  targets: Targets;
  rows: SeedSet;
}

export interface GenerateOptions {
  /**
   * The day (YYYY-MM-DD) the network is generated to: AS_OF (the default here, the article's
   * network) or later, adding the continuation (gen/continuation.ts). The seeder passes today.
   */
  until?: string;
}

export function generateNetwork(partial: Partial<Scale> = {}, { until = AS_OF }: GenerateOptions = {}): GeneratedNetwork {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(until) || Number.isNaN(Date.parse(until))) throw new RangeError(`until: expected a date YYYY-MM-DD, got "${until}"`);
  if (until < AS_OF) throw new RangeError(`until: the network is generated at least to the article's date, ${AS_OF}; got ${until}`);
  const scale = resolveScale(partial);
  const targets = targetsFor(scale);
  const rows = new SeedSet();
  const ctx = createContext(scale, targets, rows, until);

  const { districts, fields } = generateReference(ctx);
  const organizations = generateOrganizations(ctx, fields);
  const plans: NetworkPlans = {
    districts,
    fields,
    organizations,
    organizationsBySlug: new Map(organizations.map((o) => [o.slug, o])),
    bases: generateBases(ctx, { districts }),
    stations: [],
    stationsBySlug: new Map(),
    talentsBySlug: new Map(),
  };
  const hosts = new HostFactory(ctx, plans);
  plans.stations = generateStations(ctx, plans, hosts);
  plans.stationsBySlug = new Map(plans.stations.map((s) => [s.slug, s]));

  // Order matters only where a generator reads what an earlier one filled in (talents and partners
  // of stations); each draws from its own random stream.
  generateTalents(ctx, plans);
  generatePartnerships(ctx, plans);
  generateProjects(ctx, plans);
  generateApplications(ctx, plans, hosts);
  generateEvaluations(ctx, plans);
  const exchangeGrants = generateFunding(ctx, plans);
  generateActivities(ctx, plans, exchangeGrants);
  generateAnnouncements(ctx, plans);
  // After the article: new rows only, dated after AS_OF, from streams of their own.
  generateContinuation(ctx, plans, hosts);
  return { scale, targets, rows };
}
