/** How clients narrow and order the host-units list. */
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { OrderDirection, SortField } from '../../graphql/ordering';
import { HostUnitKind } from './host-unit.entity';

@InputType({ description: 'Host units matching every given condition (a list matches any of its values).' })
export class HostUnitFilter {
  @Field(() => [HostUnitKind], { nullable: true })
  kinds?: HostUnitKind[] | null;

  @Field(() => [ID], { nullable: true, description: 'District ids.' })
  districtIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only generated (true) or only real (false) records.' })
  isGenerated?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Chinese or English name contains this text.' })
  @IsOptional()
  @MaxLength(100, { message: 'nameContains must be at most 100 characters' })
  nameContains?: string | null;
}

export enum HostUnitOrderField {
  ID = 'ID',
  NAME = 'NAME',
}
registerEnumType(HostUnitOrderField, { name: 'HostUnitOrderField' });

export const HOST_UNIT_SORT_FIELDS: Record<HostUnitOrderField, SortField> = {
  ID: { column: 'id', property: 'id' },
  NAME: { column: 'name_zh', property: 'nameZh' },
};

@InputType()
export class HostUnitOrder {
  @Field(() => HostUnitOrderField)
  field: HostUnitOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection = OrderDirection.ASC;
}
