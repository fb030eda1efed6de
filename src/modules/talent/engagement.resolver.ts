/** An engagement's ends: the talent, and the station or offshore base it is at; and whether it is on post. */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { Station } from '../station/station.entity';
import { Engagement } from './engagement.entity';
import { isOnPost } from './on-post';
import { Talent } from './talent.entity';

@Resolver(() => Engagement)
export class EngagementResolver {
  @FieldResolver(() => Talent)
  talent(@Root() engagement: Engagement, @Ctx() { loaders }: AppContext) {
    return loaders.byId(Talent).load(engagement.talentId);
  }

  @FieldResolver(() => Station, { nullable: true, description: 'The station, for an engagement at a station.' })
  station(@Root() engagement: Engagement, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(Station, engagement.stationId);
  }

  @FieldResolver(() => OffshoreBase, { nullable: true, description: 'The offshore base, for an engagement at a base.' })
  offshoreBase(@Root() engagement: Engagement, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(OffshoreBase, engagement.offshoreBaseId);
  }

  @FieldResolver(() => Boolean, { description: 'On post (在岗): the engagement has not ended.' })
  onPost(@Root() engagement: Engagement): boolean {
    return isOnPost(engagement.endedOn);
  }
}
