/** Links a station to the research fields it works in. */
import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { BaseRecord } from '../../db/base-record';
import { ResearchField } from '../reference/research-field.entity';
import { Station } from './station.entity';

@Entity('station_research_field')
@Index(['stationId', 'researchFieldId'], { unique: true })
@Index(['researchFieldId'])
export class StationResearchField extends BaseRecord {
  @Column({ type: 'integer' })
  stationId: number;

  @ManyToOne(() => Station, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'station_id' })
  station?: Relation<Station>;

  @Column({ type: 'integer' })
  researchFieldId: number;

  @ManyToOne(() => ResearchField, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'research_field_id' })
  researchField?: Relation<ResearchField>;
}
