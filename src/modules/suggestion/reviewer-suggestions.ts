/**
 * suggestReviewers: experts of the review pool ranked for an application, by its research fields
 * (where it names none, as seeded applications do: those of the applicant unit's stations and those
 * its proposed name names) and by the distinctive words of its proposed name (a term shared by more than a tenth of the pool, such as the
 * 重庆 of every local affiliation or the 工程 of every 工程师, says nothing and is dropped).
 *
 * Left out, and listed in `excluded` with every reason that applies:
 * - the conflicts of interest assignReviewers refuses (conflict-of-interest.ts, its SQL reused):
 *   works at the applicant unit; engaged, now or before, at one of its stations;
 * - ties of the expert's own talent record with the applicant unit that the model holds: the
 *   organisation it is affiliated with partners one of the unit's stations, or it (or that
 *   organisation) is in a project of one of the unit's stations; or it is the talent the
 *   application proposes as the station's head;
 * - an affiliation (free text) that is the applicant unit's own name;
 * - experts already assigned to review the application.
 */
import type { Loaders } from '../../db/loaders';
import { scopedBatch, type BatchReader } from '../../db/scoped-batch';
import { ParameterBag } from '../../db/sql-params';
import type { Connection } from '../../graphql/connection';
import { NotFoundError } from '../../domain-errors';
import { ApplicationResearchField } from '../application/application-research-field.entity';
import { ApplicationReview } from '../application/application-review.entity';
import { engagedAtUnitSql, worksAtUnitSql } from '../application/conflict-of-interest';
import { Expert } from '../application/expert.entity';
import { StationApplication } from '../application/station-application.entity';
import { HostUnit } from '../host-unit/host-unit.entity';
import { ResearchField } from '../reference/research-field.entity';
import { StationResearchField } from '../station/station-research-field.entity';
import { Station } from '../station/station.entity';
import { queryTerms } from '../search/text';
import { Keyword, keywordFieldsSql, keywordsOf, mentionSentence, whereMentioned, CONTACT_FIELDS } from './keywords';
import { afterSql, bilingual, num, pageSql, Ranked, RankWindow, rankWindow, scoreOf, SuggestionEdge, suggestionConnection } from './ranking';

export const REVIEWER_POINTS = {
  field: 60,
  /** Per distinctive word of the application's name the expert's record holds. */
  term: 20,
};

/** A word of the name held by more than this share of the pool is not distinctive (工程 of every 工程师). */
const COMMON_SHARE = 0.1;

/** Index fields that say what an expert does; a name says nothing about expertise. */
const NAME_FIELDS = ['name', 'nameEn', 'nameZh'];

export enum ExclusionReason {
  WORKS_AT_APPLICANT_UNIT = 'WORKS_AT_APPLICANT_UNIT',
  ENGAGED_AT_APPLICANT_STATION = 'ENGAGED_AT_APPLICANT_STATION',
  AFFILIATION_PARTNERS_APPLICANT = 'AFFILIATION_PARTNERS_APPLICANT',
  PROJECT_WITH_APPLICANT = 'PROJECT_WITH_APPLICANT',
  PROPOSED_HEAD = 'PROPOSED_HEAD',
  AFFILIATION_NAMES_APPLICANT = 'AFFILIATION_NAMES_APPLICANT',
  ALREADY_ASSIGNED = 'ALREADY_ASSIGNED',
}

interface Plan {
  applicationId: number;
  unitId: number;
  proposedHeadTalentId: number | null;
  fields: number[];
  /** The distinctive words of the name, each a keyword of its own. */
  terms: Keyword[];
  window: RankWindow;
}

/** Each exclusion as SQL on expert row `x`. */
function exclusionsSql(plan: Plan, p: ParameterBag): Record<ExclusionReason, string> {
  const unit = p.bind(plan.unitId);
  return {
    // The rules assignReviewers enforces, as it states them.
    [ExclusionReason.WORKS_AT_APPLICANT_UNIT]: worksAtUnitSql('x', unit),
    [ExclusionReason.ENGAGED_AT_APPLICANT_STATION]: engagedAtUnitSql('x', unit),
    [ExclusionReason.AFFILIATION_PARTNERS_APPLICANT]: `EXISTS (SELECT 1 FROM talent xt JOIN partnership xp ON xp.organization_id = xt.affiliation_id
        JOIN station xs ON xs.id = xp.station_id WHERE xt.id = x.talent_id AND xs.host_unit_id = ${unit})`,
    [ExclusionReason.PROJECT_WITH_APPLICANT]: `EXISTS (SELECT 1 FROM project xj JOIN station xjs ON xjs.id = xj.station_id
        WHERE xjs.host_unit_id = ${unit} AND x.talent_id IS NOT NULL
          AND (xj.talent_id = x.talent_id OR xj.partner_organization_id IN (SELECT xa.affiliation_id FROM talent xa WHERE xa.id = x.talent_id)))`,
    [ExclusionReason.PROPOSED_HEAD]: plan.proposedHeadTalentId === null ? '1 = 0' : `(x.talent_id IS NOT NULL AND x.talent_id = ${p.bind(plan.proposedHeadTalentId)})`,
    [ExclusionReason.AFFILIATION_NAMES_APPLICANT]: `(x.affiliation IS NOT NULL AND x.affiliation IN (SELECT xh.name_zh FROM host_unit xh WHERE xh.id = ${unit}))`,
    [ExclusionReason.ALREADY_ASSIGNED]: `EXISTS (SELECT 1 FROM application_review xr WHERE xr.application_id = ${p.bind(plan.applicationId)} AND xr.expert_id = x.id)`,
  };
}

/** SQL: how many of the name's distinctive words expert `x`'s record holds (outside its name and contacts). */
function termCountSql(plan: Plan, p: ParameterBag): string {
  const terms = plan.terms.flatMap((keyword) => keyword.terms);
  if (!terms.length) return '0';
  return `(SELECT COUNT(DISTINCT kw.term) FROM search_term kw WHERE kw.target_type = ${p.bind('EXPERT')} AND kw.target_id = x.id
      AND kw.term IN (${p.bind(terms)}) AND kw.field NOT IN (${p.bind([...CONTACT_FIELDS, ...NAME_FIELDS])}))`;
}

interface RankedExpert extends Ranked {
  field: boolean;
  terms: number;
}

const READS = [Expert];

/**
 * The experts the page and its count read: in the caller's scope, not excluded, and fitting the
 * application by a field or a word (id, field 0/1, terms matched).
 */
function suitableSql(plan: Plan, reader: BatchReader, p: ParameterBag): string {
  const excluded = Object.values(exclusionsSql(plan, p)).join(' OR ');
  const field = plan.fields.length ? `CASE WHEN x.research_field_id IN (${p.bind(plan.fields)}) THEN 1 ELSE 0 END` : '0';
  return `SELECT e.* FROM (
      SELECT x.id AS id, ${field} AS field, ${termCountSql(plan, p)} AS terms
      FROM expert x WHERE ${reader.where(Expert, 'x', p)} AND NOT (${excluded})
    ) e WHERE e.field > 0 OR e.terms > 0`;
}

const RANK_REVIEWERS = scopedBatch<Plan, RankedExpert[]>({
  name: 'experts ranked for an application',
  reads: READS,
  load(plans, reader) {
    return Promise.all(
      plans.map((plan) => {
        const p = new ParameterBag('s');
        const P = REVIEWER_POINTS;
        const sql = `SELECT r.* FROM (
            SELECT s.*, (${P.field} * s.field + ${P.term} * s.terms) AS points FROM (${suitableSql(plan, reader, p)}) s
          ) r WHERE ${afterSql(plan.window, p)} ${pageSql(plan.window)}`;
        const [query, parameters] = reader.dataSource.driver.escapeQueryWithParameters(sql, p.values);
        return reader.read<Record<string, unknown>, RankedExpert[]>(query, parameters, (rows) =>
          rows.map((row) => ({ id: num(row.id), points: num(row.points), field: num(row.field) === 1, terms: num(row.terms) })),
        );
      }),
    );
  },
});

const COUNT_REVIEWERS = scopedBatch<Plan, number>({
  name: 'experts suitable for an application',
  reads: READS,
  load(plans, reader) {
    return Promise.all(
      plans.map((plan) => {
        const p = new ParameterBag('s');
        const [query, parameters] = reader.dataSource.driver.escapeQueryWithParameters(`SELECT COUNT(*) AS n FROM (${suitableSql(plan, reader, p)}) s`, p.values);
        return reader.read<{ n: unknown }, number>(query, parameters, (rows) => num(rows[0]?.n));
      }),
    );
  },
});

/** Every expert of the pool the caller may see who is left out, with each reason that applies. */
const EXCLUDED_REVIEWERS = scopedBatch<Plan, { expertId: number; reasons: ExclusionReason[] }[]>({
  name: 'experts left out for an application',
  reads: READS,
  load(plans, reader) {
    return Promise.all(
      plans.map((plan) => {
        const p = new ParameterBag('s');
        const rules = Object.entries(exclusionsSql(plan, p)) as [ExclusionReason, string][];
        const [query, parameters] = reader.dataSource.driver.escapeQueryWithParameters(
          `SELECT x.id AS id, ${rules.map(([, sql], i) => `CASE WHEN ${sql} THEN 1 ELSE 0 END AS c${i}`).join(', ')}
            FROM expert x WHERE ${reader.where(Expert, 'x', p)} AND (${rules.map(([, sql]) => sql).join(' OR ')}) ORDER BY x.id`,
          p.values,
        );
        return reader.read<Record<string, unknown>, { expertId: number; reasons: ExclusionReason[] }[]>(query, parameters, (rows) =>
          rows.map((row) => ({ expertId: num(row.id), reasons: rules.filter((_rule, i) => num(row[`c${i}`]) === 1).map(([reason]) => reason) })),
        );
      }),
    );
  },
});

/** The application's research fields, and how many experts of the pool hold each word of its name. */
/** Where a research field of the application comes from, as its reason says it. */
export enum FieldSource {
  APPLICATION = 'a field of the application',
  UNIT = "a field of the applicant unit's stations",
  NAME = "named in the station's proposed name",
}

interface ApplicationTopics {
  /**
   * The application's research fields; where it names none (seeded applications do not), those of
   * the applicant unit's stations and those its proposed name names (重庆…生物医药有限公司 → 生物医药).
   */
  fields: Map<number, FieldSource>;
  pool: number;
  holders: Map<string, number>;
}

const APPLICATION_TERMS = scopedBatch<{ applicationId: number; unitId: number; terms: string[] }, ApplicationTopics>({
  name: 'what an application is about',
  reads: [ApplicationResearchField, StationResearchField, Station, ResearchField, Expert],
  load(keys, reader) {
    return Promise.all(
      keys.map(async ({ applicationId, unitId, terms }) => {
        const p = new ParameterBag('s');
        const [query, parameters] = reader.dataSource.driver.escapeQueryWithParameters(
          `SELECT 'field' AS kind, f.research_field_id AS value, 0 AS n FROM application_research_field f WHERE f.application_id = ${p.bind(applicationId)} AND ${reader.where(ApplicationResearchField, 'f', p)}
           UNION SELECT 'unitField' AS kind, sf.research_field_id AS value, 0 AS n FROM station_research_field sf JOIN station us ON us.id = sf.station_id
             WHERE us.host_unit_id = ${p.bind(unitId)} AND ${reader.where(StationResearchField, 'sf', p)} AND ${reader.where(Station, 'us', p)}
           UNION ALL SELECT 'fieldName' AS kind, rf.name_zh AS value, rf.id AS n FROM research_field rf WHERE ${reader.where(ResearchField, 'rf', p)}
           UNION ALL SELECT 'pool' AS kind, '' AS value, COUNT(*) AS n FROM expert x WHERE ${reader.where(Expert, 'x', p)}
           ${terms.length ? `UNION ALL SELECT 'term' AS kind, kw.term AS value, COUNT(DISTINCT kw.target_id) AS n FROM search_term kw
              WHERE kw.target_type = ${p.bind('EXPERT')} AND kw.term IN (${p.bind(terms)}) AND kw.field NOT IN (${p.bind([...CONTACT_FIELDS, ...NAME_FIELDS])}) GROUP BY kw.term` : ''}`,
          p.values,
        );
        return reader.read<{ kind: string; value: unknown; n: unknown }, ApplicationTopics>(query, parameters, (rows) => {
          const own: number[] = [];
          const ofUnit: number[] = [];
          const named: number[] = [];
          const nameTerms = new Set(terms);
          const result: ApplicationTopics = { fields: new Map(), pool: 0, holders: new Map() };
          for (const row of rows) {
            if (row.kind === 'field') own.push(num(row.value));
            else if (row.kind === 'unitField') ofUnit.push(num(row.value));
            else if (row.kind === 'fieldName') {
              const fieldTerms = queryTerms(String(row.value));
              if (fieldTerms.length && fieldTerms.every((term) => nameTerms.has(term))) named.push(num(row.n));
            } else if (row.kind === 'pool') result.pool = num(row.n);
            else result.holders.set(String(row.value), num(row.n));
          }
          if (own.length) for (const id of own) result.fields.set(id, FieldSource.APPLICATION);
          else {
            for (const id of named) result.fields.set(id, FieldSource.NAME);
            for (const id of ofUnit) if (!result.fields.has(id)) result.fields.set(id, FieldSource.UNIT);
          }
          return result;
        });
      }),
    );
  },
});

const EXPERT_HITS = scopedBatch<{ ids: number[]; terms: string[] }, Map<number, { field: string; term: string }[]>>({
  name: 'where experts mention an application',
  reads: READS,
  load(keys, reader) {
    return Promise.all(
      keys.map(async ({ ids, terms }) => {
        const hits = new Map<number, { field: string; term: string }[]>();
        if (!ids.length || !terms.length) return hits;
        const p = new ParameterBag('s');
        const [query, parameters] = reader.dataSource.driver.escapeQueryWithParameters(keywordFieldsSql('EXPERT', ids, terms, p), p.values);
        return reader.read<{ id: unknown; field: string; term: string }, Map<number, { field: string; term: string }[]>>(query, parameters, (rows) => {
          for (const row of rows) {
            if (NAME_FIELDS.includes(row.field)) continue;
            const id = num(row.id);
            hits.set(id, [...(hits.get(id) ?? []), { field: row.field, term: row.term }]);
          }
          return hits;
        });
      }),
    );
  },
});

const EXCLUSION_SENTENCES: Record<ExclusionReason, (unit: string) => string> = {
  [ExclusionReason.WORKS_AT_APPLICANT_UNIT]: (unit) => `Works at the applicant unit, ${unit}: a conflict of interest (assignReviewers refuses it)`,
  [ExclusionReason.ENGAGED_AT_APPLICANT_STATION]: (unit) => `Engaged, now or before, at a station of the applicant unit ${unit}: a conflict of interest (assignReviewers refuses it)`,
  [ExclusionReason.AFFILIATION_PARTNERS_APPLICANT]: (unit) => `Affiliated with an organisation that partners a station of the applicant unit ${unit}`,
  [ExclusionReason.PROJECT_WITH_APPLICANT]: (unit) => `In a project of a station of the applicant unit ${unit}, personally or through their organisation`,
  [ExclusionReason.PROPOSED_HEAD]: () => 'Proposed by this application to head the station',
  [ExclusionReason.AFFILIATION_NAMES_APPLICANT]: (unit) => `Gives the applicant unit, ${unit}, as their affiliation`,
  [ExclusionReason.ALREADY_ASSIGNED]: () => 'Already assigned to review this application',
};

export interface ExcludedExpert {
  expert: Expert;
  reasons: string[];
}

export type ReviewerSuggestions = Connection<SuggestionEdge<Expert>> & { readonly excluded: Promise<ExcludedExpert[]> };

export async function suggestReviewers(loaders: Loaders, applicationId: number, first: number, after?: string | null): Promise<ReviewerSuggestions> {
  const application = await loaders.byId(StationApplication).load(applicationId);
  if (!application) throw new NotFoundError('applicationId names no application', { argument: 'applicationId' });
  const words = keywordsOf([application.proposedName]).flatMap((keyword) => keyword.terms);
  const about = await loaders.batch(APPLICATION_TERMS).load({ applicationId, unitId: application.hostUnitId, terms: words });
  // Distinctive words only: held by some experts, but not by more than a tenth of the pool.
  const terms = words.filter((term) => {
    const holders = about.holders.get(term) ?? 0;
    return holders > 0 && holders <= Math.max(1, Math.floor(about.pool * COMMON_SHARE));
  });
  const plan: Plan = {
    applicationId,
    unitId: application.hostUnitId,
    proposedHeadTalentId: application.proposedHeadTalentId,
    fields: [...about.fields.keys()].sort((a, b) => a - b),
    terms: terms.map((term) => ({ text: term, terms: [term] })),
    window: rankWindow('suggestReviewers', { applicationId }, first, after),
  };
  const ranked = await loaders.batch(RANK_REVIEWERS).load(plan);
  const ids = ranked.slice(0, plan.window.first).map((row) => row.id);
  const [experts, hits, fields, unit] = await Promise.all([
    loaders.byId(Expert).loadMany(ids),
    loaders.batch(EXPERT_HITS).load({ ids, terms }),
    loaders.byId(ResearchField).loadMany(plan.fields),
    loaders.byId(HostUnit).load(plan.unitId),
  ]);
  const expertById = new Map(ids.map((id, i) => [id, experts[i]]));
  const fieldById = new Map(plan.fields.map((id, i) => [id, fields[i]]));
  const unitName = unit ? unit.nameZh : 'the applicant unit';
  // The most this application could give one expert: its field, and every distinctive word.
  const maxPoints = (plan.fields.length ? REVIEWER_POINTS.field : 0) + REVIEWER_POINTS.term * plan.terms.length;
  const connection = suggestionConnection<Expert>(
    plan.window,
    ranked,
    (row, cursor) => {
      const expert = expertById.get(row.id);
      if (!expert || expert instanceof Error) return null;
      const r = row as RankedExpert;
      const reasons: string[] = [];
      const field = expert.researchFieldId === null ? undefined : fieldById.get(expert.researchFieldId);
      if (r.field && field && !(field instanceof Error)) {
        reasons.push(`Works in ${bilingual(field.nameZh, field.nameEn)}, ${about.fields.get(field.id) ?? FieldSource.APPLICATION}`);
      }
      const expertHits = hits.get(r.id) ?? [];
      for (const keyword of plan.terms) {
        const where = whereMentioned(keyword, expertHits);
        if (where.length) reasons.push(`${mentionSentence(where, keyword)}, a word of the application's name`);
      }
      return { node: expert, score: scoreOf(r.points, maxPoints), reasons, cursor };
    },
    () => loaders.batch(COUNT_REVIEWERS).load(plan),
  );
  // Read only when asked, like totalCount: the whole pool's exclusions, whatever page this is.
  let excluded: Promise<ExcludedExpert[]> | null = null;
  const readExcluded = async (): Promise<ExcludedExpert[]> => {
    const rows = await loaders.batch(EXCLUDED_REVIEWERS).load(plan);
    const found = await loaders.byId(Expert).loadMany(rows.map((row) => row.expertId));
    return rows.flatMap((row, i) => {
      const expert = found[i];
      return expert && !(expert instanceof Error) ? [{ expert, reasons: row.reasons.map((reason) => EXCLUSION_SENTENCES[reason](unitName)) }] : [];
    });
  };
  return Object.defineProperty(connection, 'excluded', { enumerable: true, get: () => (excluded ??= readExcluded()) }) as ReviewerSuggestions;
}
