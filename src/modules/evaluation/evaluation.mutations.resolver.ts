/** The evaluation mutation: thin, it decodes ids and hands the rest to EvaluationService. */
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../auth/viewer';
import type { AppContext } from '../../context';
import { inputId } from '../../graphql/input-ids';
import { Station } from '../station/station.entity';
import { EvaluationPayload, RecordEvaluationInput } from './evaluation.mutation-types';

@Resolver()
export class EvaluationMutationsResolver {
  @Authorized(Role.STAFF)
  @Mutation(() => EvaluationPayload, {
    description: "Records a station's yearly evaluation; the grade follows from the score and the year's excellence quota. A second year running under 70 revokes the station. STAFF only.",
  })
  async recordEvaluation(@Arg('input') input: RecordEvaluationInput, @Ctx() context: AppContext): Promise<EvaluationPayload> {
    const evaluation = await context.services.evaluations.recordEvaluation(context, { ...input, stationId: inputId(input.stationId, 'Station', 'input.stationId') });
    return { evaluation, station: (await context.loaders.byId(Station).load(evaluation.stationId))! };
  }
}
