/** Every list whose nodes are evaluations, one resolver per parent type: a station's yearly evaluations (the list is in evaluation.loaders.ts). */
import { ListFieldsResolver, listField } from '../../graphql/list-fields';
import { Station } from '../station/station.entity';
import { STATION_EVALUATIONS } from './evaluation.loaders';
import { EvaluationConnection } from './evaluation.types';

export const StationEvaluationListsResolver = ListFieldsResolver(Station, {
  evaluations: listField(STATION_EVALUATIONS, EvaluationConnection, { description: 'Yearly evaluations, oldest first.' }),
});
