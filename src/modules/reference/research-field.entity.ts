/** A research field from the network's shared taxonomy, used by stations, talents, projects and announcements. */
import { Entity } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../db/base-record';
import { BilingualName } from '../../db/bilingual-name';
import { NameColumn } from '../../db/columns';

@ObjectType({ simpleResolvers: true, description: 'A research field (研究领域) from the shared taxonomy.' })
@Entity('research_field')
export class ResearchField extends BaseRecord {
  @Field({ description: 'Stable slug, e.g. "new-materials".' })
  @NameColumn({ length: 40, unique: true })
  code: string;

  @BilingualName({ zh: { length: 60 }, sorted: true, en: { length: 80 } })
  nameZh: string;
  nameSort: string;
  nameEn: string;
}
