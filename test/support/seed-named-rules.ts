/**
 * The rules generated rows about the article's real units and people must follow, checked in the
 * seeded database. A named station gets only what the programme's rules give every station (its
 * approved application with the rule's minimums, a site inspection without findings, the approval
 * entry of its status history, its establishment grant's first tranche), and the graphene station
 * its five generated teams; everything else generated attaches to generated records. Validity moves
 * only with a renewal entry, a second tranche only after an evaluation, made-up people sit at no real
 * organisation, and no generated organisation takes a real university's name.
 *
 * Takes a query function, so test/seed.test.ts can run it inside a transaction it rolls back after
 * breaking a rule on purpose (the check can fail).
 */
import fs from 'node:fs';
import path from 'node:path';
import { renewedUntil, validUntilFor } from '../../src/modules/station/validity';

export type Query = (sql: string, params?: unknown[]) => Promise<Array<Record<string, unknown>>>;

const NAMED = '(SELECT id FROM station WHERE is_generated = 0)';
const GRAPHENE = "(SELECT id FROM station WHERE seed_key = 'station:graphene')";

/** The generated rows a named station may have, per table with a station_id (alias t); any other is a made-up fact. */
const ALLOWED_AT_NAMED: Record<string, string> = {
  station_application: "t.status = 'APPROVED' AND t.service_area_m2 = 100 AND t.dedicated_staff = 1",
  funding_grant: "t.kind = 'ESTABLISHMENT' AND t.amount_cny = 50000",
  station_status_change: 't.from_status IS NULL',
  engagement: `t.station_id = ${GRAPHENE} AND t.role IN ('TEAM_LEADER', 'TEAM_MEMBER')`,
  partnership: `t.station_id = ${GRAPHENE} AND t.organization_id IN (SELECT id FROM organization WHERE is_generated <> 0)`,
};

const count = async (query: Query, sql: string) => Number(Object.values((await query(sql))[0])[0]);

export async function namedUnitRuleBreaks(query: Query, tablesWithStation: string[]): Promise<string[]> {
  const breaks: string[] = [];
  for (const table of tablesWithStation) {
    const allowed = ALLOWED_AT_NAMED[table] ?? '1 = 0';
    const n = await count(query, `SELECT COUNT(*) FROM ${table} t WHERE t.is_generated <> 0 AND t.station_id IN ${NAMED} AND NOT (${allowed})`);
    if (n > 0) breaks.push(`${table}: ${n} generated rows about named stations beyond what the rules give every station`);
  }
  const namedApplications = `(SELECT id FROM station_application WHERE station_id IN ${NAMED})`;
  const reviews = await count(query, `SELECT COUNT(*) FROM application_review WHERE application_id IN ${namedApplications}`);
  if (reviews > 0) breaks.push(`application_review: ${reviews} expert reviews of named units' applications`);
  const findings = await count(query, `SELECT COUNT(*) FROM site_inspection WHERE application_id IN ${namedApplications} AND findings IS NOT NULL`);
  if (findings > 0) breaks.push(`site_inspection: ${findings} findings about named units`);

  // The second tranche follows the station's first yearly evaluation.
  const tranches = await query(
    `SELECT s.seed_key AS station, COUNT(d.id) AS payments,
       (SELECT COUNT(*) FROM evaluation e WHERE e.station_id = s.id AND e.year = s.approval_year + 1) AS evaluated
     FROM station s JOIN funding_grant g ON g.station_id = s.id AND g.kind = 'ESTABLISHMENT'
     JOIN disbursement d ON d.funding_grant_id = g.id GROUP BY s.id, s.seed_key, s.approval_year`,
  );
  for (const t of tranches) {
    if (Number(t.payments) > 1 && Number(t.evaluated) === 0) breaks.push(`disbursement: ${String(t.station)} was paid a second tranche without a first evaluation`);
  }

  // validUntil: three years from approval, three more for each renewal entry (renewStation's shape).
  const validity = await query(
    `SELECT s.seed_key AS station, s.approved_on, s.valid_until,
       (SELECT COUNT(*) FROM station_status_change c WHERE c.station_id = s.id AND c.to_status = 'ACTIVE' AND c.from_status IN ('ACTIVE', 'EXPIRED')) AS renewals
     FROM station s`,
  );
  for (const v of validity) {
    let until = validUntilFor(String(v.approved_on).slice(0, 10));
    for (let i = 0; i < Number(v.renewals); i++) until = renewedUntil(until);
    if (String(v.valid_until).slice(0, 10) !== until) breaks.push(`station: ${String(v.station)} is valid until ${String(v.valid_until).slice(0, 10)}, not ${until} as its ${Number(v.renewals)} renewal entries make it`);
  }

  const atRealOrganisations = await count(
    query,
    'SELECT COUNT(*) FROM talent t JOIN organization o ON o.id = t.affiliation_id WHERE t.is_generated <> 0 AND o.is_generated = 0',
  );
  if (atRealOrganisations > 0) breaks.push(`talent: ${atRealOrganisations} made-up people affiliated with organisations the article names`);
  const namedExperts = await count(query, 'SELECT COUNT(*) FROM expert WHERE is_generated = 0');
  if (namedExperts > 0) breaks.push(`expert: ${namedExperts} of the article's people in the review pool, which the article places nobody in`);

  breaks.push(...(await borrowedUniversityNames(query)));
  return breaks;
}

/** A pool city followed by 大学, 理工大学 or 科技大学 is a real university's name (东京大学, 香港科技大学). */
async function borrowedUniversityNames(query: Query): Promise<string[]> {
  const pools = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../seeds/data/name-pools.json'), 'utf8')) as {
    countries: Array<{ cities: Array<[string, string]> }>;
  };
  const cities = pools.countries.flatMap((c) => c.cities);
  const generated = await query('SELECT name_zh, name_en FROM organization WHERE is_generated <> 0');
  const breaks: string[] = [];
  for (const o of generated) {
    const zh = String(o.name_zh);
    const en = String(o.name_en);
    const city = cities.find(([cityZh, cityEn]) => /^(大学|理工大学|科技大学)/.test(zh.startsWith(cityZh) ? zh.slice(cityZh.length) : '') || en.includes(`University of ${cityEn}`) || en.includes(`${cityEn} University`));
    if (city) breaks.push(`organization: generated "${zh}" (${en}) takes the name of a university of ${city[1]}`);
  }
  return breaks;
}
