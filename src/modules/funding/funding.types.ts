/** Connection types of the funding module (FundingGrantConnection is declared with the station's lists, which came first). */
import { NodeConnection } from '../../graphql/connection';
import { Disbursement } from './disbursement.entity';

export { FundingGrantConnection } from '../station/station.types';

export const DisbursementConnection = NodeConnection(Disbursement, 'Disbursement');
