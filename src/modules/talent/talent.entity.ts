/** An overseas high-level talent (海外高层次人才), or a returnee (海归), known to the network. */
import { Column, Index } from 'typeorm';
import { Field } from 'type-graphql';
import { enumType, EnumValue, EnumLabels } from '../../graphql/enum-type';
import { BaseRecord } from '../../db/base-record';
import { RecordEntity } from '../../db/record-entity';
import { CountryColumn, EnumColumn, ForeignKey, NameColumn, TextColumn } from '../../db/columns';
import { Organization } from '../organization/organization.entity';
import { NameSortColumn } from '../../db/name-sort-column';

export const DEGREE_LABELS = {
  BACHELOR: { zh: '学士', en: 'bachelor\'s degree' },
  MASTER: { zh: '硕士', en: 'master\'s degree' },
  DOCTORATE: { zh: '博士', en: 'doctorate (PhD or equivalent)' },
  OTHER: { zh: '其他', en: 'another or no degree' },
} as const satisfies EnumLabels;
export const Degree = enumType('Degree', DEGREE_LABELS, 'Highest academic degree.');
export type Degree = EnumValue<typeof Degree>;

@RecordEntity('talent', 'An overseas high-level talent (海外高层次人才).')
@Index(['countryCode'])
@Index(['affiliationId'])
@Index(['isReturnee'])
export class Talent extends BaseRecord {
  @Field({ description: 'Name as the programme writes it: Chinese for Chinese names, the original for others (e.g. David Heath).' })
  @NameColumn({ length: 120 })
  name: string;

  /** What `orderBy: NAME` sorts by: the pinyin key of name, kept in step by every write (not in the API). */
  @NameSortColumn('name', { person: true })
  nameSort: string;

  @Field(() => String, { nullable: true, description: 'Name in Latin script, where known.' })
  @NameColumn({ length: 120, nullable: true })
  nameEn: string | null;

  @Field({ name: 'country', description: 'ISO 3166-1 alpha-2 code of the country the talent works in (or came back from, for returnees).' })
  @CountryColumn()
  countryCode: string;

  @Field(() => Degree, { description: 'Highest academic degree.' })
  @EnumColumn(Degree)
  degree: Degree;

  @Field(() => String, { nullable: true, description: 'Academic or professional title, e.g. 博士, Professor.' })
  @NameColumn({ length: 120, nullable: true })
  title: string | null;

  @Field({ description: 'True for a returnee talent (海归人才).' })
  @Column({ type: 'boolean', default: false })
  isReturnee: boolean;

  @ForeignKey(() => Organization, { onDelete: 'SET NULL', nullable: true })
  affiliationId: number | null;

  @Field(() => String, { nullable: true, description: 'Contact email.' })
  @NameColumn({ length: 200, nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Contact phone number.' })
  @NameColumn({ length: 40, nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true, description: 'A short biography (plain text, up to 5,000 characters); null when none was given.' })
  @TextColumn({ nullable: true })
  bio: string | null;
}
