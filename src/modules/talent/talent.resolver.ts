import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { ID_SORT } from '../../db/keyset';
import { childConnection } from '../../graphql/child-connection';
import { PageArgs, toConnection, toWindow } from '../../graphql/connection';
import { rootProjection } from '../../graphql/projection';
import { fromGlobalId, rowIdsOf } from '../../graphql/global-id';
import { sortKey } from '../../graphql/ordering';
import { ORGANIZATION_TYPE_NAMES, OrganizationInterface } from '../organization/organization.types';
import { Organization } from '../organization/organization.entity';
import { ProjectConnection, ResearchFieldConnection } from '../station/station.types';
import { AmbassadorAppointment } from './ambassador-appointment.entity';
import { EngagementChildEdge } from './engagement.types';
import { Talent } from './talent.entity';
import { TALENT_SORT_FIELDS, TalentFilter, TalentOrder } from './talent.inputs';
import * as lists from './talent.loaders';
import { TalentCriteria } from './talent.service';
import * as types from './talent.types';

export function talentCriteria(filter: TalentFilter | null | undefined): TalentCriteria {
  if (!filter) return {};
  return {
    ...filter,
    stationIds: rowIdsOf(filter.stationIds, 'Station', 'filter.stationIds'),
    researchFieldIds: rowIdsOf(filter.researchFieldIds, 'ResearchField', 'filter.researchFieldIds'),
    // Affiliations are organisations of any kind: their ids name the concrete type.
    affiliationIds: rowIdsOf(filter.affiliationIds, ORGANIZATION_TYPE_NAMES, 'filter.affiliationIds'),
  };
}

@Resolver(() => Talent)
export class TalentResolver {
  @Query(() => types.TalentConnection, { description: 'Overseas high-level talents (海外高层次人才).' })
  async talents(
    @Args() page: PageArgs,
    @Arg('filter', () => TalentFilter, { nullable: true }) filter: TalentFilter | null,
    @Arg('orderBy', () => TalentOrder, { nullable: true, description: 'Default: oldest first (by id).' }) orderBy: TalentOrder | null,
    @Ctx() { services }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const sort = orderBy ? sortKey(TALENT_SORT_FIELDS, orderBy.field, orderBy.direction) : ID_SORT;
    const criteria = talentCriteria(filter);
    const rows = await services.talents.list(criteria, sort, toWindow(page, sort), rootProjection(info, Talent, sort));
    return toConnection(rows, sort, () => services.talents.count(criteria));
  }

  @Query(() => Talent, { nullable: true, description: 'One talent by its global id; null when there is none.' })
  talent(@Arg('id', () => ID) id: string, @Ctx() { loaders }: AppContext) {
    return loaders.byId(Talent).load(fromGlobalId(id, 'id', ['Talent']).id);
  }

  @FieldResolver(() => OrganizationInterface, { nullable: true, description: 'The organisation the talent works for.' })
  affiliation(@Root() talent: Talent, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(Organization, talent.affiliationId);
  }

  @FieldResolver(() => types.TalentStationConnection, { description: 'Stations the talent is engaged at; the edge carries the engagement.' })
  stations(@Root() talent: Talent, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.TALENT_STATIONS, talent.id, page, EngagementChildEdge, info);
  }

  @FieldResolver(() => types.TalentBaseConnection, { description: 'Offshore bases the talent is engaged at; the edge carries the engagement.' })
  offshoreBases(@Root() talent: Talent, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.TALENT_BASES, talent.id, page, EngagementChildEdge, info);
  }

  @FieldResolver(() => ProjectConnection, { description: 'Projects the talent brought in.' })
  projects(@Root() talent: Talent, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.TALENT_PROJECTS, talent.id, page, undefined, info);
  }

  @FieldResolver(() => ResearchFieldConnection)
  researchFields(@Root() talent: Talent, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.TALENT_RESEARCH_FIELDS, talent.id, page, undefined, info);
  }

  @FieldResolver(() => AmbassadorAppointment, { nullable: true, description: 'The HAIZHI ambassador appointment (海智大使), if any.' })
  ambassadorAppointment(@Root() talent: Talent, @Ctx() { loaders }: AppContext) {
    return loaders.oneBy(AmbassadorAppointment, 'talent_id').load(talent.id);
  }
}
