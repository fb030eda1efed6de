/** A district or county of Chongqing (区县), or one of its functional new areas. */
import { Field } from 'type-graphql';
import { enumType, EnumValue, EnumLabels } from '../../graphql/enum-type';
import { BaseRecord } from '../../db/base-record';
import { RecordEntity } from '../../db/record-entity';
import { BilingualName } from '../../db/bilingual-name';
import { EnumColumn, NameColumn } from '../../db/columns';

export const DISTRICT_KIND_LABELS = {
  DISTRICT: { zh: '区', en: 'an urban district' },
  COUNTY: { zh: '县', en: 'a county' },
  NEW_AREA: { zh: '新区', en: 'a functional new area such as 两江新区 (Liangjiang New Area)' },
} as const satisfies EnumLabels;
export const DistrictKind = enumType('DistrictKind', DISTRICT_KIND_LABELS, '区 (district), 县 (county) or a functional new area such as 两江新区.');
export type DistrictKind = EnumValue<typeof DistrictKind>;

@RecordEntity('district', 'A district or county of Chongqing (区县).')
export class District extends BaseRecord {
  @Field({ description: 'Stable pinyin slug, e.g. "yubei".' })
  @NameColumn({ length: 40, unique: true })
  code: string;

  @BilingualName({ zh: { length: 60 }, sorted: true, en: { length: 80 } })
  nameZh: string;
  nameSort: string;
  nameEn: string;

  @Field(() => DistrictKind, { description: 'District (区), county (县) or functional new area.' })
  @EnumColumn(DistrictKind)
  kind: DistrictKind;
}
