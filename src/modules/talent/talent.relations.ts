/** The lists whose nodes are talents, under whichever parent they hang off. */
import type { ChildList } from '../../db/child-lists';
import { ResearchField } from '../reference/research-field.entity';
import { Engagement } from './engagement.entity';
import { TalentResearchField } from './talent-research-field.entity';
import { Talent } from './talent.entity';

/** station.talents: talents engaged at the station; the engagement is the edge. */
export const STATION_TALENTS: ChildList<Talent, Engagement> = {
  name: 'station.talents',
  node: Talent,
  link: { entity: Engagement, parentColumn: 'station_id', nodeColumn: 'talent_id' },
};

/** offshoreBase.talents: talents engaged at the base; the engagement is the edge. */
export const OFFSHORE_BASE_TALENTS: ChildList<Talent, Engagement> = {
  name: 'offshoreBase.talents',
  node: Talent,
  link: { entity: Engagement, parentColumn: 'offshore_base_id', nodeColumn: 'talent_id' },
};

/** organization.affiliatedTalents: talents working for the organisation. */
export const ORGANIZATION_TALENTS: ChildList<Talent> = { name: 'organization.affiliatedTalents', node: Talent, parentColumn: 'affiliation_id' };

/** researchField.talents: talents working in the field. */
export const RESEARCH_FIELD_TALENTS: ChildList<Talent, TalentResearchField> = {
  name: 'researchField.talents',
  node: Talent,
  link: { entity: TalentResearchField, parentColumn: 'research_field_id', nodeColumn: 'talent_id' },
};

// A list through this module's own link table, whose nodes are research fields (reference data):
// it lives here, with the link, because the reference module imports no other module.

/** talent.researchFields: the fields a talent works in. */
export const TALENT_RESEARCH_FIELDS: ChildList<ResearchField, TalentResearchField> = {
  name: 'talent.researchFields',
  node: ResearchField,
  link: { entity: TalentResearchField, parentColumn: 'talent_id', nodeColumn: 'research_field_id' },
};
