/** Every list whose nodes are evaluations, on each parent type: a station's yearly evaluations (the list is in evaluation.relations.ts). */
import { ListFieldsResolvers } from '../../graphql/list-fields';
import { Station } from '../station/station.entity';
import * as lists from './evaluation.relations';
import { EvaluationConnection as connection } from './evaluation.types';

export const EvaluationListsResolvers = ListFieldsResolvers([
  { on: Station, list: lists.STATION_EVALUATIONS, connection, description: 'Yearly evaluations, oldest first.' },
]);
