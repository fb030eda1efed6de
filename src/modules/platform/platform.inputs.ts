/** How clients narrow and order the platforms list. */
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { DateRange, OrderDirection, SortField } from '../../graphql/ordering';
import { PlatformKind } from './platform.entity';

@InputType({ description: 'Platforms matching every given condition (a list matches any of its values).' })
export class PlatformFilter {
  @Field(() => [PlatformKind], { nullable: true })
  kinds?: PlatformKind[] | null;

  @Field(() => [ID], { nullable: true, description: 'Built by any of these stations.' })
  stationIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Built by any of these offshore bases.' })
  offshoreBaseIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'In any of these research fields.' })
  researchFieldIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Built with any of these partner organisations (ids of any organisation type).' })
  partnerOrganizationIds?: string[] | null;

  @Field(() => DateRange, { nullable: true, description: 'Established within these dates.' })
  @IsOptional()
  @ValidateNested()
  establishedOn?: DateRange | null;

  @Field(() => Boolean, { nullable: true, description: 'Only generated (true) or only real (false) records.' })
  isGenerated?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Chinese or English name contains this text.' })
  @IsOptional()
  @MaxLength(100, { message: 'nameContains must be at most 100 characters' })
  nameContains?: string | null;
}

export enum PlatformOrderField {
  ID = 'ID',
  NAME = 'NAME',
  ESTABLISHED_ON = 'ESTABLISHED_ON',
}
registerEnumType(PlatformOrderField, { name: 'PlatformOrderField' });

export const PLATFORM_SORT_FIELDS: Record<PlatformOrderField, SortField> = {
  ID: { column: 'id', property: 'id' },
  NAME: { column: 'name_zh', property: 'nameZh' },
  ESTABLISHED_ON: { column: 'established_on', property: 'establishedOn' },
};

@InputType()
export class PlatformOrder {
  @Field(() => PlatformOrderField)
  field: PlatformOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection = OrderDirection.ASC;
}
