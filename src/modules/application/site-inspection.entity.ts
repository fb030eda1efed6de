/** A site inspection (实地考察) of an applicant's premises. */
import { Column, Index } from 'typeorm';
import { Field } from 'type-graphql';
import { BaseRecord } from '../../db/base-record';
import { RecordEntity } from '../../db/record-entity';
import { DateOnlyColumn, ForeignKey, NameColumn, TextColumn } from '../../db/columns';
import { StationApplication } from './station-application.entity';

@RecordEntity('site_inspection', 'A site inspection (实地考察).')
@Index(['applicationId'])
export class SiteInspection extends BaseRecord {
  @ForeignKey(() => StationApplication, { onDelete: 'CASCADE' })
  applicationId: number;

  @Field()
  @DateOnlyColumn()
  inspectedOn: string;

  @Field(() => String, { nullable: true })
  @NameColumn({ length: 300, nullable: true })
  inspectors: string | null;

  @Field(() => String, { nullable: true })
  @TextColumn({ nullable: true })
  findings: string | null;

  @Field()
  @Column({ type: 'boolean' })
  passed: boolean;
}
