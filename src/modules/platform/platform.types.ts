/** Connection types whose nodes are platforms. */
import { NodeConnection } from '../../graphql/connection';
import { Platform } from './platform.entity';

export const PlatformConnection = NodeConnection(Platform, 'Platform');
