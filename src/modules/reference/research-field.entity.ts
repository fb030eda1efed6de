/** A research field from the network's shared taxonomy, used by stations, talents, projects and announcements. */
import { Entity } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../db/base-record';
import { NameColumn } from '../../db/columns';
import { NameSortColumn } from '../../db/name-sort-column';

@ObjectType({ simpleResolvers: true, description: 'A research field (研究领域) from the shared taxonomy.' })
@Entity('research_field')
export class ResearchField extends BaseRecord {
  @Field({ description: 'Stable slug, e.g. "new-materials".' })
  @NameColumn({ length: 40, unique: true })
  code: string;

  @Field({ name: 'name', description: 'In Chinese, as the programme writes it.' })
  @NameColumn({ length: 60 })
  nameZh: string;

  /** What `orderBy: NAME` sorts by: the pinyin key of nameZh, kept in step by every write (not in the API). */
  @NameSortColumn('nameZh')
  nameSort: string;

  @Field()
  @NameColumn({ length: 80 })
  nameEn: string;
}
