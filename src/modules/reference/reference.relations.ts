/** The lists whose nodes are research fields: each parent names its fields through its own link table. */
import type { ChildList } from '../../db/child-lists';
import { AnnouncementResearchField } from '../announcement/announcement-research-field.entity';
import { ApplicationResearchField } from '../application/application-research-field.entity';
import { StationResearchField } from '../station/station-research-field.entity';
import { TalentResearchField } from '../talent/talent-research-field.entity';
import { ResearchField } from './research-field.entity';

/** station.researchFields: the fields a station works in. */
export const STATION_RESEARCH_FIELDS: ChildList<ResearchField, StationResearchField> = {
  name: 'station.researchFields',
  node: ResearchField,
  link: { entity: StationResearchField, parentColumn: 'station_id', nodeColumn: 'research_field_id' },
};

/** talent.researchFields: the fields a talent works in. */
export const TALENT_RESEARCH_FIELDS: ChildList<ResearchField, TalentResearchField> = {
  name: 'talent.researchFields',
  node: ResearchField,
  link: { entity: TalentResearchField, parentColumn: 'talent_id', nodeColumn: 'research_field_id' },
};

/** announcement.researchFields: the fields an announcement names. */
export const ANNOUNCEMENT_RESEARCH_FIELDS: ChildList<ResearchField, AnnouncementResearchField> = {
  name: 'announcement.researchFields',
  node: ResearchField,
  link: { entity: AnnouncementResearchField, parentColumn: 'announcement_id', nodeColumn: 'research_field_id' },
};

/** stationApplication.researchFields: the fields the proposed station would work in. */
export const APPLICATION_RESEARCH_FIELDS: ChildList<ResearchField, ApplicationResearchField> = {
  name: 'stationApplication.researchFields',
  node: ResearchField,
  link: { entity: ApplicationResearchField, parentColumn: 'application_id', nodeColumn: 'research_field_id' },
};
