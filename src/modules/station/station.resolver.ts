/** Stations: the root list, one by id, and the relations a station holds the key of. Lists hanging off a station live with what they list (docs/read-api.md). */
import { ReadResolver, toOne } from '../../graphql/read-resolver';
import { HostUnit } from '../host-unit/host-unit.entity';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { District } from '../reference/district.entity';
import { StationHead } from './station-head.entity';
import { Station } from './station.entity';
import { STATION_ORDER, StationFilter, stationFilter } from './station.filters';
import { StationConnection } from './station.types';

export const StationResolver = ReadResolver(Station, {
  list: { name: 'stations', connection: StationConnection, filter: StationFilter, where: stationFilter, ordering: STATION_ORDER, description: 'HAIZHI stations (海智工作站).' },
  byId: { name: 'station' },
  links: {
    district: toOne(() => District, 'districtId', { description: 'The district (区县) the station sits in.' }),
    hostUnit: toOne(() => HostUnit, 'hostUnitId', { description: 'The unit hosting the station (建站单位).' }),
    head: toOne(() => StationHead, 'headId', { nullable: true, description: 'The station head (站长); null when none is recorded.' }),
    offshoreBase: toOne(() => OffshoreBase, 'offshoreBaseId', { nullable: true, description: 'The offshore base whose coordination group (协作组) the station belongs to.' }),
  },
});
