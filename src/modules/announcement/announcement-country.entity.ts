/** A country an announcement seeks talent or partners in (ISO 3166-1 alpha-2). */
import { Entity, Index } from 'typeorm';
import { BaseRecord } from '../../db/base-record';
import { CountryColumn, ForeignKey } from '../../db/columns';
import { Announcement } from './announcement.entity';

@Entity('announcement_country')
@Index(['announcementId', 'countryCode'], { unique: true })
@Index(['countryCode'])
export class AnnouncementCountry extends BaseRecord {
  @ForeignKey(() => Announcement, { onDelete: 'CASCADE' })
  announcementId: number;

  @CountryColumn()
  countryCode: string;
}
