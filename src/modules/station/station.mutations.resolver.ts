/** The station mutations: thin, they decode ids and hand the rest to StationService. */
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { inputId } from '../../graphql/input-ids';
import { REINSTATE, REVOKE, StaffChange, SUSPEND } from './station.service';
import {
  CertifyStationHeadInput,
  ReinstateStationInput,
  RenewStationInput,
  RevokeStationInput,
  StationHeadPayload,
  StationStatusInput,
  StationStatusPayload,
  SuspendStationInput,
} from './station.mutation-types';
import { STATION_POLICIES } from './station.service';
import { rolesOf } from '../../write/policy';
import { MUTATION_INPUT } from '../../graphql/input-fields';

const stationId = (id: string) => inputId(id, 'Station', 'input.stationId');

@Resolver()
export class StationMutationsResolver {
  @Authorized(...rolesOf(STATION_POLICIES.suspendStation))
  @Mutation(() => StationStatusPayload, { description: 'Suspends an ACTIVE station, with the reason. STAFF.' })
  suspendStation(@Arg('input', MUTATION_INPUT) input: SuspendStationInput, @Ctx() context: AppContext): Promise<StationStatusPayload> {
    return change(context, input, SUSPEND);
  }

  @Authorized(...rolesOf(STATION_POLICIES.reinstateStation))
  @Mutation(() => StationStatusPayload, { description: 'Reinstates a SUSPENDED station: ACTIVE again. STAFF.' })
  reinstateStation(@Arg('input', MUTATION_INPUT) input: ReinstateStationInput, @Ctx() context: AppContext): Promise<StationStatusPayload> {
    return change(context, input, REINSTATE);
  }

  @Authorized(...rolesOf(STATION_POLICIES.revokeStation))
  @Mutation(() => StationStatusPayload, { description: 'Revokes an ACTIVE or SUSPENDED station, with the reason. STAFF.' })
  revokeStation(@Arg('input', MUTATION_INPUT) input: RevokeStationInput, @Ctx() context: AppContext): Promise<StationStatusPayload> {
    return change(context, input, REVOKE);
  }

  @Authorized(...rolesOf(STATION_POLICIES.renewStation))
  @Mutation(() => StationStatusPayload, { description: 'Renews an ACTIVE or EXPIRED station: validUntil moves 3 years on, and it is ACTIVE. STAFF.' })
  renewStation(@Arg('input', MUTATION_INPUT) input: RenewStationInput, @Ctx() context: AppContext): Promise<StationStatusPayload> {
    return context.services.stations.renew(context, stationId(input.stationId), input.reason ?? null, input.expectedVersion);
  }

  @Authorized(...rolesOf(STATION_POLICIES.certifyStationHead))
  @Mutation(() => StationHeadPayload, { description: 'Certifies a station head (站长认证), once. STAFF.' })
  async certifyStationHead(@Arg('input', MUTATION_INPUT) input: CertifyStationHeadInput, @Ctx() context: AppContext): Promise<StationHeadPayload> {
    const stationHead = await context.services.stations.certifyHead(context, inputId(input.stationHeadId, 'StationHead', 'input.stationHeadId'), input.certifiedOn);
    return { stationHead };
  }
}

function change(context: AppContext, input: StationStatusInput, which: StaffChange): Promise<StationStatusPayload> {
  return context.services.stations.changeStatus(context, stationId(input.stationId), which, input.reason, input.expectedVersion);
}
