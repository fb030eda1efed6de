/**
 * What approving an application creates, in the approval's transaction: the station head (from the
 * proposed head talent; station_head.talent_id links them), the station (ACTIVE, approved in the
 * application's round, valid for 3 years), its research fields (copied from the application), its
 * establishment grant (config.programme.establishmentGrantCny; nothing is paid until a
 * disbursement) and the first entry of its status history.
 */
import type { Mutation } from '../../write/mutation';
import { FundingGrant, GrantKind } from '../funding/funding-grant.entity';
import { StationHead } from '../station/station-head.entity';
import { StationResearchField } from '../station/station-research-field.entity';
import { StationStatus } from '../station/station-status';
import { recordStatusChange } from '../station/station-transitions';
import { Station } from '../station/station.entity';
import { validUntilFor } from '../station/validity';
import { Talent } from '../talent/talent.entity';
import { StationApplication } from './station-application.entity';

/** The first history entry's reason, as the seeded stations word it. */
export const APPROVAL_REASON = '经专家评审、实地考察和公示，获批设立重庆海智工作站。';

export interface Establishment {
  station: Station;
  /** Null only for an application without a proposed head (see below). */
  stationHead: StationHead | null;
  grant: FundingGrant;
}

async function linkedFieldIds(m: Mutation, applicationId: number): Promise<number[]> {
  const [query, parameters] = m.tx.dataSource.driver.escapeQueryWithParameters(
    'SELECT research_field_id AS id FROM application_research_field WHERE application_id = :id ORDER BY id',
    { id: applicationId },
  );
  return m.loaders.read<{ id: number | string }, number[]>(query, parameters, (rows) => rows.map((row) => Number(row.id)));
}

/** Creates the station an approved application sets up (`station-created` is a checkpoint where tests inject a failure). */
export async function establishStation(m: Mutation, application: StationApplication): Promise<Establishment> {
  const talent = await m.loaders.maybe(Talent, application.proposedHeadTalentId);
  // Qualification requires a proposed head, so only applications from before the platform (seeded
  // ones) arrive without one: their station starts without a head, as some of the article's do.
  const stationHead = talent
    ? await m.insert(StationHead, {
        nameZh: talent.name,
        nameEn: talent.nameEn,
        position: null,
        certifiedOn: null,
        email: talent.email,
        phone: talent.phone,
        talentId: talent.id,
      })
    : null;
  const station = await m.insert(Station, {
    nameZh: application.proposedName,
    nameEn: null,
    hostUnitId: application.hostUnitId,
    districtId: application.districtId,
    headId: stationHead?.id ?? null,
    offshoreBaseId: null,
    status: StationStatus.ACTIVE,
    approvalYear: application.roundYear,
    approvalBatch: null,
    approvedOn: m.today,
    validUntil: validUntilFor(m.today),
  });
  m.checkpoint('station-created');
  for (const researchFieldId of await linkedFieldIds(m, application.id)) await m.insert(StationResearchField, { stationId: station.id, researchFieldId });
  const grant = await m.insert(FundingGrant, {
    kind: GrantKind.ESTABLISHMENT,
    title: `${station.nameZh}建站工作经费`,
    stationId: station.id,
    offshoreBaseId: null,
    funderDistrictId: null,
    year: station.approvalYear,
    amountCny: m.programme.establishmentGrantCny,
    awardedOn: m.today,
    disbursedCny: 0,
  });
  await recordStatusChange(m, station, null, APPROVAL_REASON);
  return { station, stationHead, grant };
}
