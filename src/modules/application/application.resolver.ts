/** The station-application workflow: applications (root list, one by id) and the to-one ends of reviews, inspections and experts. Its lists are in application-lists.resolver.ts. */
import { Role } from '../../auth/viewer';
import { ReadResolver, toOne } from '../../graphql/read-resolver';
import { HostUnit } from '../host-unit/host-unit.entity';
import { District } from '../reference/district.entity';
import { ResearchField } from '../reference/research-field.entity';
import { Station } from '../station/station.entity';
import { Talent } from '../talent/talent.entity';
import { EXPERT_ORDER, ExpertFilter, expertFilter, STATION_APPLICATION_ORDER, StationApplicationFilter, stationApplicationFilter } from './application.filters';
import { ExpertConnection, StationApplicationConnection } from './application.types';
import { ApplicationReview } from './application-review.entity';
import { Expert } from './expert.entity';
import { SiteInspection } from './site-inspection.entity';
import { StationApplication } from './station-application.entity';

export const StationApplicationResolver = ReadResolver(StationApplication, {
  list: {
    name: 'stationApplications',
    connection: StationApplicationConnection,
    filter: StationApplicationFilter,
    where: stationApplicationFilter,
    ordering: STATION_APPLICATION_ORDER,
    description: 'Applications to set up a station (申报), every round.',
  },
  byId: { name: 'stationApplication', description: 'One application by its global id; null when there is none.' },
  links: {
    hostUnit: toOne(() => HostUnit, 'hostUnitId', { description: 'The unit that filed the application.' }),
    district: toOne(() => District, 'districtId', { description: 'The district (区县) the station would sit in.' }),
    station: toOne(() => Station, 'stationId', { nullable: true, description: 'The station its approval created; null until approved.' }),
    proposedHead: toOne(() => Talent, 'proposedHeadTalentId', { nullable: true, description: 'The talent proposed to head the station; approval makes them its head.' }),
  },
});

export const ApplicationReviewResolver = ReadResolver(ApplicationReview, {
  links: {
    application: toOne(() => StationApplication, 'applicationId', { description: 'The application reviewed.' }),
    expert: toOne(() => Expert, 'expertId', { description: 'The expert reviewing it.' }),
  },
});

export const ExpertResolver = ReadResolver(Expert, {
  list: {
    name: 'experts',
    connection: ExpertConnection,
    filter: ExpertFilter,
    where: expertFilter,
    ordering: EXPERT_ORDER,
    description: 'The expert review pool (专家评审委员会), for choosing reviewers: `filter.assignableTo` leaves out those who may not review an application. STAFF only.',
    defaultOrder: 'by id',
    authorized: [Role.STAFF],
  },
  links: {
    researchField: toOne(() => ResearchField, 'researchFieldId', { nullable: true, description: "The expert's main research field, if one is recorded." }),
  },
});

export const SiteInspectionResolver = ReadResolver(SiteInspection, {
  links: {
    application: toOne(() => StationApplication, 'applicationId', { description: 'The application inspected.' }),
  },
});
