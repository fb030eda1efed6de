/** Edges through an engagement: station.talents and talent.stations carry the engagement's role and dates. */
import { ClassType, Field, ObjectType } from 'type-graphql';
import { EdgeType, linkConnections } from '../../graphql/connection';
import { ChildEdge } from '../../graphql/child-connection';
import { Engagement, EngagementRole } from './engagement.entity';
import { isOnPost } from './on-post';

export function EngagementEdge<T extends object>(nodeType: ClassType<T> | Function) {
  @ObjectType({ simpleResolvers: true })
  abstract class Edge extends EdgeType<T>(nodeType) {
    @Field(() => EngagementRole, { description: 'The role the talent takes in this engagement.' })
    role: EngagementRole;

    @Field(() => String, { nullable: true, description: 'The title as the host words it, e.g. 首席研发技术顾问.' })
    title: string | null;

    @Field({ description: 'First day of the engagement (YYYY-MM-DD).' })
    startedOn: string;

    @Field(() => String, { nullable: true, description: 'Last day, if it has ended (YYYY-MM-DD).' })
    endedOn: string | null;

    @Field({ description: 'On post (在岗): the engagement has not ended.' })
    onPost: boolean;
  }
  return Edge;
}

/** The connection of a list through engagements: `EngagementLinkConnection(Talent, 'StationTalent', 'A talent engaged at the station')`. */
export const EngagementLinkConnection = linkConnections(EngagementEdge, 'engagement');

/** A child-list edge through an engagement: the engagement's fields, read when asked. */
export class EngagementChildEdge<N = unknown> extends ChildEdge<N, Engagement> {
  get role(): EngagementRole {
    return this.link.role;
  }

  get title(): string | null {
    return this.link.title;
  }

  get startedOn(): string {
    return this.link.startedOn;
  }

  get endedOn(): string | null {
    return this.link.endedOn;
  }

  get onPost(): boolean {
    return isOnPost(this.link.endedOn);
  }
}
