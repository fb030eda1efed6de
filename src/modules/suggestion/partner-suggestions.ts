/**
 * suggestPartners: organisations (every kind) ranked for a station, by what already ties them to
 * it: talents engaged at the station (confirmed engagements) who are affiliated with the organisation, and the station's
 * research fields that the organisation works in (through its affiliated talents or the projects
 * it partners). Being a partner elsewhere in the network adds a little. Organisations that are
 * already partners of the station are left out: the list is for new ties, and station.partners
 * lists the existing ones.
 */
import type { Loaders } from '../../db/loaders';
import { scopedBatch } from '../../db/scoped-batch';
import { ParameterBag } from '../../db/sql-params';
import type { Connection } from '../../graphql/connection';
import { NotFoundError } from '../../domain-errors';
import { Organization } from '../organization/organization.entity';
import { Partnership } from '../partnership/partnership.entity';
import { Project } from '../project/project.entity';
import { ResearchField } from '../reference/research-field.entity';
import { StationResearchField } from '../station/station-research-field.entity';
import { Station } from '../station/station.entity';
import { Engagement, EngagementStatus } from '../talent/engagement.entity';
import { TalentResearchField } from '../talent/talent-research-field.entity';
import { Talent } from '../talent/talent.entity';
import { afterSql, bilingual, num, pageSql, plural, Ranked, RankWindow, rankWindow, scoreOf, SuggestionEdge, suggestionConnection } from './ranking';

export const PARTNER_POINTS = {
  /** Per talent of the station affiliated with the organisation. */
  linkedTalent: 40,
  /** Per research field of the station the organisation works in. */
  sharedField: 25,
  partnerElsewhere: 10,
};

interface Plan {
  stationId: number;
  window: RankWindow;
}

interface RankedPartner extends Ranked {
  linked: number;
  shared: number;
  partnerships: number;
}

const READS = [Organization, Talent, Engagement, TalentResearchField, StationResearchField, Project, Partnership];

type Where = (entity: Function, alias: string) => string;

/**
 * The organisations scored for the station (alias s0: id, linked, shared, partnerships), those with
 * a tie only. Each signal is one grouped pass over its own rows, joined to the organisations: a
 * subquery per organisation walked every affiliated talent's fields once per organisation.
 */
function scoredSql(plan: Plan, p: ParameterBag, where: Where): string {
  const station = p.bind(plan.stationId);
  // A proposal (seen by STAFF and the station's unit) is no tie yet: confirmed engagements only.
  const confirmed = p.bind(EngagementStatus.CONFIRMED);
  const linked = `SELECT lt.affiliation_id AS id, COUNT(DISTINCT lt.id) AS n FROM engagement le JOIN talent lt ON lt.id = le.talent_id
      WHERE le.station_id = ${station} AND le.status = ${confirmed} AND lt.affiliation_id IS NOT NULL AND ${where(Talent, 'lt')} AND ${where(Engagement, 'le')}
      GROUP BY lt.affiliation_id`;
  // The station's fields the organisation works in, through its affiliated talents or the projects it partners.
  const shared = `SELECT w.id AS id, COUNT(DISTINCT w.field) AS n FROM (
        SELECT wt.affiliation_id AS id, wf.research_field_id AS field FROM station_research_field ws
          JOIN talent_research_field wf ON wf.research_field_id = ws.research_field_id JOIN talent wt ON wt.id = wf.talent_id
          WHERE ws.station_id = ${station} AND wt.affiliation_id IS NOT NULL AND ${where(StationResearchField, 'ws')} AND ${where(TalentResearchField, 'wf')} AND ${where(Talent, 'wt')}
        UNION SELECT wp.partner_organization_id AS id, wp.research_field_id AS field FROM station_research_field ws2
          JOIN project wp ON wp.research_field_id = ws2.research_field_id
          WHERE ws2.station_id = ${station} AND wp.partner_organization_id IS NOT NULL AND ${where(StationResearchField, 'ws2')} AND ${where(Project, 'wp')}
      ) w GROUP BY w.id`;
  const partnerships = `SELECT pp.organization_id AS id, COUNT(*) AS n FROM partnership pp WHERE ${where(Partnership, 'pp')} GROUP BY pp.organization_id`;
  return `SELECT o.id AS id, COALESCE(li.n, 0) AS linked, COALESCE(sh.n, 0) AS shared, COALESCE(pa.n, 0) AS partnerships
      FROM organization o LEFT JOIN (${linked}) li ON li.id = o.id LEFT JOIN (${shared}) sh ON sh.id = o.id LEFT JOIN (${partnerships}) pa ON pa.id = o.id
      WHERE (li.id IS NOT NULL OR sh.id IS NOT NULL) AND ${where(Organization, 'o')}
        AND NOT EXISTS (SELECT 1 FROM partnership xp WHERE xp.organization_id = o.id AND xp.station_id = ${station})`;
}

const RANK_PARTNERS = scopedBatch<Plan, RankedPartner[]>({
  name: 'organisations ranked for a station',
  reads: READS,
  load(plans, reader) {
    return Promise.all(
      plans.map((plan) => {
        const p = new ParameterBag('s');
        const where: Where = (entity, alias) => reader.where(entity, alias, p);
        const P = PARTNER_POINTS;
        const sql = `SELECT r.* FROM (
            SELECT s.*, (${P.linkedTalent} * s.linked + ${P.sharedField} * s.shared + CASE WHEN s.partnerships > 0 THEN ${P.partnerElsewhere} ELSE 0 END) AS points
            FROM (${scoredSql(plan, p, where)}) s
          ) r WHERE ${afterSql(plan.window, p)} ${pageSql(plan.window)}`;
        const [query, parameters] = reader.dataSource.driver.escapeQueryWithParameters(sql, p.values);
        return reader.read<Record<string, unknown>, RankedPartner[]>(query, parameters, (rows) =>
          rows.map((row) => ({ id: num(row.id), points: num(row.points), linked: num(row.linked), shared: num(row.shared), partnerships: num(row.partnerships) })),
        );
      }),
    );
  },
});

const COUNT_PARTNERS = scopedBatch<Plan, number>({
  name: 'organisations with a tie to a station',
  reads: READS,
  load(plans, reader) {
    return Promise.all(
      plans.map((plan) => {
        const p = new ParameterBag('s');
        const [query, parameters] = reader.dataSource.driver.escapeQueryWithParameters(
          `SELECT COUNT(*) AS n FROM (${scoredSql(plan, p, (entity, alias) => reader.where(entity, alias, p))}) c`,
          p.values,
        );
        return reader.read<{ n: unknown }, number>(query, parameters, (rows) => num(rows[0]?.n));
      }),
    );
  },
});

interface PartnerDetails {
  /** Per organisation: names of the station's talents affiliated with it. */
  talents: Map<number, string[]>;
  /** Per organisation: the station's research fields it works in. */
  fields: Map<number, number[]>;
}

const PARTNER_DETAILS = scopedBatch<{ stationId: number; ids: number[] }, PartnerDetails>({
  name: 'why organisations suit a station',
  reads: READS,
  load(keys, reader) {
    return Promise.all(
      keys.map(async ({ stationId, ids }) => {
        const details: PartnerDetails = { talents: new Map(), fields: new Map() };
        if (!ids.length) return details;
        const p = new ParameterBag('s');
        const where: Where = (entity, alias) => reader.where(entity, alias, p);
        const station = p.bind(stationId);
        const organizations = p.bind(ids);
        const [query, parameters] = reader.dataSource.driver.escapeQueryWithParameters(
          `SELECT DISTINCT 'talent' AS kind, t.affiliation_id AS id, t.name AS name, 0 AS field FROM talent t JOIN engagement e ON e.talent_id = t.id
             WHERE t.affiliation_id IN (${organizations}) AND e.station_id = ${station} AND e.status = ${p.bind(EngagementStatus.CONFIRMED)} AND ${where(Talent, 't')} AND ${where(Engagement, 'e')}
           UNION SELECT DISTINCT 'field' AS kind, ft.affiliation_id AS id, '' AS name, sf.research_field_id AS field
             FROM station_research_field sf JOIN talent_research_field ff ON ff.research_field_id = sf.research_field_id JOIN talent ft ON ft.id = ff.talent_id
             WHERE sf.station_id = ${station} AND ft.affiliation_id IN (${organizations}) AND ${where(StationResearchField, 'sf')} AND ${where(TalentResearchField, 'ff')} AND ${where(Talent, 'ft')}
           UNION SELECT DISTINCT 'field' AS kind, pj.partner_organization_id AS id, '' AS name, sf2.research_field_id AS field
             FROM station_research_field sf2 JOIN project pj ON pj.research_field_id = sf2.research_field_id
             WHERE sf2.station_id = ${station} AND pj.partner_organization_id IN (${organizations}) AND ${where(StationResearchField, 'sf2')} AND ${where(Project, 'pj')}`,
          p.values,
        );
        await reader.read<{ kind: string; id: unknown; name: string; field: unknown }, void>(query, parameters, (rows) => {
          for (const row of rows) {
            const id = num(row.id);
            const map = row.kind === 'talent' ? details.talents : details.fields;
            const value = row.kind === 'talent' ? row.name : num(row.field);
            const list = (map.get(id) ?? []) as (string | number)[];
            if (!list.includes(value)) list.push(value);
            map.set(id, list as never);
          }
        });
        for (const list of details.talents.values()) list.sort();
        for (const list of details.fields.values()) list.sort((a, b) => a - b);
        return details;
      }),
    );
  },
});

export async function suggestPartners(loaders: Loaders, stationId: number, first: number, after?: string | null): Promise<Connection<SuggestionEdge<Organization>>> {
  const station = await loaders.byId(Station).load(stationId);
  if (!station) throw new NotFoundError('stationId names no station', { argument: 'stationId' });
  const plan: Plan = { stationId, window: rankWindow('suggestPartners', { stationId }, first, after) };
  const ranked = await loaders.batch(RANK_PARTNERS).load(plan);
  const ids = ranked.slice(0, plan.window.first).map((row) => row.id);
  const [organizations, details] = await Promise.all([loaders.byId(Organization).loadMany(ids), loaders.batch(PARTNER_DETAILS).load({ stationId, ids })]);
  const fieldIds = [...new Set([...details.fields.values()].flat())];
  const fields = await loaders.byId(ResearchField).loadMany(fieldIds);
  const fieldById = new Map(fieldIds.map((id, i) => [id, fields[i]]));
  const organizationById = new Map(ids.map((id, i) => [id, organizations[i]]));
  return suggestionConnection(
    plan.window,
    ranked,
    (row, cursor) => {
      const organization = organizationById.get(row.id);
      if (!organization || organization instanceof Error) return null;
      const r = row as RankedPartner;
      const reasons: string[] = [];
      const talents = details.talents.get(r.id) ?? [];
      if (r.linked > 0) {
        const named = talents.slice(0, 3).join(', ') + (talents.length > 3 ? ` and ${talents.length - 3} more` : '');
        reasons.push(`${plural(r.linked, 'talent')} of this station ${r.linked === 1 ? 'is' : 'are'} affiliated with it${named ? `: ${named}` : ''}`);
      }
      for (const id of details.fields.get(r.id) ?? []) {
        const field = fieldById.get(id);
        if (field && !(field instanceof Error)) reasons.push(`Works in ${bilingual(field.nameZh, field.nameEn)}, a field of this station`);
      }
      if (r.partnerships > 0) reasons.push(`Already a partner elsewhere in the network (${plural(r.partnerships, 'partnership')})`);
      // No most-possible here (a tie per talent): a hundred points make 1.0, the same on every page.
      return { node: organization, score: scoreOf(r.points, 100), reasons, cursor };
    },
    () => loaders.batch(COUNT_PARTNERS).load(plan),
  );
}
