/** How clients narrow and order the station-applications list. */
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { IntRange, OrderDirection, SortField } from '../../graphql/ordering';
import { ApplicationStatus } from './station-application.entity';

@InputType({ description: 'Applications matching every given condition (a list matches any of its values).' })
export class StationApplicationFilter {
  @Field(() => [ApplicationStatus], { nullable: true })
  statuses?: ApplicationStatus[] | null;

  @Field(() => IntRange, { nullable: true, description: 'Filed in review rounds within these years.' })
  roundYears?: IntRange | null;

  @Field(() => [ID], { nullable: true, description: 'Filed by any of these host units.' })
  hostUnitIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'District ids.' })
  districtIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only generated (true) or only real (false) records.' })
  isGenerated?: boolean | null;
}

export enum StationApplicationOrderField {
  ID = 'ID',
  SUBMITTED_ON = 'SUBMITTED_ON',
}
registerEnumType(StationApplicationOrderField, { name: 'StationApplicationOrderField' });

export const STATION_APPLICATION_SORT_FIELDS: Record<StationApplicationOrderField, SortField> = {
  ID: { column: 'id', property: 'id' },
  SUBMITTED_ON: { column: 'submitted_on', property: 'submittedOn' },
};

@InputType()
export class StationApplicationOrder {
  @Field(() => StationApplicationOrderField)
  field: StationApplicationOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection = OrderDirection.ASC;
}
