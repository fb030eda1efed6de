/**
 * An offshore innovation and entrepreneurship base (离岸创新创业基地): it absorbs returnee talents,
 * incubates overseas projects, builds platforms, signs top experts, and coordinates its district's stations.
 */
import { Column, Index } from 'typeorm';
import { Field, Int } from 'type-graphql';
import { enumType, EnumValue } from '../../graphql/enum-type';
import { BaseRecord } from '../../db/base-record';
import { RecordEntity } from '../../db/record-entity';
import { BilingualName } from '../../db/bilingual-name';
import { EnumColumn, ForeignKey } from '../../db/columns';
import { District } from '../reference/district.entity';

export const OffshoreBaseKind = enumType(
  'OffshoreBaseKind',
  ['WORK_BASE', 'OFFSHORE_BASE', 'OVERSEAS_BASE', 'RD_COMMUNITY'],
  "CAST's four base types: work base, offshore base, overseas base, R&D community.",
);
export type OffshoreBaseKind = EnumValue<typeof OffshoreBaseKind>;

export const BaseLevel = enumType('BaseLevel', ['NATIONAL', 'MUNICIPAL'], 'Who recognised the base: CAST (national) or CQAST (municipal).');
export type BaseLevel = EnumValue<typeof BaseLevel>;

@RecordEntity('offshore_base', 'An offshore innovation and entrepreneurship base (离岸基地).')
@Index(['districtId'])
export class OffshoreBase extends BaseRecord {
  @BilingualName({ zh: { unique: true }, sorted: true, en: { nullable: true } })
  nameZh: string;
  nameSort: string;
  nameEn: string | null;

  @Field(() => OffshoreBaseKind)
  @EnumColumn(OffshoreBaseKind)
  kind: OffshoreBaseKind;

  @Field(() => BaseLevel)
  @EnumColumn(BaseLevel)
  level: BaseLevel;

  @ForeignKey(() => District, { onDelete: 'RESTRICT' })
  districtId: number;

  @Field(() => Int)
  @Column({ type: 'integer' })
  establishedYear: number;
}
