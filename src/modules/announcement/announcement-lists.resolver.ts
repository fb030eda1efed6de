/**
 * Every list whose nodes are announcements, one resolver per parent type: on their publishers and
 * on research fields (the lists are in announcement.loaders.ts).
 */
import { ListFieldsResolver, listField } from '../../graphql/list-fields';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { ResearchField } from '../reference/research-field.entity';
import { Station } from '../station/station.entity';
import * as lists from './announcement.loaders';
import { AnnouncementConnection } from './announcement.types';

export const StationAnnouncementListsResolver = ListFieldsResolver(Station, {
  announcements: listField(lists.STATION_ANNOUNCEMENTS, AnnouncementConnection, {
    description: 'Collaboration announcements the station published.',
  }),
});

export const OffshoreBaseAnnouncementListsResolver = ListFieldsResolver(OffshoreBase, {
  announcements: listField(lists.OFFSHORE_BASE_ANNOUNCEMENTS, AnnouncementConnection, {
    description: 'Collaboration announcements the base published.',
  }),
});

export const ResearchFieldAnnouncementListsResolver = ListFieldsResolver(ResearchField, {
  announcements: listField(lists.RESEARCH_FIELD_ANNOUNCEMENTS, AnnouncementConnection, {
    description: 'Announcements seeking or offering work in the field.',
  }),
});
