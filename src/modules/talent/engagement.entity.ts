/**
 * A talent's engagement at a station or at an offshore base (exactly one of the two): the role,
 * when it started and ended, and whether STAFF have confirmed it. "On post" (在岗) is derived: an
 * engagement that has not ended.
 */
import { Index } from 'typeorm';
import { Field } from 'type-graphql';
import { enumType, EnumValue, EnumLabels } from '../../graphql/enum-type';
import { BaseRecord } from '../../db/base-record';
import { RecordEntity } from '../../db/record-entity';
import { DateOnlyColumn, EnumColumn, ForeignKey, NameColumn } from '../../db/columns';
import { Talent } from './talent.entity';
import { StationOrBase } from '../station/station-or-base';

export const ENGAGEMENT_ROLE_LABELS = {
  CHIEF_TECHNICAL_ADVISER: { zh: '首席研发技术顾问', en: 'chief R&D technical adviser' },
  CHIEF_SCIENTIST: { zh: '首席科学家', en: 'chief scientist' },
  TECHNICAL_ADVISER: { zh: '技术顾问', en: 'technical adviser' },
  TEAM_LEADER: { zh: '团队负责人', en: 'leader of an overseas team' },
  TEAM_MEMBER: { zh: '团队成员', en: 'member of an overseas team' },
  RESEARCHER: { zh: '研究人员', en: 'researcher' },
  SIGNED_EXPERT: { zh: '签约外国顶尖专家', en: 'a top foreign expert signed by an offshore base' },
  ENTREPRENEUR: { zh: '海归创业人才', en: 'a returnee entrepreneur absorbed by an offshore base' },
} as const satisfies EnumLabels;
export const EngagementRole = enumType('EngagementRole', ENGAGEMENT_ROLE_LABELS, 'The role a talent takes; SIGNED_EXPERT marks a top foreign expert signed by an offshore base, ENTREPRENEUR a returnee absorbed by a base.');
export type EngagementRole = EnumValue<typeof EngagementRole>;

/**
 * A unit manager may engage any talent at its own station; until STAFF confirm it, the engagement
 * grants the unit nothing (no contact details, no updateTalent) and counts in no figure, so
 * engaging a stranger is not a way into their record (issue 12, §5).
 */
export const ENGAGEMENT_STATUS_LABELS = {
  PROPOSED: { zh: '待确认', en: 'proposed by a unit manager, waiting for STAFF; grants nothing and counts in no figure' },
  CONFIRMED: { zh: '已确认', en: 'confirmed by STAFF (or made by them): in force' },
} as const satisfies EnumLabels;
export const EngagementStatus = enumType('EngagementStatus', ENGAGEMENT_STATUS_LABELS, "PROPOSED: made by a unit manager, waiting for STAFF (seen only by STAFF and the station's unit). CONFIRMED: in force.");
export type EngagementStatus = EnumValue<typeof EngagementStatus>;

@RecordEntity('engagement', 'A talent engaged at a station or offshore base.')
@Index(['stationId', 'talentId'])
// The public's station.talents ranks confirmed engagements per station from this index alone.
@Index(['stationId', 'status', 'talentId'])
@Index(['offshoreBaseId', 'talentId'])
@Index(['talentId'])
// suggestTalents counts each candidate's confirmed engagements from this index alone.
@Index(['talentId', 'status'])
export class Engagement extends BaseRecord {
  @ForeignKey(() => Talent, { onDelete: 'CASCADE' })
  talentId: number;

  @StationOrBase()
  stationId: number | null;
  offshoreBaseId: number | null;

  @Field(() => EngagementRole, { description: 'The role the talent takes in this engagement.' })
  @EnumColumn(EngagementRole)
  role: EngagementRole;

  @Field(() => String, { nullable: true, description: 'The title as the host words it, e.g. 首席研发技术顾问.' })
  @NameColumn({ length: 120, nullable: true })
  title: string | null;

  @Field({ description: 'First day of the engagement (YYYY-MM-DD).' })
  @DateOnlyColumn()
  startedOn: string;

  @Field(() => String, { nullable: true, description: 'Last day, if it has ended (YYYY-MM-DD); null while it runs.' })
  @DateOnlyColumn({ nullable: true })
  endedOn: string | null;

  @Field(() => EngagementStatus, { description: 'PROPOSED until STAFF confirm an engagement a unit manager made (confirmEngagement).' })
  @EnumColumn(EngagementStatus, { default: EngagementStatus.CONFIRMED })
  status: EngagementStatus;
}
