/** Connection types whose nodes are districts and research fields. */
import { NodeConnection } from '../../graphql/connection';
import { District } from './district.entity';
import { ResearchField } from './research-field.entity';

export const DistrictConnection = NodeConnection(District, 'District');

export const ResearchFieldConnection = NodeConnection(ResearchField, 'ResearchField');
