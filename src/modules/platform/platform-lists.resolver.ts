/** Platform lists on research fields (the lists are in platform.loaders.ts). */
import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { childConnection } from '../../graphql/child-connection';
import { PageArgs } from '../../graphql/connection';
import { ResearchField } from '../reference/research-field.entity';
import { PlatformConnection } from './platform.types';
import { RESEARCH_FIELD_PLATFORMS } from './platform.loaders';

@Resolver(() => ResearchField)
export class ResearchFieldPlatformListsResolver {
  @FieldResolver(() => PlatformConnection, { description: 'Platforms working in the field.' })
  platforms(@Root() field: ResearchField, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, RESEARCH_FIELD_PLATFORMS, field.id, page, info);
  }
}
