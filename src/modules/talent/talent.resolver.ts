/** Talents: the root list, one by id, the organisation a talent works for and its ambassador appointment. Lists hanging off a talent live with what they list. */
import { ReadResolver, toOne } from '../../graphql/read-resolver';
import { OrganizationInterface } from '../organization/organization.types';
import { Organization } from '../organization/organization.entity';
import { AmbassadorAppointment } from './ambassador-appointment.entity';
import { Talent } from './talent.entity';
import { TALENT_ORDER, TalentFilter, talentFilter } from './talent.filters';
import { TalentConnection } from './talent.types';

export const TalentResolver = ReadResolver(Talent, {
  list: { name: 'talents', connection: TalentConnection, filter: TalentFilter, where: talentFilter, ordering: TALENT_ORDER, description: 'Overseas high-level talents (海外高层次人才).' },
  byId: { name: 'talent' },
  links: {
    affiliation: toOne(() => OrganizationInterface, 'affiliationId', { entity: () => Organization, nullable: true, description: 'The organisation the talent works for.' }),
    // The appointment holds the talent's id (one per talent), not the other way round.
    ambassadorAppointment: { type: () => AmbassadorAppointment, by: 'talent_id', nullable: true, description: 'The HAIZHI ambassador appointment (海智大使), if any.' },
  },
});
