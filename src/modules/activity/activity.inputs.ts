/** How clients narrow and order the activities list. */
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { DateRange, OrderDirection, SortField } from '../../graphql/ordering';
import { ActivityKind } from './activity.entity';

@InputType({ description: 'Activities matching every given condition (a list matches any of its values).' })
export class ActivityFilter {
  @Field(() => [ActivityKind], { nullable: true })
  kinds?: ActivityKind[] | null;

  @Field(() => DateRange, { nullable: true, description: 'Starting within these dates; activities without a start date never match a range.' })
  @IsOptional()
  @ValidateNested()
  startsOn?: DateRange | null;

  @Field(() => [ID], { nullable: true, description: 'Organised by, or taken part in by, any of these stations.' })
  stationIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Organised by any of these offshore bases.' })
  offshoreBaseIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Taken part in by any of these talents.' })
  talentIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Taken part in by any of these organisations (ids of any organisation type).' })
  organizationIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Paid for by a grant (true) or not (false).' })
  funded?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only generated (true) or only real (false) records.' })
  isGenerated?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Chinese or English title contains this text.' })
  @IsOptional()
  @MaxLength(100, { message: 'titleContains must be at most 100 characters' })
  titleContains?: string | null;
}

/** Only NOT NULL columns can order a keyset list: startsOn is null where the source gives no date. */
export enum ActivityOrderField {
  ID = 'ID',
  TITLE = 'TITLE',
}
registerEnumType(ActivityOrderField, { name: 'ActivityOrderField' });

export const ACTIVITY_SORT_FIELDS: Record<ActivityOrderField, SortField> = {
  ID: { column: 'id', property: 'id' },
  TITLE: { column: 'title_zh', property: 'titleZh' },
};

@InputType()
export class ActivityOrder {
  @Field(() => ActivityOrderField)
  field: ActivityOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection = OrderDirection.ASC;
}
