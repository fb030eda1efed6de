/** The caller's own rate-limit budget as a GraphQL type, shaped as GitHub's `rateLimit`. */
import { Field, Int, ObjectType } from 'type-graphql';
import type { RateLimitStatus } from './rate-limits';

@ObjectType({ simpleResolvers: true, description: "The caller's own hourly budget of points (docs/api.md, \"Rate limits\"), after this request's charge." })
export class RateLimit implements RateLimitStatus {
  @Field(() => Int, { description: 'Points the caller may spend in an hour.' })
  limit: number;

  @Field(() => Int, { description: 'Points left until resetAt.' })
  remaining: number;

  @Field(() => Int, { description: 'Points spent in this window, this request included.' })
  used: number;

  @Field(() => Date, { description: 'When the window ends and the budget is whole again.' })
  resetAt: Date;

  @Field(() => Int, { description: "This request's cost in points: its connection fetches divided by 100, at least 1." })
  cost: number;
}
