/** The lists whose nodes are evaluations. */
import type { ChildList } from '../../db/child-lists';
import { Evaluation } from './evaluation.entity';

/** station.evaluations: the station's yearly evaluations. */
export const STATION_EVALUATIONS: ChildList<Evaluation> = { name: 'station.evaluations', node: Evaluation, parentColumn: 'station_id' };
