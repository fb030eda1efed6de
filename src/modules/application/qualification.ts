/**
 * The qualification check (资格审查): what an application must meet before experts spend time on
 * it. From DOMAIN.md's notices: at least 100 m² of service space and dedicated staff; and what the
 * station it would create needs: a head (whose name fits a station head's), at least one research
 * field, and a name no station and no other qualified application holds (station names are
 * unique). "Steady channels to overseas talent" cannot be checked from data: the experts judge it.
 */
import type { InputProblem } from '../../domain-errors';
import type { Mutation } from '../../write/mutation';
import { Talent } from '../talent/talent.entity';
import { ApplicationStatus, StationApplication } from './station-application.entity';

export const MIN_SERVICE_AREA_M2 = 100;
export const MIN_DEDICATED_STAFF = 1;
/** Length of station_head.name_zh, which approval copies the proposed head's name into. */
const MAX_HEAD_NAME = 80;

/** Applications that passed qualification and are still open: each holds its proposed name. */
const NAME_HOLDERS = [ApplicationStatus.QUALIFIED, ApplicationStatus.UNDER_REVIEW, ApplicationStatus.INSPECTED, ApplicationStatus.PUBLICIZED];

async function count(m: Mutation, sql: string, parameters: Record<string, unknown>): Promise<number> {
  const [query, values] = m.tx.dataSource.driver.escapeQueryWithParameters(sql, parameters);
  return m.loaders.read<{ n: number | string }, number>(query, values, (rows) => Number(rows[0]?.n ?? 0));
}

/** How many research fields the application names. */
export function researchFieldCount(m: Mutation, applicationId: number): Promise<number> {
  return count(m, 'SELECT COUNT(*) AS n FROM application_research_field WHERE application_id = :id', { id: applicationId });
}

/** Whether a station already bears `name`. */
export async function stationNamed(m: Mutation, name: string): Promise<boolean> {
  return (await count(m, 'SELECT COUNT(*) AS n FROM station WHERE name_zh = :name', { name })) > 0;
}

/** Each condition the application does not meet, as a problem naming the application's field; empty when it qualifies. */
export async function unmetConditions(m: Mutation, application: StationApplication): Promise<InputProblem[]> {
  const problems: InputProblem[] = [];
  if (application.serviceAreaM2 < MIN_SERVICE_AREA_M2) {
    problems.push({ path: 'application.serviceAreaM2', message: `the unit offers ${application.serviceAreaM2} m² of service space; a station needs at least ${MIN_SERVICE_AREA_M2} m²` });
  }
  if (application.dedicatedStaff < MIN_DEDICATED_STAFF) {
    problems.push({ path: 'application.dedicatedStaff', message: 'the unit commits no dedicated staff; a station needs at least one person working for it' });
  }
  const head = await m.loaders.maybe(Talent, application.proposedHeadTalentId);
  if (!head) {
    problems.push({ path: 'application.proposedHead', message: 'no station head is proposed; propose the talent who would head the station' });
  } else if (head.name.length > MAX_HEAD_NAME) {
    // A talent's name may be longer than a station head's (station_head.name_zh): the head could not be recorded.
    problems.push({ path: 'application.proposedHead', message: `the proposed head's name is longer than the ${MAX_HEAD_NAME} characters a station head's name may have; shorten it on the talent` });
  }
  if ((await researchFieldCount(m, application.id)) === 0) {
    problems.push({ path: 'application.researchFields', message: 'no research field is named; name at least one field the station would work in' });
  }
  if (await stationNamed(m, application.proposedName)) {
    problems.push({ path: 'application.proposedName', message: `a station named "${application.proposedName}" exists already; propose another name` });
  } else {
    const holders = await count(m, 'SELECT COUNT(*) AS n FROM station_application WHERE proposed_name = :name AND id <> :id AND status IN (:...holders)', {
      name: application.proposedName,
      id: application.id,
      holders: NAME_HOLDERS,
    });
    if (holders > 0) problems.push({ path: 'application.proposedName', message: `another qualified application proposes the name "${application.proposedName}"; propose another name` });
  }
  return problems;
}
