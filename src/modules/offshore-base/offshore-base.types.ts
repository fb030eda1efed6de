/** Connection types whose nodes are offshore bases; bases through a partnership or an engagement are with the link (partnership.types.ts, talent.types.ts). */
import { NodeConnection } from '../../graphql/connection';
import { OffshoreBase } from './offshore-base.entity';

export const OffshoreBaseConnection = NodeConnection(OffshoreBase, 'OffshoreBase');
