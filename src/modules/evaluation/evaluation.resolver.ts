/** Evaluations: the root list and the station evaluated. A station's evaluations are listed in evaluation-lists.resolver.ts. */
import { ReadResolver, toOne } from '../../graphql/read-resolver';
import { Station } from '../station/station.entity';
import { Evaluation } from './evaluation.entity';
import { EVALUATION_ORDER, EvaluationFilter, evaluationFilter } from './evaluation.filters';
import { EvaluationConnection } from './evaluation.types';

export const EvaluationResolver = ReadResolver(Evaluation, {
  list: {
    name: 'evaluations',
    connection: EvaluationConnection,
    filter: EvaluationFilter,
    where: evaluationFilter,
    ordering: EVALUATION_ORDER,
    description: "Stations' yearly performance evaluations (绩效评价).",
  },
  links: {
    station: toOne(() => Station, 'stationId', { description: 'The station evaluated.' }),
  },
});
