/** A domestic unit that hosts a station (建站单位): an enterprise, listed company, university, hospital, institute, society or park. */
import { Column, Index } from 'typeorm';
import { Field, Int } from 'type-graphql';
import { enumType, EnumValue, EnumLabels } from '../../graphql/enum-type';
import { BaseRecord } from '../../db/base-record';
import { RecordEntity } from '../../db/record-entity';
import { BilingualName } from '../../db/bilingual-name';
import { EnumColumn, ForeignKey, NameColumn } from '../../db/columns';
import { District } from '../reference/district.entity';

export const HOST_UNIT_KIND_LABELS = {
  LISTED_COMPANY: { zh: '上市公司', en: 'a listed company' },
  ENTERPRISE: { zh: '企业', en: 'an enterprise (not listed)' },
  UNIVERSITY: { zh: '高校', en: 'a university or college' },
  HOSPITAL: { zh: '医院', en: 'a hospital' },
  RESEARCH_INSTITUTE: { zh: '科研院所', en: 'a research institute' },
  SOCIETY: { zh: '学会', en: 'a society or association' },
  HIGH_TECH_PARK: { zh: '高新园区', en: 'a high-tech park' },
} as const satisfies EnumLabels;
export const HostUnitKind = enumType('HostUnitKind', HOST_UNIT_KIND_LABELS, 'What sort of domestic unit hosts a station.');
export type HostUnitKind = EnumValue<typeof HostUnitKind>;

@RecordEntity('host_unit', 'A domestic unit hosting a station (建站单位).')
@Index(['districtId'])
export class HostUnit extends BaseRecord {
  @Field(() => HostUnitKind, { description: 'What sort of unit it is.' })
  @EnumColumn(HostUnitKind)
  kind: HostUnitKind;

  @BilingualName({ zh: { unique: true }, sorted: true, en: { nullable: true } })
  nameZh: string;
  nameSort: string;
  nameEn: string | null;

  @ForeignKey(() => District, { onDelete: 'RESTRICT' })
  districtId: number;

  @Field(() => String, { nullable: true, description: 'Person who speaks for the unit (e.g. its general manager).' })
  @NameColumn({ length: 80, nullable: true })
  legalRepresentative: string | null;

  @Field(() => Int, { nullable: true, description: 'Service space offered to the station, in square metres (at least 100 to apply).' })
  @Column({ type: 'integer', nullable: true })
  serviceAreaM2: number | null;
}
