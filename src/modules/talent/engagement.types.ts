/** Edges through an engagement: station.talents and talent.stations carry the engagement's role and dates. */
import { ClassType, Field, ObjectType } from 'type-graphql';
import { EdgeType } from '../../graphql/connection';
import { EngagementRole } from './engagement.entity';

/** An engagement is on post (在岗) until the day after it ends. */
export function isOnPost(endedOn: string | null, today = new Date().toISOString().slice(0, 10)): boolean {
  return endedOn === null || endedOn >= today;
}

export function EngagementEdge<T extends object>(nodeType: ClassType<T> | Function) {
  @ObjectType({ simpleResolvers: true })
  abstract class Edge extends EdgeType<T>(nodeType) {
    @Field(() => EngagementRole)
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

/** The edge fields of an engagement row. */
export function engagementEdgeFields(engagement: { role: EngagementRole; title: string | null; startedOn: string; endedOn: string | null }) {
  return {
    role: engagement.role,
    title: engagement.title,
    startedOn: engagement.startedOn,
    endedOn: engagement.endedOn,
    onPost: isOnPost(engagement.endedOn),
  };
}
