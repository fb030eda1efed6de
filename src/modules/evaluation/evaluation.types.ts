/** Connection types whose nodes are evaluations. */
import { NodeConnection } from '../../graphql/connection';
import { Evaluation } from './evaluation.entity';

export const EvaluationConnection = NodeConnection(Evaluation, 'Evaluation');
