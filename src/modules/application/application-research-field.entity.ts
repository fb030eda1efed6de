/** Links an application to the research fields the proposed station would work in (copied to the station on approval). */
import { Entity, Index } from 'typeorm';
import { BaseRecord } from '../../db/base-record';
import { ForeignKey } from '../../db/columns';
import { ResearchField } from '../reference/research-field.entity';
import { StationApplication } from './station-application.entity';

@Entity('application_research_field')
@Index(['applicationId', 'researchFieldId'], { unique: true })
@Index(['researchFieldId'])
export class ApplicationResearchField extends BaseRecord {
  @ForeignKey(() => StationApplication, { onDelete: 'CASCADE' })
  applicationId: number;

  @ForeignKey(() => ResearchField, { onDelete: 'RESTRICT' })
  researchFieldId: number;
}
