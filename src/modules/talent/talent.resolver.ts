/** Talents: the root list, one by id, the organisation a talent works for and its ambassador appointment. Lists hanging off a talent live with what they list. */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { PageArgs } from '../../graphql/connection';
import { fromGlobalId } from '../../graphql/global-id';
import type { OrderInput } from '../../graphql/ordering';
import { rootConnection, rootList } from '../../graphql/root-list';
import { OrganizationInterface } from '../organization/organization.types';
import { Organization } from '../organization/organization.entity';
import { AmbassadorAppointment } from './ambassador-appointment.entity';
import { Talent } from './talent.entity';
import { TALENT_ORDER, TalentFilter } from './talent.inputs';
import { talentFilter } from './talent.service';
import * as types from './talent.types';

const TALENTS = rootList(Talent, TALENT_ORDER, talentFilter);

@Resolver(() => Talent)
export class TalentResolver {
  @Query(() => types.TalentConnection, { description: 'Overseas high-level talents (海外高层次人才).' })
  talents(
    @Args() page: PageArgs,
    @Arg('filter', () => TalentFilter, { nullable: true }) filter: TalentFilter | null,
    @Arg('orderBy', () => TALENT_ORDER.input, { nullable: true, description: 'Default: oldest first (by id).' }) orderBy: OrderInput<string> | null,
    @Ctx() { loaders }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootConnection(loaders, TALENTS, page, filter, orderBy, info);
  }

  @Query(() => Talent, { nullable: true, description: 'One talent by its global id; null when there is none.' })
  talent(@Arg('id', () => ID) id: string, @Ctx() { loaders }: AppContext) {
    return loaders.byId(Talent).load(fromGlobalId(id, 'id', ['Talent']).id);
  }

  @FieldResolver(() => OrganizationInterface, { nullable: true, description: 'The organisation the talent works for.' })
  affiliation(@Root() talent: Talent, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(Organization, talent.affiliationId);
  }

  @FieldResolver(() => AmbassadorAppointment, { nullable: true, description: 'The HAIZHI ambassador appointment (海智大使), if any.' })
  ambassadorAppointment(@Root() talent: Talent, @Ctx() { loaders }: AppContext) {
    return loaders.oneBy(AmbassadorAppointment, 'talent_id').load(talent.id);
  }
}
