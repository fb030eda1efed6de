/**
 * suggestTalents: talents ranked for a need (research fields, keywords, countries, and optionally
 * the station asking). A talent is a candidate when it matches at least one field, keyword or
 * country asked for; affiliation with a partner, earlier engagements and ambassador status then
 * add to its rank but never make a candidate on their own. Talents on post at the station asking
 * are left out: any engagement there the caller can see that has not ended, a proposal included (the
 * station is engaging them already). Everything is read in the caller's scope (engagements a caller
 * may not see neither exclude nor count), and the nodes are the caller's own reads of the talents
 * (field rules apply).
 */
import type { Loaders } from '../../db/loaders';
import { scopedBatch } from '../../db/scoped-batch';
import { ParameterBag } from '../../db/sql-params';
import type { Connection } from '../../graphql/connection';
import { BadUserInputError, NotFoundError } from '../../domain-errors';
import { Organization } from '../organization/organization.entity';
import { ResearchField } from '../reference/research-field.entity';
import { Station } from '../station/station.entity';
import { AmbassadorAppointment } from '../talent/ambassador-appointment.entity';
import { Engagement, EngagementStatus } from '../talent/engagement.entity';
import { today } from '../../time';
import { onPostSql } from '../talent/on-post';
import { TalentResearchField } from '../talent/talent-research-field.entity';
import { Talent } from '../talent/talent.entity';
import { Partnership } from '../partnership/partnership.entity';
import { Project } from '../project/project.entity';
import { Keyword, keywordCandidatesSql, keywordFieldsSql, keywordMatchSql, keywordsOf, mentionSentence, whereMentioned } from './keywords';
import { afterSql, bilingual, countryName, num, pageSql, plural, Ranked, RankWindow, rankWindow, scoreOf, SuggestionEdge, suggestionConnection } from './ranking';

/** A need, ids decoded. */
export interface TalentNeedCriteria {
  researchFieldIds: number[];
  keywords: string[];
  countries: string[];
  stationId: number | null;
}

/** Points each signal gives: a keyword is the most specific thing a need says, then a field. */
export const TALENT_POINTS = {
  field: 30,
  keyword: 40,
  country: 20,
  partnerOfStation: 15,
  partnerOfNetwork: 10,
  engagedBefore: 10,
  ambassador: 10,
};

/** At most this many of each list in a need: a need, not a query language. */
export const MAX_NEED_ITEMS = 10;

interface Plan {
  fields: number[];
  keywords: Keyword[];
  countries: string[];
  stationId: number | null;
  window: RankWindow;
  today: string;
}

interface RankedTalent extends Ranked {
  fields: number;
  keywords: boolean[];
  country: boolean;
  partnerOfStation: boolean;
  partnerOfNetwork: boolean;
  engagements: number;
  hereBefore: number;
  ambassador: boolean;
}

const READS = [Talent, TalentResearchField, Engagement, AmbassadorAppointment, Partnership, Project];

/** SQL: the ids of the talents a keyword matches, in their own record or in a project they lead (their work speaks for them too). */
function keywordTalentsSql(keyword: Keyword, p: ParameterBag, where: Where): string | null {
  const own = keywordCandidatesSql('TALENT', keyword, p);
  const project = keywordCandidatesSql('PROJECT', keyword, p);
  if (!own || !project) return null;
  return `${own} UNION SELECT kp.talent_id AS id FROM project kp WHERE kp.talent_id IS NOT NULL AND ${where(Project, 'kp')} AND kp.id IN (${project})`;
}

/** The candidates: talents matching a field, a country or a keyword asked for (search_term holds no scoped rows). */
function candidatesSql(plan: Plan, p: ParameterBag, where: Where): string {
  const parts: string[] = [];
  // DISTINCT: with fields alone there is no UNION to fold a talent working in two of them into one candidate.
  if (plan.fields.length) parts.push(`SELECT DISTINCT cf.talent_id AS id FROM talent_research_field cf WHERE cf.research_field_id IN (${p.bind(plan.fields)})`);
  if (plan.countries.length) parts.push(`SELECT cc.id AS id FROM talent cc WHERE cc.country_code IN (${p.bind(plan.countries)})`);
  for (const keyword of plan.keywords) {
    const ids = keywordTalentsSql(keyword, p, where);
    if (ids) parts.push(ids);
  }
  return parts.length ? parts.join(' UNION ') : 'SELECT cz.id AS id FROM talent cz WHERE 1 = 0';
}

type Where = (entity: Function, alias: string) => string;

/**
 * FROM and WHERE shared by the page and its count: candidates in scope, not on post at the station.
 * A derived table joined, not `IN (… UNION …)`: MariaDB runs the latter once per talent.
 */
function fromSql(plan: Plan, p: ParameterBag, where: Where, joins = ''): string {
  const notOnPost = plan.stationId === null
    ? ''
    : ` AND NOT EXISTS (SELECT 1 FROM engagement op WHERE op.talent_id = t.id AND op.station_id = ${p.bind(plan.stationId)}
          AND ${onPostSql('op', p.bind(plan.today))} AND ${where(Engagement, 'op')})`;
  return `FROM (${candidatesSql(plan, p, where)}) c JOIN talent t ON t.id = c.id ${joins} WHERE ${where(Talent, 't')}${notOnPost}`;
}

/**
 * The candidates with the signals that make them candidates, in one pass: a row per asked field a
 * talent works in (f, 1 when the caller may see that row), per asked country and per keyword
 * match (k<i>), UNION ALL, grouped by talent. Its engagements are counted here, once per candidate:
 * a correlated count in the ranked select was merged into the points too, and ran twice per
 * candidate (tens of thousands of index look-ups at 100,000 talents); this derived table is
 * grouped, so it is built once and never merged. The candidates are those of candidatesSql.
 */
function signalsSql(plan: Plan, p: ParameterBag, where: Where, confirmed: string): string {
  const flags = (f: string, k: number | null) => `${f} AS f${plan.keywords.map((_keyword, i) => `, ${i === k ? 1 : 0} AS k${i}`).join('')}`;
  const parts: string[] = [];
  if (plan.fields.length) {
    parts.push(`SELECT cf.talent_id AS id, ${flags(`CASE WHEN ${where(TalentResearchField, 'cf')} THEN 1 ELSE 0 END`, null)} FROM talent_research_field cf WHERE cf.research_field_id IN (${p.bind(plan.fields)})`);
  }
  if (plan.countries.length) parts.push(`SELECT cc.id AS id, ${flags('0', null)} FROM talent cc WHERE cc.country_code IN (${p.bind(plan.countries)})`);
  plan.keywords.forEach((keyword, i) => {
    const ids = keywordTalentsSql(keyword, p, where);
    if (ids) parts.push(`SELECT ck.id AS id, ${flags('0', i)} FROM (${ids}) ck`);
  });
  const rows = parts.length ? parts.join(' UNION ALL ') : `SELECT cz.id AS id, ${flags('0', null)} FROM talent cz WHERE 1 = 0`;
  return `SELECT u.id AS id, SUM(u.f) AS fields${plan.keywords.map((_keyword, i) => `, MAX(u.k${i}) AS k${i}`).join('')},
      (SELECT COUNT(*) FROM engagement ee WHERE ee.talent_id = u.id AND ee.status = ${confirmed} AND ${where(Engagement, 'ee')}) AS engagements
    FROM (${rows}) u GROUP BY u.id`;
}

/**
 * The signals that never make a candidate are derived tables of the talents (or organisations)
 * that have them, joined to the candidates: at 100,000 talents, tens of thousands of candidates
 * each running a subquery per signal took most of a second on MariaDB, where one pass over each
 * signal's (indexed) rows takes a few milliseconds.
 */
const RANK_TALENTS = scopedBatch<Plan, RankedTalent[]>({
  name: 'talents ranked for a need',
  reads: READS,
  load(plans, reader) {
    return Promise.all(
      plans.map((plan) => {
        const p = new ParameterBag('s');
        const where: Where = (entity, alias) => reader.where(entity, alias, p);
        // Experience counts confirmed engagements only; a proposal (seen by STAFF and the station's unit) is not yet any.
        const confirmed = p.bind(EngagementStatus.CONFIRMED);
        const signals = signalsSql(plan, p, where, confirmed);
        const joins: string[] = [];
        const joined = new Set<string>();
        const join = (alias: string, sql: string, on: string) => {
          joins.push(`LEFT JOIN (${sql}) ${alias} ON ${alias}.${on}`);
          joined.add(alias);
        };
        if (plan.stationId !== null) {
          join('ps', `SELECT DISTINCT ps0.organization_id AS id FROM partnership ps0 WHERE ps0.station_id = ${p.bind(plan.stationId)} AND ${where(Partnership, 'ps0')}`, 'id = t.affiliation_id');
          join('eh', `SELECT eh0.talent_id AS id, COUNT(*) AS n FROM engagement eh0 WHERE eh0.station_id = ${p.bind(plan.stationId)} AND eh0.status = ${confirmed} AND ${where(Engagement, 'eh0')} GROUP BY eh0.talent_id`, 'id = t.id');
        }
        join('pn', `SELECT DISTINCT pn0.organization_id AS id FROM partnership pn0 WHERE ${where(Partnership, 'pn0')}`, 'id = t.affiliation_id');
        join('aa', `SELECT DISTINCT aa0.talent_id AS id FROM ambassador_appointment aa0 WHERE (aa0.term_ends_on IS NULL OR aa0.term_ends_on >= ${p.bind(plan.today)}) AND ${where(AmbassadorAppointment, 'aa0')}`, 'id = t.id');
        const has = (alias: string) => (joined.has(alias) ? `CASE WHEN ${alias}.id IS NULL THEN 0 ELSE 1 END` : '0');
        const country = plan.countries.length ? `CASE WHEN t.country_code IN (${p.bind(plan.countries)}) THEN 1 ELSE 0 END` : '0';
        const keywords = plan.keywords.map((_keyword, i) => `g.k${i} AS k${i}`);
        const keywordSum = plan.keywords.map((_k, i) => `s.k${i}`).join(' + ') || '0';
        const notOnPost = plan.stationId === null
          ? ''
          : ` AND NOT EXISTS (SELECT 1 FROM engagement op WHERE op.talent_id = t.id AND op.station_id = ${p.bind(plan.stationId)}
                AND ${onPostSql('op', p.bind(plan.today))} AND ${where(Engagement, 'op')})`;
        const P = TALENT_POINTS;
        const sql = `SELECT r.* FROM (
            SELECT s.*, (${P.field} * s.fields + ${P.keyword} * (${keywordSum}) + ${P.country} * s.country
              + CASE WHEN s.partner_station = 1 THEN ${P.partnerOfStation} WHEN s.partner_network = 1 THEN ${P.partnerOfNetwork} ELSE 0 END
              + CASE WHEN s.engagements > 0 THEN ${P.engagedBefore} ELSE 0 END + ${P.ambassador} * s.ambassador) AS points
            FROM (
              SELECT t.id AS id, g.fields AS fields, ${country} AS country${keywords.map((k) => `, ${k}`).join('')},
                ${has('ps')} AS partner_station, ${has('pn')} AS partner_network,
                g.engagements AS engagements,
                ${plan.stationId === null ? '0' : 'COALESCE(eh.n, 0)'} AS here_before,
                ${has('aa')} AS ambassador
              FROM (${signals}) g JOIN talent t ON t.id = g.id ${joins.join(' ')}
              WHERE ${where(Talent, 't')}${notOnPost}
            ) s
          ) r WHERE ${afterSql(plan.window, p)} ${pageSql(plan.window)}`;
        const [query, parameters] = reader.dataSource.driver.escapeQueryWithParameters(sql, p.values);
        return reader.read<Record<string, unknown>, RankedTalent[]>(query, parameters, (rows) =>
          rows.map((row) => ({
            id: num(row.id),
            points: num(row.points),
            fields: num(row.fields),
            keywords: plan.keywords.map((_k, i) => num(row[`k${i}`]) === 1),
            country: num(row.country) === 1,
            partnerOfStation: num(row.partner_station) === 1,
            partnerOfNetwork: num(row.partner_network) === 1,
            engagements: num(row.engagements),
            hereBefore: num(row.here_before),
            ambassador: num(row.ambassador) === 1,
          })),
        );
      }),
    );
  },
});

const COUNT_TALENTS = scopedBatch<Plan, number>({
  name: 'talents matching a need',
  reads: READS,
  load(plans, reader) {
    return Promise.all(
      plans.map((plan) => {
        const p = new ParameterBag('s');
        const [query, parameters] = reader.dataSource.driver.escapeQueryWithParameters(
          `SELECT COUNT(*) AS n ${fromSql(plan, p, (entity, alias) => reader.where(entity, alias, p))}`,
          p.values,
        );
        return reader.read<{ n: unknown }, number>(query, parameters, (rows) => num(rows[0]?.n));
      }),
    );
  },
});

/** For the reasons: the asked fields each talent works in, and where the index holds the keywords' terms. */
interface TalentDetails {
  /** Per talent: the asked fields it works in. */
  fields: Map<number, number[]>;
  /** Per talent: the (field, term) pairs the index holds of the keywords' terms. */
  hits: Map<number, { field: string; term: string }[]>;
  /** Per keyword (by index), per talent: the name of a project of theirs that mentions it. */
  projects: Map<number, string>[];
}

const TALENT_DETAILS = scopedBatch<{ plan: Plan; ids: number[] }, TalentDetails>({
  name: 'why talents match a need',
  reads: [TalentResearchField, Project],
  load(keys, reader) {
    return Promise.all(
      keys.map(async ({ plan, ids }) => {
        const fields = new Map<number, number[]>();
        const hits = new Map<number, { field: string; term: string }[]>();
        const projects = plan.keywords.map(() => new Map<number, string>());
        if (!ids.length) return { fields, hits, projects };
        if (plan.fields.length) {
          const p = new ParameterBag('s');
          const [query, parameters] = reader.dataSource.driver.escapeQueryWithParameters(
            `SELECT f.talent_id AS id, f.research_field_id AS field FROM talent_research_field f
              WHERE f.talent_id IN (${p.bind(ids)}) AND f.research_field_id IN (${p.bind(plan.fields)}) AND ${reader.where(TalentResearchField, 'f', p)}
              ORDER BY f.talent_id, f.research_field_id`,
            p.values,
          );
          await reader.read<{ id: unknown; field: unknown }, void>(query, parameters, (rows) => {
            for (const row of rows) push(fields, num(row.id), num(row.field));
          });
        }
        const terms = [...new Set(plan.keywords.flatMap((keyword) => keyword.terms))];
        if (terms.length) {
          const p = new ParameterBag('s');
          const [query, parameters] = reader.dataSource.driver.escapeQueryWithParameters(keywordFieldsSql('TALENT', ids, terms, p), p.values);
          await reader.read<{ id: unknown; field: string; term: string }, void>(query, parameters, (rows) => {
            for (const row of rows) push(hits, num(row.id), { field: row.field, term: row.term });
          });
        }
        for (const [i, keyword] of plan.keywords.entries()) {
          if (!keyword.terms.length) continue;
          const p = new ParameterBag('s');
          const [query, parameters] = reader.dataSource.driver.escapeQueryWithParameters(
            `SELECT kp.talent_id AS id, kp.name_zh AS name FROM project kp WHERE kp.talent_id IN (${p.bind(ids)}) AND ${reader.where(Project, 'kp', p)}
               AND ${keywordMatchSql('PROJECT', 'kp.id', keyword, p)} ORDER BY kp.id`,
            p.values,
          );
          await reader.read<{ id: unknown; name: string }, void>(query, parameters, (rows) => {
            for (const row of rows) if (!projects[i].has(num(row.id))) projects[i].set(num(row.id), row.name);
          });
        }
        return { fields, hits, projects };
      }),
    );
  },
});

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The need as a plan: checked, normalised, keywords turned into index terms. */
function planOf(need: TalentNeedCriteria, first: number, after: string | null | undefined): Plan {
  const fields = [...new Set(need.researchFieldIds)].sort((a, b) => a - b);
  const countries = [...new Set(need.countries)].sort();
  const keywords = keywordsOf(need.keywords);
  for (const [name, list] of [['researchFieldIds', fields], ['keywords', keywords], ['countries', countries]] as const) {
    if (list.length > MAX_NEED_ITEMS) throw new BadUserInputError(`need.${name} may name at most ${MAX_NEED_ITEMS}`, { argument: `need.${name}` });
  }
  if (!fields.length && !keywords.length && !countries.length) {
    throw new BadUserInputError('need must ask for at least one research field, keyword or country: the other signals only rank talents who match one', { argument: 'need' });
  }
  const request = { fields, keywords: keywords.map((k) => k.text), countries, stationId: need.stationId };
  return { fields, keywords, countries, stationId: need.stationId, window: rankWindow('suggestTalents', request, first, after), today: today() };
}

/** The most points this need could give one talent: the base of the score. */
function maxPoints(plan: Plan): number {
  const P = TALENT_POINTS;
  return (
    P.field * plan.fields.length +
    P.keyword * plan.keywords.length +
    (plan.countries.length ? P.country : 0) +
    (plan.stationId === null ? P.partnerOfNetwork : P.partnerOfStation) +
    P.engagedBefore +
    P.ambassador
  );
}

export async function suggestTalents(loaders: Loaders, need: TalentNeedCriteria, first: number, after?: string | null): Promise<Connection<SuggestionEdge<Talent>>> {
  const plan = planOf(need, first, after);
  const station = plan.stationId === null ? null : await loaders.byId(Station).load(plan.stationId);
  if (plan.stationId !== null && !station) throw new NotFoundError('need.stationId names no station', { argument: 'need.stationId' });
  const ranked = await loaders.batch(RANK_TALENTS).load(plan);
  const ids = ranked.slice(0, plan.window.first).map((row) => row.id);
  const [talents, details, fieldRows] = await Promise.all([
    loaders.byId(Talent).loadMany(ids),
    loaders.batch(TALENT_DETAILS).load({ plan, ids }),
    loaders.byId(ResearchField).loadMany(plan.fields),
  ]);
  const talentById = new Map(ids.map((id, i) => [id, talents[i]]));
  const fieldById = new Map(plan.fields.map((id, i) => [id, fieldRows[i]]));
  const affiliations = await loaders.byId(Organization).loadMany([...new Set(talents.flatMap((t) => (t && !(t instanceof Error) && t.affiliationId !== null ? [t.affiliationId] : [])))]);
  const organizationById = new Map(affiliations.flatMap((o) => (o && !(o instanceof Error) ? [[o.id, o] as const] : [])));
  const max = maxPoints(plan);
  return suggestionConnection(
    plan.window,
    ranked,
    (row, cursor) => {
      const talent = talentById.get(row.id);
      if (!talent || talent instanceof Error) return null;
      const r = row as RankedTalent;
      const reasons: string[] = [];
      const matched = details.fields.get(r.id) ?? [];
      for (const id of matched) {
        const field = fieldById.get(id);
        if (field && !(field instanceof Error)) reasons.push(`Works in ${bilingual(field.nameZh, field.nameEn)}, ${plan.fields.length === 1 ? 'the field asked for' : `one of the ${plan.fields.length} fields asked for`}`);
      }
      plan.keywords.forEach((keyword, i) => {
        if (!r.keywords[i]) return;
        const own = whereMentioned(keyword, details.hits.get(r.id) ?? []);
        const project = details.projects[i].get(r.id);
        if (own.length || !project) reasons.push(mentionSentence(own, keyword));
        else reasons.push(`Leads the project ${project}, which mentions ${keyword.text}`);
      });
      if (r.country) reasons.push(`Works in ${countryName(talent.countryCode)}, as asked`);
      const organization = talent.affiliationId === null ? undefined : organizationById.get(talent.affiliationId);
      const orgName = organization ? bilingual(organization.nameZh, organization.nameEn) : 'their organisation';
      if (r.partnerOfStation) reasons.push(`Affiliated with ${orgName}, a partner of this station`);
      else if (r.partnerOfNetwork) reasons.push(`Affiliated with ${orgName}, already a partner of the network`);
      if (r.hereBefore > 0) reasons.push(`Worked at this station before (${plural(r.hereBefore, 'earlier engagement')})`);
      else if (r.engagements > 0) reasons.push(`Already engaged in the network (${plural(r.engagements, 'engagement')} at stations or bases)`);
      if (r.ambassador) reasons.push('A HAIZHI ambassador (海智大使)');
      return { node: talent, score: scoreOf(r.points, max), reasons, cursor };
    },
    () => loaders.batch(COUNT_TALENTS).load(plan),
  );
}
