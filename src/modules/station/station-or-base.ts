/**
 * The two columns of a record kept by a station or by an offshore base: `stationId` and
 * `offshoreBaseId`, both nullable, the record deleted with whichever keeps it. Seven entities have
 * them (activities, announcements, engagements, grants, partnerships, platforms, projects), so they
 * are declared here once. How many of the two a row may name (exactly one, or at most one for an
 * activity the operator runs itself) is each service's rule.
 */
import { ForeignKey } from '../../db/columns';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { Station } from './station.entity';

/** Put it on `stationId` and declare `offshoreBaseId` right below. */
export function StationOrBase(): PropertyDecorator {
  return (prototype, propertyKey) => {
    if (propertyKey !== 'stationId') throw new Error(`@StationOrBase goes on stationId, not ${String(propertyKey)}`);
    ForeignKey(() => Station, { onDelete: 'CASCADE', nullable: true })(prototype, 'stationId');
    ForeignKey(() => OffshoreBase, { onDelete: 'CASCADE', nullable: true })(prototype, 'offshoreBaseId');
  };
}
