import { Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { Connection, ConnectionType, decodeCursor, ForwardPageArgs, toConnection } from '../../graphql/connection';
import { Organization } from '../organization/organization.entity';
import { Talent } from './talent.entity';

@ObjectType()
export class TalentConnection extends ConnectionType(Talent, 'Talent') {}

@Resolver(() => Talent)
export class TalentResolver {
  @Query(() => TalentConnection, { description: 'Talents, oldest first.' })
  async talents(@Args() { first, after }: ForwardPageArgs, @Ctx() { services }: AppContext): Promise<Connection<Talent>> {
    const afterId = decodeCursor(after);
    const page = await services.talents.page(afterId, first);
    return toConnection(page, afterId !== null, () => services.talents.count());
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation the talent works for.' })
  affiliation(@Root() talent: Talent, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(Organization, talent.affiliationId);
  }
}
