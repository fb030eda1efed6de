/** A domestic unit that hosts a station (建站单位): an enterprise, listed company, university, hospital, institute, society or park. */
import { Column, Index } from 'typeorm';
import { Field, Int } from 'type-graphql';
import { enumType, EnumValue } from '../../graphql/enum-type';
import { BaseRecord } from '../../db/base-record';
import { RecordEntity } from '../../db/record-entity';
import { BilingualName } from '../../db/bilingual-name';
import { EnumColumn, ForeignKey, NameColumn } from '../../db/columns';
import { District } from '../reference/district.entity';

export const HostUnitKind = enumType(
  'HostUnitKind',
  ['LISTED_COMPANY', 'ENTERPRISE', 'UNIVERSITY', 'HOSPITAL', 'RESEARCH_INSTITUTE', 'SOCIETY', 'HIGH_TECH_PARK'],
  'What sort of domestic unit hosts a station.',
);
export type HostUnitKind = EnumValue<typeof HostUnitKind>;

@RecordEntity('host_unit', 'A domestic unit hosting a station (建站单位).')
@Index(['districtId'])
export class HostUnit extends BaseRecord {
  @Field(() => HostUnitKind)
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
