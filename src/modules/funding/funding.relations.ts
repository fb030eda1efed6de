/** The lists whose nodes are grants or their disbursements, under whichever parent they hang off. */
import type { ChildList } from '../../db/child-lists';
import { Disbursement } from './disbursement.entity';
import { FundingGrant } from './funding-grant.entity';

/** fundingGrant.disbursements: payments made against the grant. */
export const FUNDING_GRANT_DISBURSEMENTS: ChildList<Disbursement> = {
  name: 'fundingGrant.disbursements',
  node: Disbursement,
  parentColumn: 'funding_grant_id',
};

/** station.grants: grants awarded to a station. */
export const STATION_GRANTS: ChildList<FundingGrant> = { name: 'station.grants', node: FundingGrant, parentColumn: 'station_id' };

/** offshoreBase.grants: grants awarded to a base. */
export const OFFSHORE_BASE_GRANTS: ChildList<FundingGrant> = { name: 'offshoreBase.grants', node: FundingGrant, parentColumn: 'offshore_base_id' };

/** district.fundedGrants: matching funds a district pays (配套经费). */
export const DISTRICT_FUNDED_GRANTS: ChildList<FundingGrant> = {
  name: 'district.fundedGrants',
  node: FundingGrant,
  parentColumn: 'funder_district_id',
};
