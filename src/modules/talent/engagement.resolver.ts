/** An engagement's ends: the talent, and the station or offshore base it is at; and whether it is on post. */
import { FieldResolver, Resolver, Root } from 'type-graphql';
import { ReadResolver, toOne } from '../../graphql/read-resolver';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { Station } from '../station/station.entity';
import { Engagement } from './engagement.entity';
import { isOnPost } from './on-post';
import { Talent } from './talent.entity';

export const EngagementResolver = ReadResolver(Engagement, {
  links: {
    talent: toOne(() => Talent, 'talentId', { description: 'The talent engaged.' }),
    station: toOne(() => Station, 'stationId', { nullable: true, description: 'The station, for an engagement at a station.' }),
    offshoreBase: toOne(() => OffshoreBase, 'offshoreBaseId', { nullable: true, description: 'The offshore base, for an engagement at a base.' }),
  },
});

// Declared after the links, so onPost prints after them, as it always has.
@Resolver(() => Engagement)
export class EngagementOnPostResolver {
  @FieldResolver(() => Boolean, { description: 'On post (在岗): the engagement has not ended.' })
  onPost(@Root() engagement: Engagement): boolean {
    return isOnPost(engagement.endedOn);
  }
}
