/** Who took part in an activity: a station, a talent or an organisation (exactly one per row). */
import { Index } from 'typeorm';
import { Field } from 'type-graphql';
import { enumType, EnumValue, EnumLabels } from '../../graphql/enum-type';
import { BaseRecord } from '../../db/base-record';
import { RecordEntity } from '../../db/record-entity';
import { EnumColumn, ForeignKey } from '../../db/columns';
import { Organization } from '../organization/organization.entity';
import { Station } from '../station/station.entity';
import { Talent } from '../talent/talent.entity';
import { Activity } from './activity.entity';

export const PARTICIPANT_ROLE_LABELS = {
  HOST: { zh: '主办', en: 'hosted or organised the activity' },
  SPEAKER: { zh: '主讲', en: 'spoke or presented at it' },
  PARTICIPANT: { zh: '参加', en: 'took part' },
  VISITED: { zh: '受访', en: 'was the place or party visited' },
} as const satisfies EnumLabels;
export const ParticipantRole = enumType('ParticipantRole', PARTICIPANT_ROLE_LABELS, 'The part a station, talent or organisation played in an activity.');
export type ParticipantRole = EnumValue<typeof ParticipantRole>;

@RecordEntity('activity_participant', 'A participant in an activity.')
@Index(['activityId'])
@Index(['stationId'])
@Index(['talentId'])
@Index(['organizationId'])
export class ActivityParticipant extends BaseRecord {
  @ForeignKey(() => Activity, { onDelete: 'CASCADE' })
  activityId: number;

  @ForeignKey(() => Station, { onDelete: 'CASCADE', nullable: true })
  stationId: number | null;

  @ForeignKey(() => Talent, { onDelete: 'CASCADE', nullable: true })
  talentId: number | null;

  @ForeignKey(() => Organization, { onDelete: 'CASCADE', nullable: true })
  organizationId: number | null;

  @Field(() => ParticipantRole, { description: 'The part the participant played.' })
  @EnumColumn(ParticipantRole)
  role: ParticipantRole;
}
