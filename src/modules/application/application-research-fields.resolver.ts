/**
 * StationApplication.researchFields, through ApplicationResearchField, this module's link table. A list lives with the node it
 * lists, except a list of reference data through another module's link table: it lives with the link,
 * so that reference/ imports no other module (no cycle). src/schema.ts registers it last of the lists,
 * where reference/'s lists were, so the field prints where it did.
 */
import { ListFieldsResolvers } from '../../graphql/list-fields';
import { ResearchFieldConnection as connection } from '../reference/reference.types';
import { StationApplication } from './station-application.entity';
import { APPLICATION_RESEARCH_FIELDS } from './application.relations';

export const ApplicationResearchFieldsResolvers = ListFieldsResolvers([
  {
    on: StationApplication,
    list: APPLICATION_RESEARCH_FIELDS,
    connection,
    description: 'The research fields the proposed station would work in (copied to the station on approval).',
  },
]);
