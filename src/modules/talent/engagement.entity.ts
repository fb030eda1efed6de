/**
 * A talent's engagement at a station or at an offshore base (exactly one of the two): the role,
 * when it started and ended. "On post" (在岗) is derived: an engagement that has not ended.
 */
import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseRecord } from '../../db/base-record';
import { DateOnlyColumn, EnumColumn, NameColumn } from '../../db/columns';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { Station } from '../station/station.entity';
import { Talent } from './talent.entity';

export enum EngagementRole {
  CHIEF_TECHNICAL_ADVISER = 'CHIEF_TECHNICAL_ADVISER',
  CHIEF_SCIENTIST = 'CHIEF_SCIENTIST',
  TECHNICAL_ADVISER = 'TECHNICAL_ADVISER',
  TEAM_LEADER = 'TEAM_LEADER',
  TEAM_MEMBER = 'TEAM_MEMBER',
  RESEARCHER = 'RESEARCHER',
  SIGNED_EXPERT = 'SIGNED_EXPERT',
  ENTREPRENEUR = 'ENTREPRENEUR',
}
registerEnumType(EngagementRole, {
  name: 'EngagementRole',
  description: 'The role a talent takes; SIGNED_EXPERT marks a top foreign expert signed by an offshore base, ENTREPRENEUR a returnee absorbed by a base.',
});

@ObjectType({ description: 'A talent engaged at a station or offshore base.' })
@Entity('engagement')
@Index(['stationId', 'talentId'])
@Index(['offshoreBaseId', 'talentId'])
@Index(['talentId'])
export class Engagement extends BaseRecord {
  @Column({ type: 'integer' })
  talentId: number;

  @ManyToOne(() => Talent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'talent_id' })
  talent?: Relation<Talent>;

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

  @Field(() => EngagementRole)
  @EnumColumn(EngagementRole)
  role: EngagementRole;

  @Field(() => String, { nullable: true, description: 'The title as the host words it, e.g. 首席研发技术顾问.' })
  @NameColumn({ length: 120, nullable: true })
  title: string | null;

  @Field()
  @DateOnlyColumn()
  startedOn: string;

  @Field(() => String, { nullable: true })
  @DateOnlyColumn({ nullable: true })
  endedOn: string | null;
}
