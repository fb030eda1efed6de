/** Edges through an engagement: station.talents and talent.stations carry the engagement's role and dates. */
import { ClassType, Field, ObjectType } from 'type-graphql';
import { EdgeType } from '../../graphql/connection';
import { EngagementRole } from './engagement.entity';

const DAY_MS = 86_400_000;
let cachedToday = '';
let cachedUntil = 0;

/** Today's date (UTC, YYYY-MM-DD), worked out once a day rather than once per edge. */
export function today(now = Date.now()): string {
  if (now >= cachedUntil || now < cachedUntil - DAY_MS) {
    cachedToday = new Date(now).toISOString().slice(0, 10);
    cachedUntil = (Math.floor(now / DAY_MS) + 1) * DAY_MS;
  }
  return cachedToday;
}

/** An engagement is on post (在岗) until the day after it ends. */
export function isOnPost(endedOn: string | null, on = today()): boolean {
  return endedOn === null || endedOn >= on;
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
