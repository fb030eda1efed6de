import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { childConnection } from '../../graphql/child-connection';
import { PageArgs } from '../../graphql/connection';
import { fromGlobalId } from '../../graphql/global-id';
import type { OrderInput } from '../../graphql/ordering';
import { rootConnection, rootList } from '../../graphql/root-list';
import { OrganizationInterface } from '../organization/organization.types';
import { Organization } from '../organization/organization.entity';
import { TalentBaseConnection } from '../offshore-base/offshore-base.types';
import { ProjectConnection } from '../project/project.types';
import { ResearchFieldConnection } from '../reference/reference.types';
import { TalentStationConnection } from '../station/station.types';
import { AmbassadorAppointment } from './ambassador-appointment.entity';
import { EngagementChildEdge } from './engagement.types';
import { Talent } from './talent.entity';
import { TALENT_ORDER, TalentFilter } from './talent.inputs';
import { talentFilter } from './talent.service';
import * as types from './talent.types';
import { TALENT_BASES } from '../offshore-base/offshore-base.loaders';
import { TALENT_PROJECTS } from '../project/project.loaders';
import { TALENT_RESEARCH_FIELDS } from '../reference/reference.loaders';
import { TALENT_STATIONS } from '../station/station.loaders';

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

  @FieldResolver(() => TalentStationConnection, { description: 'Stations the talent is engaged at; the edge carries the engagement.' })
  stations(@Root() talent: Talent, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, TALENT_STATIONS, talent.id, page, info, EngagementChildEdge);
  }

  @FieldResolver(() => TalentBaseConnection, { description: 'Offshore bases the talent is engaged at; the edge carries the engagement.' })
  offshoreBases(@Root() talent: Talent, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, TALENT_BASES, talent.id, page, info, EngagementChildEdge);
  }

  @FieldResolver(() => ProjectConnection, { description: 'Projects the talent brought in.' })
  projects(@Root() talent: Talent, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, TALENT_PROJECTS, talent.id, page, info);
  }

  @FieldResolver(() => ResearchFieldConnection)
  researchFields(@Root() talent: Talent, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, TALENT_RESEARCH_FIELDS, talent.id, page, info);
  }

  @FieldResolver(() => AmbassadorAppointment, { nullable: true, description: 'The HAIZHI ambassador appointment (海智大使), if any.' })
  ambassadorAppointment(@Root() talent: Talent, @Ctx() { loaders }: AppContext) {
    return loaders.oneBy(AmbassadorAppointment, 'talent_id').load(talent.id);
  }
}
