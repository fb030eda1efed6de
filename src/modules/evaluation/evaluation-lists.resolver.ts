/** Every list whose nodes are evaluations, one class per parent type: a station's yearly evaluations (the list is in evaluation.loaders.ts). */
import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { childConnection } from '../../graphql/child-connection';
import { PageArgs } from '../../graphql/connection';
import { Station } from '../station/station.entity';
import { STATION_EVALUATIONS } from './evaluation.loaders';
import { EvaluationConnection } from './evaluation.types';

@Resolver(() => Station)
export class StationEvaluationListsResolver {
  @FieldResolver(() => EvaluationConnection, { description: 'Yearly evaluations, oldest first.' })
  evaluations(@Root() station: Station, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, STATION_EVALUATIONS, station.id, page, info);
  }
}
