/** A HAIZHI ambassador appointment (海智大使) leads back to its talent. */
import { ReadResolver, toOne } from '../../graphql/read-resolver';
import { AmbassadorAppointment } from './ambassador-appointment.entity';
import { Talent } from './talent.entity';

export const AmbassadorAppointmentResolver = ReadResolver(AmbassadorAppointment, {
  links: { talent: toOne(() => Talent, 'talentId', { description: 'The talent appointed.' }) },
});
