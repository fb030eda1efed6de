/** How clients narrow and order the projects list. */
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { AmountRange, DateRange, OrderDirection, SortField } from '../../graphql/ordering';
import { ProjectStatus } from './project.entity';

export enum ProjectChannel {
  STATION = 'STATION',
  OFFSHORE_BASE = 'OFFSHORE_BASE',
}
registerEnumType(ProjectChannel, {
  name: 'ProjectChannel',
  description: 'How a project came in: introduced through a station, or incubated at an offshore base.',
});

@InputType({ description: 'Projects matching every given condition (a list matches any of its values).' })
export class ProjectFilter {
  @Field(() => [ProjectStatus], { nullable: true })
  statuses?: ProjectStatus[] | null;

  @Field(() => [ID], { nullable: true, description: 'In any of these research fields.' })
  researchFieldIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Introduced through any of these stations.' })
  stationIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Incubated at any of these offshore bases.' })
  offshoreBaseIds?: string[] | null;

  @Field(() => ProjectChannel, { nullable: true, description: 'Introduced through a station, or incubated at an offshore base.' })
  channel?: ProjectChannel | null;

  @Field(() => [ID], { nullable: true, description: 'From any of these partner organisations (ids of any organisation type).' })
  partnerOrganizationIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Brought in by any of these talents.' })
  talentIds?: string[] | null;

  @Field(() => AmountRange, { nullable: true, description: 'Amount in whole yuan (CNY).' })
  @IsOptional()
  @ValidateNested()
  amountCny?: AmountRange | null;

  @Field(() => DateRange, { nullable: true, description: 'Introduced within these dates.' })
  @IsOptional()
  @ValidateNested()
  introducedOn?: DateRange | null;

  @Field(() => Boolean, { nullable: true, description: 'Only generated (true) or only real (false) records.' })
  isGenerated?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Chinese or English name contains this text.' })
  @IsOptional()
  @MaxLength(100, { message: 'nameContains must be at most 100 characters' })
  nameContains?: string | null;
}

export enum ProjectOrderField {
  ID = 'ID',
  NAME = 'NAME',
  AMOUNT = 'AMOUNT',
  INTRODUCED_ON = 'INTRODUCED_ON',
}
registerEnumType(ProjectOrderField, { name: 'ProjectOrderField' });

export const PROJECT_SORT_FIELDS: Record<ProjectOrderField, SortField> = {
  ID: { column: 'id', property: 'id' },
  NAME: { column: 'name_zh', property: 'nameZh' },
  AMOUNT: { column: 'amount_cny', property: 'amountCny' },
  INTRODUCED_ON: { column: 'introduced_on', property: 'introducedOn' },
};

@InputType()
export class ProjectOrder {
  @Field(() => ProjectOrderField)
  field: ProjectOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection = OrderDirection.ASC;
}
