/** What recordEvaluation takes and returns. */
import { Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CalendarDate, IdempotencyKey, Text } from '../../graphql/input-fields';
import { Payload } from '../../graphql/payload';
import { Station } from '../station/station.entity';
import { Evaluation } from './evaluation.entity';

@InputType({
  description:
    "A station's yearly evaluation (绩效评价). The grade follows from the score: 90+ EXCELLENT while the year's excellence quota has room (GOOD once it is used up), 80–89 GOOD, 70–79 QUALIFIED, under 70 UNQUALIFIED; a second year running under 70 revokes the station. STAFF only.",
})
export class RecordEvaluationInput {
  @Field(() => ID)
  stationId: string;

  @Field(() => Int, { description: 'The year evaluated: one the station was active in, not after the current year.' })
  @Min(2000, { message: 'year must be 2000 or later' })
  @Max(2100, { message: 'year must be 2100 or earlier' })
  year: number;

  @Field(() => Int, { description: 'Score out of 100.' })
  @Min(0, { message: 'score must be between 0 and 100' })
  @Max(100, { message: 'score must be between 0 and 100' })
  score: number;

  @CalendarDate({ optional: true, description: 'The day of the evaluation (YYYY-MM-DD), not before the year began; today when left out.' })
  evaluatedOn?: string | null;

  @Text({ max: 2000, optional: true })
  comment?: string | null;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}

export const EvaluationPayload = Payload<{ evaluation: Evaluation; station: Station }>('EvaluationPayload', {
  evaluation: () => Evaluation,
  station: [() => Station, { description: 'The station evaluated, as it is now (REVOKED when this was its second year running under 70).' }],
});
export type EvaluationPayload = InstanceType<typeof EvaluationPayload>;
