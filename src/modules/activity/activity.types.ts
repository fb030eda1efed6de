/** Connection types whose nodes are activities and their participants. */
import { NodeConnection } from '../../graphql/connection';
import { ActivityParticipant } from './activity-participant.entity';
import { Activity } from './activity.entity';

export const ActivityConnection = NodeConnection(Activity, 'Activity');

export const ActivityParticipantConnection = NodeConnection(ActivityParticipant, 'ActivityParticipant');
