/** Links a station to the research fields it works in. */
import { BaseRecord } from '../../db/base-record';
import { ForeignKey } from '../../db/columns';
import { LinkTable } from '../../db/link-table';
import { ResearchField } from '../reference/research-field.entity';
import { Station } from './station.entity';

@LinkTable('station_research_field', { stationId: () => Station }, { researchFieldId: ForeignKey(() => ResearchField, { onDelete: 'RESTRICT' }) })
export class StationResearchField extends BaseRecord {
  stationId: number;
  researchFieldId: number;
}
