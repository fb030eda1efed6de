/** Connection types of the reference module (ResearchFieldConnection lives in station.types). */
import { NodeConnection } from '../../graphql/connection';
import { District } from './district.entity';

export const DistrictConnection = NodeConnection(District, 'District');
