/** `rateLimit`: the caller's own budget, never anyone else's (it is keyed by the caller's credential or address). */
import { Ctx, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../context';
import { RateLimit } from './rate-limit.type';

@Resolver(() => RateLimit)
export class RateLimitResolver {
  @Query(() => RateLimit, { nullable: true, description: "The caller's hourly budget after this request's charge, as GitHub reports it; null when the server runs without rate limits." })
  rateLimit(@Ctx() { client }: AppContext): RateLimit | null {
    return client.rateLimit;
  }
}
