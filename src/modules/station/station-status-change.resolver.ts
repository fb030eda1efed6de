/** A step of a station's status history leads back to its station. */
import { ReadResolver, toOne } from '../../graphql/read-resolver';
import { StationStatusChange } from './station-status-change.entity';
import { Station } from './station.entity';

export const StationStatusChangeResolver = ReadResolver(StationStatusChange, { links: { station: toOne(() => Station, 'stationId', { description: 'The station whose status changed.' }) } });
