/** Connection types whose nodes are grants and their disbursements. */
import { NodeConnection } from '../../graphql/connection';
import { Disbursement } from './disbursement.entity';
import { FundingGrant } from './funding-grant.entity';

export const FundingGrantConnection = NodeConnection(FundingGrant, 'FundingGrant');

export const DisbursementConnection = NodeConnection(Disbursement, 'Disbursement');
