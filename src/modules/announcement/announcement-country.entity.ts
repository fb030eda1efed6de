/** A country an announcement seeks talent or partners in (ISO 3166-1 alpha-2). */
import { BaseRecord } from '../../db/base-record';
import { CountryColumn } from '../../db/columns';
import { LinkTable } from '../../db/link-table';
import { Announcement } from './announcement.entity';

@LinkTable('announcement_country', { announcementId: () => Announcement }, { countryCode: CountryColumn() })
export class AnnouncementCountry extends BaseRecord {
  announcementId: number;
  countryCode: string;
}
