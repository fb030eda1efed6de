/**
 * An overseas project (海外项目) introduced through a station, or incubated at an offshore base
 * (exactly one of the two), from a partner organisation and/or a talent.
 */
import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { SafeIntResolver } from 'graphql-scalars';
import { BaseRecord } from '../../db/base-record';
import { DateOnlyColumn, EnumColumn, MoneyColumn, NameColumn, TextColumn } from '../../db/columns';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { Organization } from '../organization/organization.entity';
import { ResearchField } from '../reference/research-field.entity';
import { Station } from '../station/station.entity';
import { Talent } from '../talent/talent.entity';

export enum ProjectStatus {
  NEGOTIATING = 'NEGOTIATING',
  INTRODUCED = 'INTRODUCED',
  INCUBATING = 'INCUBATING',
  LANDED = 'LANDED',
}
registerEnumType(ProjectStatus, { name: 'ProjectStatus', description: 'negotiating → introduced → incubating → landed.' });

@ObjectType({ description: 'An introduced overseas project (海外项目).' })
@Entity('project')
@Index(['stationId'])
@Index(['offshoreBaseId'])
@Index(['partnerOrganizationId'])
@Index(['talentId'])
@Index(['researchFieldId'])
export class Project extends BaseRecord {
  @Field({ name: 'name', description: 'In Chinese, as the programme writes it.' })
  @NameColumn({ length: 300 })
  nameZh: string;

  @Field(() => String, { nullable: true })
  @NameColumn({ length: 300, nullable: true })
  nameEn: string | null;

  @Field(() => ProjectStatus)
  @EnumColumn(ProjectStatus)
  status: ProjectStatus;

  @Field(() => SafeIntResolver, { description: 'Amount in whole yuan (CNY), exact.' })
  @MoneyColumn()
  amountCny: number;

  @Column({ type: 'integer', nullable: true })
  researchFieldId: number | null;

  @ManyToOne(() => ResearchField, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'research_field_id' })
  researchField?: Relation<ResearchField>;

  @Column({ type: 'integer', nullable: true })
  stationId: number | null;

  @ManyToOne(() => Station, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'station_id' })
  station?: Relation<Station>;

  @Column({ type: 'integer', nullable: true })
  offshoreBaseId: number | null;

  @ManyToOne(() => OffshoreBase, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'offshore_base_id' })
  offshoreBase?: Relation<OffshoreBase>;

  @Column({ type: 'integer', nullable: true })
  partnerOrganizationId: number | null;

  @ManyToOne(() => Organization, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'partner_organization_id' })
  partnerOrganization?: Relation<Organization>;

  @Column({ type: 'integer', nullable: true })
  talentId: number | null;

  @ManyToOne(() => Talent, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'talent_id' })
  talent?: Relation<Talent>;

  @Field({ description: 'Date the project was introduced (YYYY-MM-DD).' })
  @DateOnlyColumn()
  introducedOn: string;

  @Field(() => String, { nullable: true })
  @TextColumn({ nullable: true })
  description: string | null;
}
