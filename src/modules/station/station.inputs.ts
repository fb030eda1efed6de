/** How clients narrow and order the stations list. */
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { IntRange, OrderDirection, SortField } from '../../graphql/ordering';
import { HostUnitKind } from '../host-unit/host-unit.entity';
import { StationStatus } from './station-status';

@InputType({ description: 'Stations matching every given condition (a list matches any of its values).' })
export class StationFilter {
  @Field(() => [ID], { nullable: true, description: 'District ids.' })
  districtIds?: string[] | null;

  @Field(() => [StationStatus], { nullable: true })
  statuses?: StationStatus[] | null;

  @Field(() => Int, { nullable: true, description: 'Approved in this year.' })
  approvalYear?: number | null;

  @Field(() => IntRange, { nullable: true, description: 'Approved within these years.' })
  approvalYears?: IntRange | null;

  @Field(() => [ID], { nullable: true, description: 'Working in any of these research fields.' })
  researchFieldIds?: string[] | null;

  @Field(() => [HostUnitKind], { nullable: true, description: 'Hosted by a unit of these kinds.' })
  hostUnitKinds?: HostUnitKind[] | null;

  @Field(() => ID, { nullable: true, description: "In this offshore base's coordination group." })
  offshoreBaseId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only generated (true) or only real (false) records.' })
  isGenerated?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Chinese or English name contains this text.' })
  @IsOptional()
  @MaxLength(100, { message: 'nameContains must be at most 100 characters' })
  nameContains?: string | null;
}

export enum StationOrderField {
  ID = 'ID',
  NAME = 'NAME',
  APPROVAL_YEAR = 'APPROVAL_YEAR',
  APPROVED_ON = 'APPROVED_ON',
}
registerEnumType(StationOrderField, { name: 'StationOrderField' });

export const STATION_SORT_FIELDS: Record<StationOrderField, SortField> = {
  ID: { column: 'id', property: 'id' },
  NAME: { column: 'name_zh', property: 'nameZh' },
  APPROVAL_YEAR: { column: 'approval_year', property: 'approvalYear' },
  APPROVED_ON: { column: 'approved_on', property: 'approvedOn' },
};

@InputType()
export class StationOrder {
  @Field(() => StationOrderField)
  field: StationOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection = OrderDirection.ASC;
}
