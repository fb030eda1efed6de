/** Links a station to the research fields it works in. */
import { Entity, Index } from 'typeorm';
import { BaseRecord } from '../../db/base-record';
import { ForeignKey } from '../../db/columns';
import { ResearchField } from '../reference/research-field.entity';
import { Station } from './station.entity';

@Entity('station_research_field')
@Index(['stationId', 'researchFieldId'], { unique: true })
@Index(['researchFieldId'])
export class StationResearchField extends BaseRecord {
  @ForeignKey(() => Station, { onDelete: 'CASCADE' })
  stationId: number;

  @ForeignKey(() => ResearchField, { onDelete: 'RESTRICT' })
  researchFieldId: number;
}
