/**
 * Every list whose nodes are grants or disbursements, on each parent type: the grants of stations
 * and bases, the matching funds a district pays, a grant's payments (the lists are in
 * funding.relations.ts).
 */
import { ListFieldsResolvers } from '../../graphql/list-fields';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { District } from '../reference/district.entity';
import { Station } from '../station/station.entity';
import { FundingGrant } from './funding-grant.entity';
import * as lists from './funding.relations';
import { DisbursementConnection, FundingGrantConnection } from './funding.types';

export const FundingListsResolvers = ListFieldsResolvers([
  { on: Station, list: lists.STATION_GRANTS, connection: FundingGrantConnection, description: 'Grants awarded to the station.' },
  { on: OffshoreBase, list: lists.OFFSHORE_BASE_GRANTS, connection: FundingGrantConnection, description: 'Grants awarded to the base.' },
  { on: District, list: lists.DISTRICT_FUNDED_GRANTS, connection: FundingGrantConnection, description: 'Matching funds (配套经费) the district pays.' },
  { on: FundingGrant, list: lists.FUNDING_GRANT_DISBURSEMENTS, connection: DisbursementConnection, description: 'Payments made against the grant (拨付), oldest first.' },
]);
