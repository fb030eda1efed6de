/**
 * Every list whose nodes are talents, one resolver per parent type: those engaged at stations and
 * bases (the engagement on the edge), affiliated with an organisation, working in a research field.
 * The lists are in talent.loaders.ts.
 */
import { ListFieldsResolver, listField } from '../../graphql/list-fields';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { OrganizationInterface } from '../organization/organization.types';
import { ResearchField } from '../reference/research-field.entity';
import { Station } from '../station/station.entity';
import { EngagementChildEdge } from './engagement.types';
import * as lists from './talent.loaders';
import { OffshoreBaseTalentConnection, StationTalentConnection, TalentConnection } from './talent.types';

export const StationTalentListsResolver = ListFieldsResolver(Station, {
  talents: listField(lists.STATION_TALENTS, StationTalentConnection, {
    edge: EngagementChildEdge,
    description: 'Talents engaged at the station; the edge carries the engagement.',
  }),
});

export const OffshoreBaseTalentListsResolver = ListFieldsResolver(OffshoreBase, {
  talents: listField(lists.OFFSHORE_BASE_TALENTS, OffshoreBaseTalentConnection, {
    edge: EngagementChildEdge,
    description: 'Talents engaged at the base (returnees absorbed, top experts signed); the edge carries the engagement.',
  }),
});

export const OrganizationTalentListsResolver = ListFieldsResolver(OrganizationInterface, {
  affiliatedTalents: listField(lists.ORGANIZATION_TALENTS, TalentConnection, { description: 'Talents affiliated with the organisation.' }),
});

export const ResearchFieldTalentListsResolver = ListFieldsResolver(ResearchField, {
  talents: listField(lists.RESEARCH_FIELD_TALENTS, TalentConnection, { description: 'Talents working in the field.' }),
});
