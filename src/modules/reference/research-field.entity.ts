/** A research field from the network's shared taxonomy, used by stations, talents, projects and announcements. */
import { Field } from 'type-graphql';
import { BaseRecord } from '../../db/base-record';
import { RecordEntity } from '../../db/record-entity';
import { BilingualName } from '../../db/bilingual-name';
import { NameColumn } from '../../db/columns';

@RecordEntity('research_field', 'A research field (研究领域) from the shared taxonomy.')
export class ResearchField extends BaseRecord {
  @Field({ description: 'Stable slug, e.g. "new-materials".' })
  @NameColumn({ length: 40, unique: true })
  code: string;

  @BilingualName({ zh: { length: 60 }, sorted: true, en: { length: 80 } })
  nameZh: string;
  nameSort: string;
  nameEn: string;
}
