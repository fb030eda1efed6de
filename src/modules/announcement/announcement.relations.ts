/** The lists whose nodes are announcements, under whichever parent they hang off. */
import type { ChildList } from '../../db/child-lists';
import { ResearchField } from '../reference/research-field.entity';
import { AnnouncementResearchField } from './announcement-research-field.entity';
import { Announcement } from './announcement.entity';

/** station.announcements: announcements a station published. */
export const STATION_ANNOUNCEMENTS: ChildList<Announcement> = { name: 'station.announcements', node: Announcement, parentColumn: 'station_id' };

/** offshoreBase.announcements: announcements a base published. */
export const OFFSHORE_BASE_ANNOUNCEMENTS: ChildList<Announcement> = {
  name: 'offshoreBase.announcements',
  node: Announcement,
  parentColumn: 'offshore_base_id',
};

/** researchField.announcements: announcements naming a field. */
export const RESEARCH_FIELD_ANNOUNCEMENTS: ChildList<Announcement, AnnouncementResearchField> = {
  name: 'researchField.announcements',
  node: Announcement,
  link: { entity: AnnouncementResearchField, parentColumn: 'research_field_id', nodeColumn: 'announcement_id' },
};

// A list through this module's own link table, whose nodes are research fields (reference data):
// it lives here, with the link, because the reference module imports no other module.

/** announcement.researchFields: the fields an announcement names. */
export const ANNOUNCEMENT_RESEARCH_FIELDS: ChildList<ResearchField, AnnouncementResearchField> = {
  name: 'announcement.researchFields',
  node: ResearchField,
  link: { entity: AnnouncementResearchField, parentColumn: 'announcement_id', nodeColumn: 'research_field_id' },
};
