/**
 * An offshore innovation and entrepreneurship base (离岸创新创业基地): it absorbs returnee talents,
 * incubates overseas projects, builds platforms, signs top experts, and coordinates its district's stations.
 */
import { Column, Index } from 'typeorm';
import { Field, Int } from 'type-graphql';
import { enumType, EnumValue, EnumLabels } from '../../graphql/enum-type';
import { BaseRecord } from '../../db/base-record';
import { RecordEntity } from '../../db/record-entity';
import { BilingualName } from '../../db/bilingual-name';
import { EnumColumn, ForeignKey } from '../../db/columns';
import { District } from '../reference/district.entity';

export const OFFSHORE_BASE_KIND_LABELS = {
  WORK_BASE: { zh: '工作基地', en: 'a work base' },
  OFFSHORE_BASE: { zh: '离岸基地', en: 'an offshore innovation and entrepreneurship base' },
  OVERSEAS_BASE: { zh: '海外基地', en: 'a base abroad' },
  RD_COMMUNITY: { zh: '研发社区', en: 'an R&D community' },
} as const satisfies EnumLabels;
export const OffshoreBaseKind = enumType('OffshoreBaseKind', OFFSHORE_BASE_KIND_LABELS, "CAST's four base types: work base, offshore base, overseas base, R&D community.");
export type OffshoreBaseKind = EnumValue<typeof OffshoreBaseKind>;

export const BASE_LEVEL_LABELS = {
  NATIONAL: { zh: '国家级', en: 'recognised by CAST' },
  MUNICIPAL: { zh: '市级', en: 'recognised by CQAST' },
} as const satisfies EnumLabels;
export const BaseLevel = enumType('BaseLevel', BASE_LEVEL_LABELS, 'Who recognised the base: CAST (national) or CQAST (municipal).');
export type BaseLevel = EnumValue<typeof BaseLevel>;

@RecordEntity('offshore_base', 'An offshore innovation and entrepreneurship base (离岸基地).')
@Index(['districtId'])
export class OffshoreBase extends BaseRecord {
  @BilingualName({ zh: { unique: true }, sorted: true, en: { nullable: true } })
  nameZh: string;
  nameSort: string;
  nameEn: string | null;

  @Field(() => OffshoreBaseKind, { description: "Which of CAST's four base types it is." })
  @EnumColumn(OffshoreBaseKind)
  kind: OffshoreBaseKind;

  @Field(() => BaseLevel, { description: 'Who recognised the base: CAST (national) or CQAST (municipal).' })
  @EnumColumn(BaseLevel)
  level: BaseLevel;

  @ForeignKey(() => District, { onDelete: 'RESTRICT' })
  districtId: number;

  @Field(() => Int, { description: 'The year the base was established.' })
  @Column({ type: 'integer' })
  establishedYear: number;
}
