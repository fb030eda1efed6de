/** Platforms: the root list and who built a platform, in which field. Its partners are listed by the organisation module. */
import { ReadResolver, toOne } from '../../graphql/read-resolver';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { ResearchField } from '../reference/research-field.entity';
import { Station } from '../station/station.entity';
import { Platform } from './platform.entity';
import { PLATFORM_ORDER, PlatformFilter, platformFilter } from './platform.filters';
import { PlatformConnection } from './platform.types';

export const PlatformResolver = ReadResolver(Platform, {
  list: {
    name: 'platforms',
    connection: PlatformConnection,
    filter: PlatformFilter,
    where: platformFilter,
    ordering: PLATFORM_ORDER,
    description: 'Overseas technology-cooperation platforms (海外技术合作平台).',
  },
  links: {
    station: toOne(() => Station, 'stationId', { nullable: true, description: 'The station that built the platform; null when a base did.' }),
    offshoreBase: toOne(() => OffshoreBase, 'offshoreBaseId', { nullable: true, description: 'The offshore base that built the platform; null when a station did.' }),
    researchField: toOne(() => ResearchField, 'researchFieldId', { nullable: true, description: 'The research field the platform works in, if one is set.' }),
  },
});
