/** Connection types of the activity module (ActivityConnection is declared with the station's lists, which came first). */
import { NodeConnection } from '../../graphql/connection';
import { ActivityParticipant } from './activity-participant.entity';

export { ActivityConnection } from '../station/station.types';

export const ActivityParticipantConnection = NodeConnection(ActivityParticipant, 'ActivityParticipant');
