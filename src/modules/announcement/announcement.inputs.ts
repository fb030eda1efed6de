/** How clients (and subscribers) narrow and order the announcements list. */
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { IsDateString, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { DateRange, OrderDirection, SortField } from '../../graphql/ordering';
import { AnnouncementKind } from './announcement.entity';

export enum AnnouncementPublisherKind {
  STATION = 'STATION',
  OFFSHORE_BASE = 'OFFSHORE_BASE',
  OPERATOR = 'OPERATOR',
}
registerEnumType(AnnouncementPublisherKind, {
  name: 'AnnouncementPublisherKind',
  description: 'Who published an announcement: a station, an offshore base, or the operator (CQAST) itself.',
});

@InputType({ description: 'Announcements matching every given condition (a list matches any of its values).' })
export class AnnouncementFilter {
  @Field(() => [AnnouncementKind], { nullable: true })
  kinds?: AnnouncementKind[] | null;

  @Field(() => [AnnouncementPublisherKind], { nullable: true, description: 'Published by a station, a base or the operator; [OPERATOR] is the operator\'s own announcements only.' })
  publishedBy?: AnnouncementPublisherKind[] | null;

  @Field(() => [ID], { nullable: true, description: 'Published by any of these stations.' })
  stationIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Published by any of these offshore bases.' })
  offshoreBaseIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Naming any of these research fields.' })
  researchFieldIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Seeking any of these countries (ISO 3166-1 alpha-2 codes, e.g. ["DE", "GB"]).' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'countries must be ISO 3166-1 alpha-2 codes in capitals, e.g. "DE"' })
  countries?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Still open on this day (YYYY-MM-DD): no deadline, or a deadline on or after it.' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'openOn must be a date written YYYY-MM-DD' })
  openOn?: string | null;

  @Field(() => DateRange, { nullable: true, description: 'Published within these dates.' })
  @IsOptional()
  @ValidateNested()
  publishedOn?: DateRange | null;

  @Field(() => Boolean, { nullable: true, description: 'Only generated (true) or only real (false) records.' })
  isGenerated?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Chinese or English title contains this text.' })
  @IsOptional()
  @MaxLength(100, { message: 'titleContains must be at most 100 characters' })
  titleContains?: string | null;
}

export enum AnnouncementOrderField {
  ID = 'ID',
  PUBLISHED_ON = 'PUBLISHED_ON',
}
registerEnumType(AnnouncementOrderField, { name: 'AnnouncementOrderField' });

export const ANNOUNCEMENT_SORT_FIELDS: Record<AnnouncementOrderField, SortField> = {
  ID: { column: 'id', property: 'id' },
  PUBLISHED_ON: { column: 'published_on', property: 'publishedOn' },
};

@InputType()
export class AnnouncementOrder {
  @Field(() => AnnouncementOrderField)
  field: AnnouncementOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection = OrderDirection.ASC;
}
