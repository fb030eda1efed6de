/** The evaluation mutation: thin, it decodes the input and hands it to EvaluationService. */
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { Station } from '../station/station.entity';
import { EVALUATION_FIELDS, EvaluationPayload, RecordEvaluationInput } from './evaluation.mutation-types';
import { EVALUATION_POLICIES } from './evaluation.service';
import { rolesOf } from '../../write/policy';
import { MUTATION_INPUT } from '../../graphql/input-fields';

@Resolver()
export class EvaluationMutationsResolver {
  @Authorized(...rolesOf(EVALUATION_POLICIES.recordEvaluation))
  @Mutation(() => EvaluationPayload, {
    description: "Records a station's yearly evaluation; the grade follows from the score and the year's excellence quota. A second year running under 70 revokes the station. STAFF only.",
  })
  async recordEvaluation(@Arg('input', () => RecordEvaluationInput, MUTATION_INPUT) input: InstanceType<typeof RecordEvaluationInput>, @Ctx() context: AppContext): Promise<EvaluationPayload> {
    const evaluation = await context.services.evaluations.recordEvaluation(context, EVALUATION_FIELDS.decodeCreate(input), input.idempotencyKey);
    return { evaluation, station: (await context.loaders.byId(Station).load(evaluation.stationId))! };
  }
}
