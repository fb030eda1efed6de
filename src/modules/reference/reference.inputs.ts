/** How clients narrow and order the small reference lists (districts, research fields). */
import { Field, InputType, registerEnumType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { OrderDirection, SortField } from '../../graphql/ordering';
import { DistrictKind } from './district.entity';

@InputType({ description: 'Districts matching every given condition (a list matches any of its values).' })
export class DistrictFilter {
  @Field(() => [DistrictKind], { nullable: true })
  kinds?: DistrictKind[] | null;

  @Field(() => [String], { nullable: true, description: 'Stable codes, e.g. ["yubei"].' })
  codes?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only generated (true) or only real (false) records.' })
  isGenerated?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Chinese or English name contains this text.' })
  @IsOptional()
  @MaxLength(100, { message: 'nameContains must be at most 100 characters' })
  nameContains?: string | null;
}

export enum DistrictOrderField {
  ID = 'ID',
  NAME = 'NAME',
  CODE = 'CODE',
}
registerEnumType(DistrictOrderField, { name: 'DistrictOrderField' });

export const DISTRICT_SORT_FIELDS: Record<DistrictOrderField, SortField> = {
  ID: { column: 'id', property: 'id' },
  NAME: { column: 'name_zh', property: 'nameZh' },
  CODE: { column: 'code', property: 'code' },
};

@InputType()
export class DistrictOrder {
  @Field(() => DistrictOrderField)
  field: DistrictOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection = OrderDirection.ASC;
}

@InputType({ description: 'Research fields matching every given condition (a list matches any of its values).' })
export class ResearchFieldFilter {
  @Field(() => [String], { nullable: true, description: 'Stable codes, e.g. ["new-materials"].' })
  codes?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only generated (true) or only real (false) records.' })
  isGenerated?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Chinese or English name contains this text.' })
  @IsOptional()
  @MaxLength(100, { message: 'nameContains must be at most 100 characters' })
  nameContains?: string | null;
}

export enum ResearchFieldOrderField {
  ID = 'ID',
  NAME = 'NAME',
  CODE = 'CODE',
}
registerEnumType(ResearchFieldOrderField, { name: 'ResearchFieldOrderField' });

export const RESEARCH_FIELD_SORT_FIELDS: Record<ResearchFieldOrderField, SortField> = {
  ID: { column: 'id', property: 'id' },
  NAME: { column: 'name_zh', property: 'nameZh' },
  CODE: { column: 'code', property: 'code' },
};

@InputType()
export class ResearchFieldOrder {
  @Field(() => ResearchFieldOrderField)
  field: ResearchFieldOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection = OrderDirection.ASC;
}
