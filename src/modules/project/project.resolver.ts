/** Projects: the root list and a project's relations, all to-one. Lists of projects live in project-lists.resolver.ts. */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { PageArgs } from '../../graphql/connection';
import type { OrderInput } from '../../graphql/ordering';
import { rootConnection, rootList } from '../../graphql/root-list';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { Organization } from '../organization/organization.entity';
import { OrganizationInterface } from '../organization/organization.types';
import { ResearchField } from '../reference/research-field.entity';
import { Station } from '../station/station.entity';
import { Talent } from '../talent/talent.entity';
import { Project } from './project.entity';
import { PROJECT_ORDER, ProjectFilter } from './project.inputs';
import { projectFilter } from './project.service';
import { ProjectConnection } from './project.types';

const PROJECTS = rootList(Project, PROJECT_ORDER, projectFilter);

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => ProjectConnection, { description: 'Overseas projects (海外项目) introduced through stations or incubated at bases.' })
  projects(
    @Args() page: PageArgs,
    @Arg('filter', () => ProjectFilter, { nullable: true }) filter: ProjectFilter | null,
    @Arg('orderBy', () => PROJECT_ORDER.input, { nullable: true, description: 'Default: oldest first (by id).' }) orderBy: OrderInput<string> | null,
    @Ctx() { loaders }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootConnection(loaders, PROJECTS, page, filter, orderBy, info);
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
