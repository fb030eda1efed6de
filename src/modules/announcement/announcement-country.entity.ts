/** A country an announcement seeks talent or partners in (ISO 3166-1 alpha-2). */
import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { BaseRecord } from '../../db/base-record';
import { CountryColumn } from '../../db/columns';
import { Announcement } from './announcement.entity';

@Entity('announcement_country')
@Index(['announcementId', 'countryCode'], { unique: true })
@Index(['countryCode'])
export class AnnouncementCountry extends BaseRecord {
  @Column({ type: 'integer' })
  announcementId: number;

  @ManyToOne(() => Announcement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'announcement_id' })
  announcement?: Relation<Announcement>;

  @CountryColumn()
  countryCode: string;
}
