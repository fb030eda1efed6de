/** Connection types of the host-unit module. */
import { NodeConnection } from '../../graphql/connection';
import { HostUnit } from './host-unit.entity';

export const HostUnitConnection = NodeConnection(HostUnit, 'HostUnit');
