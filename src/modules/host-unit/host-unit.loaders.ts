/** The lists hanging off a host unit. */
import type { ChildList } from '../../db/child-lists';
import { StationApplication } from '../application/station-application.entity';
import { Station } from '../station/station.entity';

export const HOST_UNIT_STATIONS: ChildList<Station> = { name: 'hostUnit.stations', node: Station, parentColumn: 'host_unit_id' };

export const HOST_UNIT_APPLICATIONS: ChildList<StationApplication> = {
  name: 'hostUnit.applications',
  node: StationApplication,
  parentColumn: 'host_unit_id',
};
