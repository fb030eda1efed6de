/** A domestic unit that hosts a station (建站单位): an enterprise, listed company, university, hospital, institute, society or park. */
import { Column, Entity, Index } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseRecord } from '../../db/base-record';
import { EnumColumn, ForeignKey, NameColumn } from '../../db/columns';
import { District } from '../reference/district.entity';
import { NameSortColumn } from '../../db/name-sort-column';

export enum HostUnitKind {
  LISTED_COMPANY = 'LISTED_COMPANY',
  ENTERPRISE = 'ENTERPRISE',
  UNIVERSITY = 'UNIVERSITY',
  HOSPITAL = 'HOSPITAL',
  RESEARCH_INSTITUTE = 'RESEARCH_INSTITUTE',
  SOCIETY = 'SOCIETY',
  HIGH_TECH_PARK = 'HIGH_TECH_PARK',
}
registerEnumType(HostUnitKind, { name: 'HostUnitKind', description: 'What sort of domestic unit hosts a station.' });

@ObjectType({ simpleResolvers: true, description: 'A domestic unit hosting a station (建站单位).' })
@Entity('host_unit')
@Index(['districtId'])
export class HostUnit extends BaseRecord {
  @Field(() => HostUnitKind)
  @EnumColumn(HostUnitKind)
  kind: HostUnitKind;

  @Field({ name: 'name', description: 'In Chinese, as the programme writes it.' })
  @NameColumn({ unique: true })
  nameZh: string;

  /** What `orderBy: NAME` sorts by: the pinyin key of nameZh, kept in step by every write (not in the API). */
  @NameSortColumn('nameZh')
  nameSort: string;

  @Field(() => String, { nullable: true })
  @NameColumn({ nullable: true })
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
