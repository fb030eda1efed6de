/** Connection types of the evaluation module (EvaluationConnection is declared with the station's lists, which came first). */
export { EvaluationConnection } from '../station/station.types';
