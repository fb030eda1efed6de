import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { ID_SORT } from '../../db/keyset';
import { PageArgs, toConnection, toWindow } from '../../graphql/connection';
import { rootProjection } from '../../graphql/projection';
import { rowIdsOf } from '../../graphql/global-id';
import { sortKey } from '../../graphql/ordering';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { Organization } from '../organization/organization.entity';
import { ORGANIZATION_TYPE_NAMES, OrganizationInterface } from '../organization/organization.types';
import { ResearchField } from '../reference/research-field.entity';
import { Station } from '../station/station.entity';
import { Talent } from '../talent/talent.entity';
import { Project } from './project.entity';
import { PROJECT_SORT_FIELDS, ProjectFilter, ProjectOrder } from './project.inputs';
import { ProjectCriteria } from './project.service';
import { ProjectConnection } from './project.types';

export function projectCriteria(filter: ProjectFilter | null | undefined): ProjectCriteria {
  if (!filter) return {};
  return {
    ...filter,
    researchFieldIds: rowIdsOf(filter.researchFieldIds, 'ResearchField', 'filter.researchFieldIds'),
    stationIds: rowIdsOf(filter.stationIds, 'Station', 'filter.stationIds'),
    offshoreBaseIds: rowIdsOf(filter.offshoreBaseIds, 'OffshoreBase', 'filter.offshoreBaseIds'),
    // Partners are organisations of any kind: their ids name the concrete type.
    partnerOrganizationIds: rowIdsOf(filter.partnerOrganizationIds, ORGANIZATION_TYPE_NAMES, 'filter.partnerOrganizationIds'),
    talentIds: rowIdsOf(filter.talentIds, 'Talent', 'filter.talentIds'),
  };
}

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => ProjectConnection, { description: 'Overseas projects (海外项目) introduced through stations or incubated at bases.' })
  async projects(
    @Args() page: PageArgs,
    @Arg('filter', () => ProjectFilter, { nullable: true }) filter: ProjectFilter | null,
    @Arg('orderBy', () => ProjectOrder, { nullable: true, description: 'Default: oldest first (by id).' }) orderBy: ProjectOrder | null,
    @Ctx() { services }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const sort = orderBy ? sortKey(PROJECT_SORT_FIELDS, orderBy.field, orderBy.direction) : ID_SORT;
    const criteria = projectCriteria(filter);
    const rows = await services.projects.list(criteria, sort, toWindow(page, sort), rootProjection(info, Project, sort));
    return toConnection(rows, sort, () => services.projects.count(criteria));
  }

  @FieldResolver(() => Station, { nullable: true, description: 'The station the project was introduced through; null when a base incubated it.' })
  station(@Root() project: Project, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(Station, project.stationId);
  }

  @FieldResolver(() => OffshoreBase, { nullable: true, description: 'The offshore base incubating the project; null when a station introduced it.' })
  offshoreBase(@Root() project: Project, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(OffshoreBase, project.offshoreBaseId);
  }

  @FieldResolver(() => OrganizationInterface, { nullable: true, description: 'The partner organisation the project came from, if any.' })
  partnerOrganization(@Root() project: Project, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(Organization, project.partnerOrganizationId);
  }

  @FieldResolver(() => Talent, { nullable: true, description: 'The talent who brought the project in, if any.' })
  talent(@Root() project: Project, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(Talent, project.talentId);
  }

  @FieldResolver(() => ResearchField, { nullable: true })
  researchField(@Root() project: Project, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(ResearchField, project.researchFieldId);
  }
}
