/** Districts and research fields: small reference lists, still paged connections. Lists hanging off them live with what they list. */
import { ReadResolver } from '../../graphql/read-resolver';
import { District } from './district.entity';
import { ResearchField } from './research-field.entity';
import { DISTRICT_ORDER, DistrictFilter, districtFilter, RESEARCH_FIELD_ORDER, ResearchFieldFilter, researchFieldFilter } from './reference.filters';
import { DistrictConnection, ResearchFieldConnection } from './reference.types';

export const DistrictResolver = ReadResolver(District, {
  list: {
    name: 'districts',
    connection: DistrictConnection,
    filter: DistrictFilter,
    where: districtFilter,
    ordering: DISTRICT_ORDER,
    description: 'Districts and counties of Chongqing (区县).',
    defaultOrder: 'by id',
  },
});

export const ResearchFieldResolver = ReadResolver(ResearchField, {
  list: {
    name: 'researchFields',
    connection: ResearchFieldConnection,
    filter: ResearchFieldFilter,
    where: researchFieldFilter,
    ordering: RESEARCH_FIELD_ORDER,
    description: 'The shared research-field taxonomy (研究领域).',
    defaultOrder: 'by id',
  },
});
