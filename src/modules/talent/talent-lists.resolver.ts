/**
 * Every list whose nodes are talents, on each parent type: those engaged at stations and bases (the
 * engagement on the edge), affiliated with an organisation, working in a research field; and, through
 * engagements (this module's link row), the stations and bases a talent is engaged at, which live
 * here with the link so that station/ and offshore-base/ import no talent. The lists are in
 * talent.relations.ts.
 */
import { ListFieldsResolvers } from '../../graphql/list-fields';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { OrganizationInterface } from '../organization/organization.types';
import { ResearchField } from '../reference/research-field.entity';
import { Station } from '../station/station.entity';
import { EngagementChildEdge } from './engagement.types';
import { Talent } from './talent.entity';
import * as lists from './talent.relations';
import { OffshoreBaseTalentConnection, StationTalentConnection, TalentBaseConnection, TalentConnection as connection, TalentStationConnection } from './talent.types';

export const TalentListsResolvers = ListFieldsResolvers([
  {
    on: Station,
    list: lists.STATION_TALENTS,
    connection: StationTalentConnection,
    edge: EngagementChildEdge,
    description: 'Talents engaged at the station; the edge carries the engagement.',
  },
  {
    on: OffshoreBase,
    list: lists.OFFSHORE_BASE_TALENTS,
    connection: OffshoreBaseTalentConnection,
    edge: EngagementChildEdge,
    description: 'Talents engaged at the base (returnees absorbed, top experts signed); the edge carries the engagement.',
  },
  { on: OrganizationInterface, list: lists.ORGANIZATION_TALENTS, connection, description: 'Talents affiliated with the organisation.' },
  { on: ResearchField, list: lists.RESEARCH_FIELD_TALENTS, connection, description: 'Talents working in the field.' },
  {
    on: Talent,
    list: lists.TALENT_STATIONS,
    connection: TalentStationConnection,
    edge: EngagementChildEdge,
    description: 'Stations the talent is engaged at; the edge carries the engagement.',
  },
  {
    on: Talent,
    list: lists.TALENT_BASES,
    connection: TalentBaseConnection,
    edge: EngagementChildEdge,
    description: 'Offshore bases the talent is engaged at; the edge carries the engagement.',
  },
]);
