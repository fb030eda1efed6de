/** Grants: the root list, who received and who co-funds a grant; a disbursement's grant. Lists live in funding-lists.resolver.ts and with what they list. */
import { ReadResolver, toOne } from '../../graphql/read-resolver';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { District } from '../reference/district.entity';
import { Station } from '../station/station.entity';
import { Disbursement } from './disbursement.entity';
import { FundingGrant } from './funding-grant.entity';
import { FUNDING_GRANT_ORDER, FundingGrantFilter, fundingGrantFilter } from './funding.filters';
import { FundingGrantConnection } from './funding.types';

export const FundingGrantResolver = ReadResolver(FundingGrant, {
  list: {
    name: 'fundingGrants',
    connection: FundingGrantConnection,
    filter: FundingGrantFilter,
    where: fundingGrantFilter,
    ordering: FUNDING_GRANT_ORDER,
    description: 'Funding grants (经费): establishment funding, district matching funds, academic-exchange grants.',
  },
  links: {
    station: toOne(() => Station, 'stationId', { nullable: true, description: 'The station the grant was awarded to; null when a base received it.' }),
    offshoreBase: toOne(() => OffshoreBase, 'offshoreBaseId', { nullable: true, description: 'The offshore base the grant was awarded to; null when a station received it.' }),
    funderDistrict: toOne(() => District, 'funderDistrictId', { nullable: true, description: 'The district paying matching funds; null when CQAST pays.' }),
  },
});

export const DisbursementResolver = ReadResolver(Disbursement, {
  links: {
    fundingGrant: toOne(() => FundingGrant, 'fundingGrantId', { description: 'The grant the payment was made against.' }),
  },
});
