/** Project lists on research fields (the lists are in project.loaders.ts). */
import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { childConnection } from '../../graphql/child-connection';
import { PageArgs } from '../../graphql/connection';
import { ResearchField } from '../reference/research-field.entity';
import { ProjectConnection } from './project.types';
import { RESEARCH_FIELD_PROJECTS } from './project.loaders';

@Resolver(() => ResearchField)
export class ResearchFieldProjectListsResolver {
  @FieldResolver(() => ProjectConnection, { description: 'Projects in the field.' })
  projects(@Root() field: ResearchField, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, RESEARCH_FIELD_PROJECTS, field.id, page, info);
  }
}
