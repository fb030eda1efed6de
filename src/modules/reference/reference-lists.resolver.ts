/**
 * Every list whose nodes are research fields, on each parent type: the fields of stations, talents,
 * announcements and applications (the lists are in reference.relations.ts).
 */
import { ListFieldsResolvers } from '../../graphql/list-fields';
import { Announcement } from '../announcement/announcement.entity';
import { StationApplication } from '../application/station-application.entity';
import { Station } from '../station/station.entity';
import { Talent } from '../talent/talent.entity';
import * as lists from './reference.relations';
import { ResearchFieldConnection as connection } from './reference.types';

export const ReferenceListsResolvers = ListFieldsResolvers([
  { on: Station, list: lists.STATION_RESEARCH_FIELDS, connection },
  { on: Talent, list: lists.TALENT_RESEARCH_FIELDS, connection },
  { on: Announcement, list: lists.ANNOUNCEMENT_RESEARCH_FIELDS, connection, description: 'The research fields the announcement names.' },
  {
    on: StationApplication,
    list: lists.APPLICATION_RESEARCH_FIELDS,
    connection,
    description: 'The research fields the proposed station would work in (copied to the station on approval).',
  },
]);
