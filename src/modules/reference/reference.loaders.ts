/** The lists hanging off a district and off a research field. */
import type { ChildList } from '../../db/child-lists';
import { HostUnit } from '../host-unit/host-unit.entity';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { StationResearchField } from '../station/station-research-field.entity';
import { Station } from '../station/station.entity';
import { TalentResearchField } from '../talent/talent-research-field.entity';
import { Talent } from '../talent/talent.entity';

export const DISTRICT_STATIONS: ChildList<Station> = { name: 'district.stations', node: Station, parentColumn: 'district_id' };

export const DISTRICT_HOST_UNITS: ChildList<HostUnit> = { name: 'district.hostUnits', node: HostUnit, parentColumn: 'district_id' };

export const DISTRICT_OFFSHORE_BASES: ChildList<OffshoreBase> = { name: 'district.offshoreBases', node: OffshoreBase, parentColumn: 'district_id' };

export const RESEARCH_FIELD_STATIONS: ChildList<Station, StationResearchField> = {
  name: 'researchField.stations',
  node: Station,
  link: { entity: StationResearchField, parentColumn: 'research_field_id', nodeColumn: 'station_id' },
};

export const RESEARCH_FIELD_TALENTS: ChildList<Talent, TalentResearchField> = {
  name: 'researchField.talents',
  node: Talent,
  link: { entity: TalentResearchField, parentColumn: 'research_field_id', nodeColumn: 'talent_id' },
};
