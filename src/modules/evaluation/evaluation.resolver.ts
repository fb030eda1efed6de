import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { ID_SORT } from '../../db/keyset';
import { PageArgs, toConnection, toWindow } from '../../graphql/connection';
import { rootProjection } from '../../graphql/projection';
import { rowIdsOf } from '../../graphql/global-id';
import { sortKey } from '../../graphql/ordering';
import { Station } from '../station/station.entity';
import { Evaluation } from './evaluation.entity';
import { EVALUATION_SORT_FIELDS, EvaluationFilter, EvaluationOrder } from './evaluation.inputs';
import { EvaluationCriteria } from './evaluation.service';
import { EvaluationConnection } from './evaluation.types';

export function evaluationCriteria(filter: EvaluationFilter | null | undefined): EvaluationCriteria {
  if (!filter) return {};
  return { ...filter, stationIds: rowIdsOf(filter.stationIds, 'Station', 'filter.stationIds') };
}

@Resolver(() => Evaluation)
export class EvaluationResolver {
  @Query(() => EvaluationConnection, { description: "Stations' yearly performance evaluations (绩效评价)." })
  async evaluations(
    @Args() page: PageArgs,
    @Arg('filter', () => EvaluationFilter, { nullable: true }) filter: EvaluationFilter | null,
    @Arg('orderBy', () => EvaluationOrder, { nullable: true, description: 'Default: oldest first (by id).' }) orderBy: EvaluationOrder | null,
    @Ctx() { services }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const sort = orderBy ? sortKey(EVALUATION_SORT_FIELDS, orderBy.field, orderBy.direction) : ID_SORT;
    const criteria = evaluationCriteria(filter);
    const rows = await services.evaluations.list(criteria, sort, toWindow(page, sort), rootProjection(info, Evaluation, sort));
    return toConnection(rows, sort, () => services.evaluations.count(criteria));
  }

  @FieldResolver(() => Station, { description: 'The station evaluated.' })
  station(@Root() evaluation: Evaluation, @Ctx() { loaders }: AppContext) {
    return loaders.byId(Station).load(evaluation.stationId);
  }
}
