/**
 * Partnerships in GraphQL: who holds one, the edge every list through a partnership uses
 * (station.partners, organization.partnerStations, ... carry its kind and date), the connection
 * whose nodes are partnerships themselves, and the connections of the lists through partnerships.
 */
import { ClassType, Field, ObjectType } from 'type-graphql';
import { enumType, EnumValue, EnumLabels } from '../../graphql/enum-type';
import { ChildEdge } from '../../graphql/child-connection';
import { EdgeType, linkConnections, NodeConnection } from '../../graphql/connection';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { OrganizationInterface } from '../organization/organization.types';
import { Station } from '../station/station.entity';
import { Partnership, PartnershipKind } from './partnership.entity';

/** Who holds a partnership: a station, an offshore base, or the operator (CQAST) when neither is named. */
export const PARTNERSHIP_HOLDER_LABELS = {
  STATION: { zh: '工作站', en: 'held by a station' },
  OFFSHORE_BASE: { zh: '离岸基地', en: 'held by an offshore base' },
  OPERATOR: { zh: '市科协', en: 'held by the operator (CQAST) itself' },
} as const satisfies EnumLabels;
export const PartnershipHolder = enumType('PartnershipHolder', PARTNERSHIP_HOLDER_LABELS, 'Who holds a partnership: a station, an offshore base, or the operator (CQAST) itself.');
export type PartnershipHolder = EnumValue<typeof PartnershipHolder>;

export function holderOf(partnership: { stationId: number | null; offshoreBaseId: number | null }): PartnershipHolder {
  if (partnership.stationId !== null && partnership.stationId !== undefined) return PartnershipHolder.STATION;
  if (partnership.offshoreBaseId !== null && partnership.offshoreBaseId !== undefined) return PartnershipHolder.OFFSHORE_BASE;
  return PartnershipHolder.OPERATOR;
}

export function PartnershipEdge<T extends object>(nodeType: ClassType<T> | Function) {
  @ObjectType({ simpleResolvers: true })
  abstract class Edge extends EdgeType<T>(nodeType) {
    @Field(() => PartnershipKind, { description: 'What the tie is for.' })
    kind: PartnershipKind;

    @Field({ description: 'Date the tie was established (YYYY-MM-DD).' })
    since: string;

    @Field(() => String, { nullable: true, description: "Free-text note on the tie (e.g. what was signed); null when none." })
    note: string | null;

    @Field(() => Partnership, { description: 'The partnership itself (its holder, organisation, station or base).' })
    partnership: Partnership;
  }
  return Edge;
}

/** The connection of a list through partnerships: `PartnershipLinkConnection(Station, 'OrganizationStation', 'A station partnering with the organisation')`. */
export const PartnershipLinkConnection = linkConnections(PartnershipEdge, 'partnership');

/** A child-list edge through a partnership: its fields, read when asked. */
export class PartnershipChildEdge<N = unknown> extends ChildEdge<N, Partnership> {
  get kind(): PartnershipKind {
    return this.link.kind;
  }

  get since(): string {
    return this.link.since;
  }

  get note(): string | null {
    return this.link.note ?? null;
  }

  get partnership(): Partnership {
    return this.link;
  }
}

export const PartnershipConnection = NodeConnection(Partnership, 'Partnership');

// The connections of the lists through partnerships (partnership.relations.ts), on either end.

export const OrganizationStationConnection = PartnershipLinkConnection(Station, 'OrganizationStation', 'A station partnering with the organisation');

export const OrganizationBaseConnection = PartnershipLinkConnection(OffshoreBase, 'OrganizationBase', 'An offshore base partnering with the organisation');

export const StationPartnerConnection = PartnershipLinkConnection(OrganizationInterface, 'StationPartner', 'An organisation the station partners with');

export const OffshoreBasePartnerConnection = PartnershipLinkConnection(OrganizationInterface, 'OffshoreBasePartner', 'An organisation the base partners with');
