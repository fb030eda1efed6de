/** Evaluations: the root list and the station evaluated. A station's evaluations are listed in evaluation-lists.resolver.ts. */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { PageArgs } from '../../graphql/connection';
import type { OrderInput } from '../../graphql/ordering';
import { rootConnection, rootList } from '../../graphql/root-list';
import { Station } from '../station/station.entity';
import { Evaluation } from './evaluation.entity';
import { EVALUATION_ORDER, EvaluationFilter } from './evaluation.inputs';
import { evaluationFilter } from './evaluation.service';
import { EvaluationConnection } from './evaluation.types';

const EVALUATIONS = rootList(Evaluation, EVALUATION_ORDER, evaluationFilter);

@Resolver(() => Evaluation)
export class EvaluationResolver {
  @Query(() => EvaluationConnection, { description: "Stations' yearly performance evaluations (绩效评价)." })
  evaluations(
    @Args() page: PageArgs,
    @Arg('filter', () => EvaluationFilter, { nullable: true }) filter: EvaluationFilter | null,
    @Arg('orderBy', () => EVALUATION_ORDER.input, { nullable: true, description: 'Default: oldest first (by id).' }) orderBy: OrderInput<string> | null,
    @Ctx() { loaders }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootConnection(loaders, EVALUATIONS, page, filter, orderBy, info);
  }

  @FieldResolver(() => Station, { description: 'The station evaluated.' })
  station(@Root() evaluation: Evaluation, @Ctx() { loaders }: AppContext) {
    return loaders.byId(Station).load(evaluation.stationId);
  }
}
