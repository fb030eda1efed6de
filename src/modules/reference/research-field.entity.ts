/** A research field from the network's shared taxonomy, used by stations, talents, projects and announcements. */
import { Entity } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../db/base-record';
import { NameColumn } from '../../db/columns';

@ObjectType({ simpleResolvers: true, description: 'A research field (研究领域) from the shared taxonomy.' })
@Entity('research_field')
export class ResearchField extends BaseRecord {
  @Field({ description: 'Stable slug, e.g. "new-materials".' })
  @NameColumn({ length: 40, unique: true })
  code: string;

  @Field({ name: 'name', description: 'In Chinese, as the programme writes it.' })
  @NameColumn({ length: 60 })
  nameZh: string;

  @Field()
  @NameColumn({ length: 80 })
  nameEn: string;
}
