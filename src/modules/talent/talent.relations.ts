/** The lists whose nodes are talents, under whichever parent they hang off. */
import type { ChildList } from '../../db/child-lists';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { ResearchField } from '../reference/research-field.entity';
import { Station } from '../station/station.entity';
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

// Lists through engagements (this module's link row) whose nodes are another module's: they live
// here, with the link, so that station/ and offshore-base/ import no talent (no cycle).

/** talent.stations: stations the talent is engaged at; the engagement is the edge. */
export const TALENT_STATIONS: ChildList<Station, Engagement> = {
  name: 'talent.stations',
  node: Station,
  link: { entity: Engagement, parentColumn: 'talent_id', nodeColumn: 'station_id' },
};

/** talent.offshoreBases: bases the talent is engaged at; the engagement is the edge. */
export const TALENT_BASES: ChildList<OffshoreBase, Engagement> = {
  name: 'talent.offshoreBases',
  node: OffshoreBase,
  link: { entity: Engagement, parentColumn: 'talent_id', nodeColumn: 'offshore_base_id' },
};

// A list through this module's own link table, whose nodes are research fields (reference data):
// it lives here, with the link, because the reference module imports no other module.

/** talent.researchFields: the fields a talent works in. */
export const TALENT_RESEARCH_FIELDS: ChildList<ResearchField, TalentResearchField> = {
  name: 'talent.researchFields',
  node: ResearchField,
  link: { entity: TalentResearchField, parentColumn: 'talent_id', nodeColumn: 'research_field_id' },
};
