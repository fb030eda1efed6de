/** The person heading a station (站长); CQAST certifies heads, and the certification date says when. */
import { Field } from 'type-graphql';
import { BaseRecord } from '../../db/base-record';
import { RecordEntity } from '../../db/record-entity';
import { BilingualName } from '../../db/bilingual-name';
import { DateOnlyColumn, ForeignKey, NameColumn } from '../../db/columns';
import { Talent } from '../talent/talent.entity';

@RecordEntity('station_head', 'A station head (站长).')
export class StationHead extends BaseRecord {
  @BilingualName({ zh: { length: 80 }, en: { length: 120, nullable: true } })
  nameZh: string;
  nameEn: string | null;

  @Field(() => String, { nullable: true, description: 'Position in the host unit, e.g. 副总裁 (vice president).' })
  @NameColumn({ length: 120, nullable: true })
  position: string | null;

  @Field(() => String, { nullable: true, description: 'Date CQAST certified this head (YYYY-MM-DD); null when no certification is recorded here, which does not say the head is not certified (the source may not report it).' })
  @DateOnlyColumn({ nullable: true })
  certifiedOn: string | null;

  @NameColumn({ length: 200, nullable: true })
  email: string | null;

  @NameColumn({ length: 40, nullable: true })
  phone: string | null;

  @ForeignKey(() => Talent, { onDelete: 'SET NULL', nullable: true, comment: 'the talent record of the head, when they are one' })
  talentId: number | null;
}
