/**
 * Every list whose nodes are research fields, one resolver per parent type: the fields of stations,
 * talents, announcements and applications (the lists are in reference.loaders.ts).
 */
import { ListFieldsResolver, listField } from '../../graphql/list-fields';
import { Announcement } from '../announcement/announcement.entity';
import { StationApplication } from '../application/station-application.entity';
import { Station } from '../station/station.entity';
import { Talent } from '../talent/talent.entity';
import * as lists from './reference.loaders';
import { ResearchFieldConnection } from './reference.types';

export const StationResearchFieldListsResolver = ListFieldsResolver(Station, {
  researchFields: listField(lists.STATION_RESEARCH_FIELDS, ResearchFieldConnection),
});

export const TalentResearchFieldListsResolver = ListFieldsResolver(Talent, {
  researchFields: listField(lists.TALENT_RESEARCH_FIELDS, ResearchFieldConnection),
});

export const AnnouncementResearchFieldListsResolver = ListFieldsResolver(Announcement, {
  researchFields: listField(lists.ANNOUNCEMENT_RESEARCH_FIELDS, ResearchFieldConnection, {
    description: 'The research fields the announcement names.',
  }),
});

export const StationApplicationResearchFieldListsResolver = ListFieldsResolver(StationApplication, {
  researchFields: listField(lists.APPLICATION_RESEARCH_FIELDS, ResearchFieldConnection, {
    description: 'The research fields the proposed station would work in (copied to the station on approval).',
  }),
});
