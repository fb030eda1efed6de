/** Edges through a partnership: station.partners and organization.partnerStations carry its kind and date. */
import { ClassType, Field, ObjectType } from 'type-graphql';
import { EdgeType } from '../../graphql/connection';
import { PartnershipKind } from './partnership.entity';

export function PartnershipEdge<T extends object>(nodeType: ClassType<T> | Function) {
  @ObjectType({ simpleResolvers: true })
  abstract class Edge extends EdgeType<T>(nodeType) {
    @Field(() => PartnershipKind)
    kind: PartnershipKind;

    @Field({ description: 'Date the tie was established (YYYY-MM-DD).' })
    since: string;
  }
  return Edge;
}

export function partnershipEdgeFields(partnership: { kind: PartnershipKind; since: string }) {
  return { kind: partnership.kind, since: partnership.since };
}
