/** How clients narrow and order the offshore-bases list. */
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { IntRange, OrderDirection, SortField } from '../../graphql/ordering';
import { BaseLevel, OffshoreBaseKind } from './offshore-base.entity';

@InputType({ description: 'Offshore bases matching every given condition (a list matches any of its values).' })
export class OffshoreBaseFilter {
  @Field(() => [OffshoreBaseKind], { nullable: true })
  kinds?: OffshoreBaseKind[] | null;

  @Field(() => [BaseLevel], { nullable: true })
  levels?: BaseLevel[] | null;

  @Field(() => [ID], { nullable: true, description: 'District ids.' })
  districtIds?: string[] | null;

  @Field(() => IntRange, { nullable: true, description: 'Established within these years.' })
  establishedYears?: IntRange | null;

  @Field(() => Boolean, { nullable: true, description: 'Only generated (true) or only real (false) records.' })
  isGenerated?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Chinese or English name contains this text.' })
  @IsOptional()
  @MaxLength(100, { message: 'nameContains must be at most 100 characters' })
  nameContains?: string | null;
}

export enum OffshoreBaseOrderField {
  ID = 'ID',
  NAME = 'NAME',
  ESTABLISHED_YEAR = 'ESTABLISHED_YEAR',
}
registerEnumType(OffshoreBaseOrderField, { name: 'OffshoreBaseOrderField' });

export const OFFSHORE_BASE_SORT_FIELDS: Record<OffshoreBaseOrderField, SortField> = {
  ID: { column: 'id', property: 'id' },
  NAME: { column: 'name_zh', property: 'nameZh' },
  ESTABLISHED_YEAR: { column: 'established_year', property: 'establishedYear' },
};

@InputType()
export class OffshoreBaseOrder {
  @Field(() => OffshoreBaseOrderField)
  field: OffshoreBaseOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection = OrderDirection.ASC;
}
