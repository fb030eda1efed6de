/** Connection types of the announcement module. */
import { NodeConnection } from '../../graphql/connection';
import { Announcement } from './announcement.entity';

export const AnnouncementConnection = NodeConnection(Announcement, 'Announcement');
