/**
 * Every list whose nodes are grants or disbursements, one resolver per parent type: the grants of
 * stations and bases, the matching funds a district pays, a grant's payments (the lists are in
 * funding.loaders.ts).
 */
import { ListFieldsResolver, listField } from '../../graphql/list-fields';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { District } from '../reference/district.entity';
import { Station } from '../station/station.entity';
import { FundingGrant } from './funding-grant.entity';
import * as lists from './funding.loaders';
import { DisbursementConnection, FundingGrantConnection } from './funding.types';

export const StationGrantListsResolver = ListFieldsResolver(Station, {
  grants: listField(lists.STATION_GRANTS, FundingGrantConnection, { description: 'Grants awarded to the station.' }),
});

export const OffshoreBaseGrantListsResolver = ListFieldsResolver(OffshoreBase, {
  grants: listField(lists.OFFSHORE_BASE_GRANTS, FundingGrantConnection, { description: 'Grants awarded to the base.' }),
});

export const DistrictGrantListsResolver = ListFieldsResolver(District, {
  fundedGrants: listField(lists.DISTRICT_FUNDED_GRANTS, FundingGrantConnection, { description: 'Matching funds (配套经费) the district pays.' }),
});

export const FundingGrantDisbursementListsResolver = ListFieldsResolver(FundingGrant, {
  disbursements: listField(lists.FUNDING_GRANT_DISBURSEMENTS, DisbursementConnection, {
    description: 'Payments made against the grant (拨付), oldest first.',
  }),
});
