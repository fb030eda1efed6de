/** What recordEvaluation takes and returns: an evaluation's writable fields declared once, the input made from them, and the payload. */
import { Payload } from '../../graphql/payload';
import { date, id, int, text, writableFields } from '../../graphql/writable-fields';
import { Station } from '../station/station.entity';
import { Evaluation } from './evaluation.entity';

export const EVALUATION_FIELDS = writableFields({
  stationId: id('Station', { required: true, description: 'The global id of the station evaluated; one evaluation per station and year.' }),
  year: int({
    min: 2000,
    max: 2100,
    message: { min: 'year must be 2000 or later', max: 'year must be 2100 or earlier' },
    required: true,
    description: 'The year evaluated: one the station was active in, not after the current year.',
  }),
  score: int({ min: 0, max: 100, message: 'score must be between 0 and 100', required: true, description: 'Score out of 100.' }),
  evaluatedOn: date({ description: 'The day of the evaluation (YYYY-MM-DD), not before the year began; today when left out.' }),
  comment: text({ max: 2000, description: "The evaluators' comment (plain text)." }),
});

export const RecordEvaluationInput = EVALUATION_FIELDS.createInput('RecordEvaluationInput', {
  description:
    "A station's yearly evaluation (绩效评价). The grade follows from the score: 90+ EXCELLENT while the year's excellence quota has room (GOOD once it is used up), 80–89 GOOD, 70–79 QUALIFIED, under 70 UNQUALIFIED; a second year running under 70 revokes the station. STAFF only.",
});

export const EvaluationPayload = Payload<{ evaluation: Evaluation; station: Station }>('EvaluationPayload', {
  evaluation: [() => Evaluation, { description: 'The evaluation recorded, with the grade the score earned.' }],
  station: [() => Station, { description: 'The station evaluated, as it is now (REVOKED when this was its second year running under 70).' }],
}, 'What recordEvaluation returns: the evaluation and the station it graded.');
export type EvaluationPayload = InstanceType<typeof EvaluationPayload>;
