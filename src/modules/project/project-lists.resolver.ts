/** Every list whose nodes are projects, one class per parent type: on stations, bases, organisations, talents and research fields (the lists are in project.loaders.ts). */
import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { childConnection } from '../../graphql/child-connection';
import { PageArgs } from '../../graphql/connection';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { OrganizationInterface } from '../organization/organization.types';
import { ResearchField } from '../reference/research-field.entity';
import { Station } from '../station/station.entity';
import { Talent } from '../talent/talent.entity';
import * as lists from './project.loaders';
import { ProjectConnection } from './project.types';

@Resolver(() => Station)
export class StationProjectListsResolver {
  @FieldResolver(() => ProjectConnection, { description: 'Overseas projects introduced through the station.' })
  projects(@Root() station: Station, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.STATION_PROJECTS, station.id, page, info);
  }
}

@Resolver(() => OffshoreBase)
export class OffshoreBaseProjectListsResolver {
  @FieldResolver(() => ProjectConnection, { description: 'Overseas projects incubated at the base.' })
  projects(@Root() base: OffshoreBase, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.OFFSHORE_BASE_PROJECTS, base.id, page, info);
  }
}

@Resolver(() => OrganizationInterface)
export class OrganizationProjectListsResolver {
  @FieldResolver(() => ProjectConnection, { description: 'Projects the organisation is the partner of.' })
  projects(@Root() organization: OrganizationInterface, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.ORGANIZATION_PROJECTS, organization.id, page, info);
  }
}

@Resolver(() => Talent)
export class TalentProjectListsResolver {
  @FieldResolver(() => ProjectConnection, { description: 'Projects the talent brought in.' })
  projects(@Root() talent: Talent, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.TALENT_PROJECTS, talent.id, page, info);
  }
}

@Resolver(() => ResearchField)
export class ResearchFieldProjectListsResolver {
  @FieldResolver(() => ProjectConnection, { description: 'Projects in the field.' })
  projects(@Root() field: ResearchField, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.RESEARCH_FIELD_PROJECTS, field.id, page, info);
  }
}
