/** A research field an announcement seeks or offers. */
import { BaseRecord } from '../../db/base-record';
import { ForeignKey } from '../../db/columns';
import { LinkTable } from '../../db/link-table';
import { ResearchField } from '../reference/research-field.entity';
import { Announcement } from './announcement.entity';

@LinkTable('announcement_research_field', { announcementId: () => Announcement }, { researchFieldId: ForeignKey(() => ResearchField, { onDelete: 'RESTRICT' }) })
export class AnnouncementResearchField extends BaseRecord {
  announcementId: number;
  researchFieldId: number;
}
