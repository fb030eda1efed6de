/** Every list whose nodes are announcements: on their publishers and on research fields (the lists are in announcement.relations.ts). */
import { ListFieldsResolvers } from '../../graphql/list-fields';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { ResearchField } from '../reference/research-field.entity';
import { Station } from '../station/station.entity';
import * as lists from './announcement.relations';
import { AnnouncementConnection as connection } from './announcement.types';

export const AnnouncementListsResolvers = ListFieldsResolvers([
  { on: Station, list: lists.STATION_ANNOUNCEMENTS, connection, description: 'Collaboration announcements the station published.' },
  { on: OffshoreBase, list: lists.OFFSHORE_BASE_ANNOUNCEMENTS, connection, description: 'Collaboration announcements the base published.' },
  { on: ResearchField, list: lists.RESEARCH_FIELD_ANNOUNCEMENTS, connection, description: 'Announcements seeking or offering work in the field.' },
]);
