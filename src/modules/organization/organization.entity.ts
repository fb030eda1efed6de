/**
 * An organisation the network partners with (海外团体): consulates, societies and associations,
 * universities, research institutes, companies and government bodies, mostly overseas.
 */
import { Entity, Index } from 'typeorm';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseRecord } from '../../db/base-record';
import { CountryColumn, EnumColumn, NameColumn, TextColumn } from '../../db/columns';

export enum OrganizationKind {
  CONSULATE = 'CONSULATE',
  SOCIETY = 'SOCIETY',
  UNIVERSITY = 'UNIVERSITY',
  RESEARCH_INSTITUTE = 'RESEARCH_INSTITUTE',
  COMPANY = 'COMPANY',
  GOVERNMENT_BODY = 'GOVERNMENT_BODY',
}
registerEnumType(OrganizationKind, { name: 'OrganizationKind', description: 'What sort of body an organisation is; SOCIETY covers societies and associations (学会/协会).' });

@ObjectType({ description: 'An organisation the network cooperates with (海外团体).' })
@Entity('organization')
@Index(['countryCode'])
export class Organization extends BaseRecord {
  @Field(() => OrganizationKind)
  @EnumColumn(OrganizationKind)
  kind: OrganizationKind;

  @Field({ name: 'name', description: 'Name in Chinese, as the programme writes it.' })
  @NameColumn()
  nameZh: string;

  @Field(() => String, { nullable: true, description: 'Name in English, where one is known.' })
  @NameColumn({ nullable: true })
  nameEn: string | null;

  @Field({ description: 'ISO 3166-1 alpha-2 code of the country the organisation belongs to (e.g. HU for the Hungarian consulate in Chongqing).' })
  @CountryColumn()
  countryCode: string;

  @Field(() => String, { nullable: true, description: 'City where it sits.' })
  @NameColumn({ length: 80, nullable: true })
  city: string | null;

  @Field(() => String, { nullable: true })
  @NameColumn({ length: 300, nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true, description: 'Consular district, for consulates.' })
  @NameColumn({ nullable: true })
  jurisdiction: string | null;

  @Field(() => String, { nullable: true })
  @TextColumn({ nullable: true })
  description: string | null;
}
