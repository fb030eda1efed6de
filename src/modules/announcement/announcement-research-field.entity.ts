/** A research field an announcement seeks or offers. */
import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { BaseRecord } from '../../db/base-record';
import { ResearchField } from '../reference/research-field.entity';
import { Announcement } from './announcement.entity';

@Entity('announcement_research_field')
@Index(['announcementId', 'researchFieldId'], { unique: true })
@Index(['researchFieldId'])
export class AnnouncementResearchField extends BaseRecord {
  @Column({ type: 'integer' })
  announcementId: number;

  @ManyToOne(() => Announcement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'announcement_id' })
  announcement?: Relation<Announcement>;

  @Column({ type: 'integer' })
  researchFieldId: number;

  @ManyToOne(() => ResearchField, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'research_field_id' })
  researchField?: Relation<ResearchField>;
}
