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

  @Field({ description: 'Date of the inspection (YYYY-MM-DD).' })
  @DateOnlyColumn()
  inspectedOn: string;

  @Field(() => String, { nullable: true, description: 'Who inspected, e.g. 市科协国际合作部、评审专家组; null when not recorded.' })
  @NameColumn({ length: 300, nullable: true })
  inspectors: string | null;

  @Field(() => String, { nullable: true, description: 'What the inspectors found (plain text); null when not recorded.' })
  @TextColumn({ nullable: true })
  findings: string | null;

  @Field({ description: 'Whether the site passed; an application whose inspection failed cannot be publicized.' })
  @Column({ type: 'boolean' })
  passed: boolean;
}
