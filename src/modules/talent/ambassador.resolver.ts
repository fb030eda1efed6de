/** A HAIZHI ambassador appointment (海智大使) leads back to its talent. */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { AmbassadorAppointment } from './ambassador-appointment.entity';
import { Talent } from './talent.entity';

@Resolver(() => AmbassadorAppointment)
export class AmbassadorAppointmentResolver {
  @FieldResolver(() => Talent, { description: 'The talent appointed.' })
  talent(@Root() appointment: AmbassadorAppointment, @Ctx() { loaders }: AppContext) {
    return loaders.byId(Talent).load(appointment.talentId);
  }
}
