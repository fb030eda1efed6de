/** The lists hanging off a talent. */
import type { ChildList } from '../../db/child-lists';
import { Project } from '../project/project.entity';
import { ResearchField } from '../reference/research-field.entity';
import { Station } from '../station/station.entity';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { Engagement } from './engagement.entity';
import { TalentResearchField } from './talent-research-field.entity';

export const TALENT_STATIONS: ChildList<Station, Engagement> = {
  name: 'talent.stations',
  node: Station,
  link: { entity: Engagement, parentColumn: 'talent_id', nodeColumn: 'station_id' },
};

export const TALENT_BASES: ChildList<OffshoreBase, Engagement> = {
  name: 'talent.offshoreBases',
  node: OffshoreBase,
  link: { entity: Engagement, parentColumn: 'talent_id', nodeColumn: 'offshore_base_id' },
};

export const TALENT_PROJECTS: ChildList<Project> = { name: 'talent.projects', node: Project, parentColumn: 'talent_id' };

export const TALENT_RESEARCH_FIELDS: ChildList<ResearchField, TalentResearchField> = {
  name: 'talent.researchFields',
  node: ResearchField,
  link: { entity: TalentResearchField, parentColumn: 'talent_id', nodeColumn: 'research_field_id' },
};
