/**
 * The lists whose nodes are the station module's (stations, status changes), under whichever parent
 * they hang off; src/db/child-lists.ts turns each into batched SQL.
 */
import type { ChildList } from '../../db/child-lists';
import { ResearchField } from '../reference/research-field.entity';
import { StationResearchField } from './station-research-field.entity';
import { StationStatusChange } from './station-status-change.entity';
import { Station } from './station.entity';

/** station.statusHistory: the station's status changes. */
export const STATION_STATUS_HISTORY: ChildList<StationStatusChange> = {
  name: 'station.statusHistory',
  node: StationStatusChange,
  parentColumn: 'station_id',
};

/** hostUnit.stations: stations the unit hosts. */
export const HOST_UNIT_STATIONS: ChildList<Station> = { name: 'hostUnit.stations', node: Station, parentColumn: 'host_unit_id' };

/** offshoreBase.stations: the stations of the base's coordination group (协作组). */
export const OFFSHORE_BASE_STATIONS: ChildList<Station> = { name: 'offshoreBase.stations', node: Station, parentColumn: 'offshore_base_id' };

/** district.stations: stations in the district. */
export const DISTRICT_STATIONS: ChildList<Station> = { name: 'district.stations', node: Station, parentColumn: 'district_id' };

/** stationHead.stations: stations the person heads. */
export const STATION_HEAD_STATIONS: ChildList<Station> = { name: 'stationHead.stations', node: Station, parentColumn: 'head_id' };

/** researchField.stations: stations working in the field. */
export const RESEARCH_FIELD_STATIONS: ChildList<Station, StationResearchField> = {
  name: 'researchField.stations',
  node: Station,
  link: { entity: StationResearchField, parentColumn: 'research_field_id', nodeColumn: 'station_id' },
};



// A list through this module's own link table, whose nodes are research fields (reference data):
// it lives here, with the link, because the reference module imports no other module.

/** station.researchFields: the fields a station works in. */
export const STATION_RESEARCH_FIELDS: ChildList<ResearchField, StationResearchField> = {
  name: 'station.researchFields',
  node: ResearchField,
  link: { entity: StationResearchField, parentColumn: 'station_id', nodeColumn: 'research_field_id' },
};
