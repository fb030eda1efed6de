/**
 * Every list whose nodes are the application workflow's, one resolver per parent type: a station's
 * and a host unit's applications, an application's reviews and inspections, an expert's reviews
 * (the lists are in application.loaders.ts).
 */
import { ListFieldsResolver, listField } from '../../graphql/list-fields';
import { HostUnit } from '../host-unit/host-unit.entity';
import { Station } from '../station/station.entity';
import { Expert } from './expert.entity';
import * as lists from './application.loaders';
import { ApplicationReviewConnection, SiteInspectionConnection, StationApplicationConnection } from './application.types';
import { StationApplication } from './station-application.entity';

export const StationApplicationListsResolver = ListFieldsResolver(Station, {
  applications: listField(lists.STATION_APPLICATIONS, StationApplicationConnection, { description: 'The application that created the station.' }),
});

export const HostUnitApplicationListsResolver = ListFieldsResolver(HostUnit, {
  applications: listField(lists.HOST_UNIT_APPLICATIONS, StationApplicationConnection, { description: 'Applications the unit filed, oldest first.' }),
});

/** An application's reviews and site inspections. */
export const StationApplicationReviewListsResolver = ListFieldsResolver(StationApplication, {
  reviews: listField(lists.APPLICATION_REVIEWS, ApplicationReviewConnection, { description: "The assigned experts' reviews (专家评审)." }),
  inspections: listField(lists.APPLICATION_INSPECTIONS, SiteInspectionConnection, { description: 'Site inspections (实地考察), oldest first.' }),
});

export const ExpertReviewListsResolver = ListFieldsResolver(Expert, {
  reviews: listField(lists.EXPERT_REVIEWS, ApplicationReviewConnection, { description: 'Reviews the expert wrote, oldest first.' }),
});
