/** A step of a station's status history leads back to its station. */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { StationStatusChange } from './station-status-change.entity';
import { Station } from './station.entity';

@Resolver(() => StationStatusChange)
export class StationStatusChangeResolver {
  @FieldResolver(() => Station)
  station(@Root() change: StationStatusChange, @Ctx() { loaders }: AppContext) {
    return loaders.byId(Station).load(change.stationId);
  }
}
