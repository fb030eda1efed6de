/** A district or county of Chongqing (区县), or one of its functional new areas. */
import { Entity } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { enumType, EnumValue } from '../../graphql/enum-type';
import { BaseRecord } from '../../db/base-record';
import { EnumColumn, NameColumn } from '../../db/columns';
import { NameSortColumn } from '../../db/name-sort-column';

export const DistrictKind = enumType('DistrictKind', ['DISTRICT', 'COUNTY', 'NEW_AREA'], '区 (district), 县 (county) or a functional new area such as 两江新区.');
export type DistrictKind = EnumValue<typeof DistrictKind>;

@ObjectType({ simpleResolvers: true, description: 'A district or county of Chongqing (区县).' })
@Entity('district')
export class District extends BaseRecord {
  @Field({ description: 'Stable pinyin slug, e.g. "yubei".' })
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

  @Field(() => DistrictKind)
  @EnumColumn(DistrictKind)
  kind: DistrictKind;
}
