/** A research field an announcement seeks or offers. */
import { Entity, Index } from 'typeorm';
import { BaseRecord } from '../../db/base-record';
import { ForeignKey } from '../../db/columns';
import { ResearchField } from '../reference/research-field.entity';
import { Announcement } from './announcement.entity';

@Entity('announcement_research_field')
@Index(['announcementId', 'researchFieldId'], { unique: true })
@Index(['researchFieldId'])
export class AnnouncementResearchField extends BaseRecord {
  @ForeignKey(() => Announcement, { onDelete: 'CASCADE' })
  announcementId: number;

  @ForeignKey(() => ResearchField, { onDelete: 'RESTRICT' })
  researchFieldId: number;
}
