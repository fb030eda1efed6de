/**
 * Every list whose nodes are the application workflow's, on each parent type: a station's and a
 * host unit's applications, an application's reviews and inspections, an expert's reviews (the
 * lists are in application.relations.ts).
 */
import { ListFieldsResolvers } from '../../graphql/list-fields';
import { HostUnit } from '../host-unit/host-unit.entity';
import { Station } from '../station/station.entity';
import { Expert } from './expert.entity';
import * as lists from './application.relations';
import { ApplicationReviewConnection, SiteInspectionConnection, StationApplicationConnection } from './application.types';
import { StationApplication } from './station-application.entity';

export const ApplicationListsResolvers = ListFieldsResolvers([
  { on: Station, list: lists.STATION_APPLICATIONS, connection: StationApplicationConnection, description: 'The application that created the station.' },
  { on: HostUnit, list: lists.HOST_UNIT_APPLICATIONS, connection: StationApplicationConnection, description: 'Applications the unit filed, oldest first.' },
  { on: StationApplication, list: lists.APPLICATION_REVIEWS, connection: ApplicationReviewConnection, description: "The assigned experts' reviews (专家评审)." },
  { on: StationApplication, list: lists.APPLICATION_INSPECTIONS, connection: SiteInspectionConnection, description: 'Site inspections (实地考察), oldest first.' },
  { on: Expert, list: lists.EXPERT_REVIEWS, connection: ApplicationReviewConnection, description: 'Reviews the expert wrote, oldest first.' },
]);
