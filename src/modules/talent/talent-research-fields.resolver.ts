/**
 * Talent.researchFields, through TalentResearchField, this module's link table. A list lives with the node it
 * lists, except a list of reference data through another module's link table: it lives with the link,
 * so that reference/ imports no other module (no cycle). src/schema.ts registers it last of the lists,
 * where reference/'s lists were, so the field prints where it did.
 */
import { ListFieldsResolvers } from '../../graphql/list-fields';
import { ResearchFieldConnection as connection } from '../reference/reference.types';
import { Talent } from './talent.entity';
import { TALENT_RESEARCH_FIELDS } from './talent.relations';

export const TalentResearchFieldsResolvers = ListFieldsResolvers([{ on: Talent, list: TALENT_RESEARCH_FIELDS, connection, description: 'The research fields the talent works in.' }]);
