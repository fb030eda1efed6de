/**
 * The lists GET /export/<list>.csv|.xlsx serves, declared as data. Each mirrors a root list of the
 * GraphQL API: the same entity, the same filter input and SQL (the module's `*.filters.ts`), the
 * same orderings, so an export holds the rows `<list>(filter:)` pages through, in the same scope.
 * What an export adds is the to-one relations it names in words (a station's district, its host
 * unit), and computed fields a list row has in GraphQL (an announcement's publisher kind).
 */
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { AppContext } from '../context';
import type { Filter } from '../db/where';
import type { Ordering } from '../graphql/ordering';
import { ActivityFilter, activityFilter, ACTIVITY_ORDER } from '../modules/activity/activity.filters';
import { Activity } from '../modules/activity/activity.entity';
import { ANNOUNCEMENT_COUNTRIES, ANNOUNCEMENT_ORDER, AnnouncementFilter, announcementFilter, publisherKindOf } from '../modules/announcement/announcement.filters';
import { Announcement } from '../modules/announcement/announcement.entity';
import { STATION_APPLICATION_ORDER, StationApplicationFilter, stationApplicationFilter } from '../modules/application/application.filters';
import { StationApplication } from '../modules/application/station-application.entity';
import { EVALUATION_ORDER, EvaluationFilter, evaluationFilter } from '../modules/evaluation/evaluation.filters';
import { Evaluation } from '../modules/evaluation/evaluation.entity';
import { FUNDING_GRANT_ORDER, FundingGrantFilter, fundingGrantFilter } from '../modules/funding/funding.filters';
import { FundingGrant } from '../modules/funding/funding-grant.entity';
import { HOST_UNIT_ORDER, HostUnitFilter, hostUnitFilter } from '../modules/host-unit/host-unit.filters';
import { HostUnit } from '../modules/host-unit/host-unit.entity';
import { OFFSHORE_BASE_ORDER, OffshoreBaseFilter, offshoreBaseFilter } from '../modules/offshore-base/offshore-base.filters';
import { OffshoreBase } from '../modules/offshore-base/offshore-base.entity';
import { ORGANIZATION_ORDER, OrganizationFilter, organizationFilter } from '../modules/organization/organization.filters';
import { Organization, ORGANIZATION_TYPE_BY_KIND, OrganizationKind } from '../modules/organization/organization.entity';
import { OrganizationInterface } from '../modules/organization/organization.types';
import { Partnership } from '../modules/partnership/partnership.entity';
import { holderOf } from '../modules/partnership/partnership.types';
import { PLATFORM_ORDER, PlatformFilter, platformFilter } from '../modules/platform/platform.filters';
import { Platform } from '../modules/platform/platform.entity';
import { PROJECT_ORDER, ProjectFilter, projectFilter } from '../modules/project/project.filters';
import { Project } from '../modules/project/project.entity';
import { District } from '../modules/reference/district.entity';
import { ResearchField } from '../modules/reference/research-field.entity';
import { STATION_ORDER, StationFilter, stationFilter } from '../modules/station/station.filters';
import { StationHead } from '../modules/station/station-head.entity';
import { Station } from '../modules/station/station.entity';
import { TALENT_ORDER, TalentFilter, talentFilter } from '../modules/talent/talent.filters';
import { Talent } from '../modules/talent/talent.entity';

type Entity = EntityTarget<ObjectLiteral> & Function;

/** Words for people: the Chinese first (CQAST staff read it first), the English beside it. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** A to-one relation shown by the name of the row it points at (the row read in the caller's scope, as GraphQL reads it). */
export interface NamedRelation {
  /** The GraphQL field of the relation (`district`): the column is `<field>Name`. */
  field: string;
  /** The row property holding the key (`districtId`). */
  key: string;
  target: () => Entity;
  label: Bilingual;
}

/** A field GraphQL computes for a row (not a column): worked out for a page of rows at once. */
export interface ComputedColumn {
  field: string;
  label: Bilingual;
  /** The values for a page of rows, in row order. */
  values(rows: readonly Record<string, any>[], context: AppContext): Promise<unknown[]> | unknown[];
}

export interface ExportList {
  /** The path: /export/<name>.csv. */
  name: string;
  title: Bilingual;
  entity: Entity;
  /** The GraphQL type of a row (its scalar fields are the columns). */
  typeName: string;
  /** The global id's type of a row, when it is not `typeName` (an organisation's kind). */
  idTypeOf?: (row: Record<string, any>) => string;
  /** The GraphQL root list mirrored, with its filter input and SQL; null when there is none. */
  graphql: {
    list: string;
    filter: { input: string; where: Filter<any>; type: new () => object };
    ordering: Ordering<string>;
  } | null;
  relations: readonly NamedRelation[];
  computed?: readonly ComputedColumn[];
}

const DISTRICT: NamedRelation = { field: 'district', key: 'districtId', target: () => District, label: { zh: '区县', en: 'District' } };
const STATION: NamedRelation = { field: 'station', key: 'stationId', target: () => Station, label: { zh: '工作站', en: 'Station' } };
const OFFSHORE_BASE: NamedRelation = { field: 'offshoreBase', key: 'offshoreBaseId', target: () => OffshoreBase, label: { zh: '离岸基地', en: 'Offshore base' } };
const RESEARCH_FIELD: NamedRelation = { field: 'researchField', key: 'researchFieldId', target: () => ResearchField, label: { zh: '研究领域', en: 'Research field' } };
const HOST_UNIT: NamedRelation = { field: 'hostUnit', key: 'hostUnitId', target: () => HostUnit, label: { zh: '建站单位', en: 'Host unit' } };

const list = (name: string, filterInput: string, type: new () => object, where: Filter<any>, ordering: Ordering<string>) => ({
  list: name,
  filter: { input: filterInput, where, type },
  ordering,
});

export const EXPORT_LISTS: readonly ExportList[] = [
  {
    name: 'stations',
    title: { zh: '海智工作站', en: 'Stations' },
    entity: Station,
    typeName: 'Station',
    graphql: list('stations', 'StationFilter', StationFilter, stationFilter, STATION_ORDER),
    relations: [
      DISTRICT,
      HOST_UNIT,
      { field: 'head', key: 'headId', target: () => StationHead, label: { zh: '站长', en: 'Head' } },
      OFFSHORE_BASE,
    ],
  },
  {
    name: 'talents',
    title: { zh: '海外人才', en: 'Talents' },
    entity: Talent,
    typeName: 'Talent',
    graphql: list('talents', 'TalentFilter', TalentFilter, talentFilter, TALENT_ORDER),
    relations: [{ field: 'affiliation', key: 'affiliationId', target: () => Organization, label: { zh: '所在机构', en: 'Affiliation' } }],
  },
  {
    name: 'organizations',
    title: { zh: '海外团体', en: 'Organisations' },
    entity: Organization,
    typeName: 'Organization',
    idTypeOf: (row) => ORGANIZATION_TYPE_BY_KIND[row.kind as OrganizationKind],
    graphql: list('organizations', 'OrganizationFilter', OrganizationFilter, organizationFilter, ORGANIZATION_ORDER),
    relations: [],
  },
  {
    name: 'projects',
    title: { zh: '海外项目', en: 'Projects' },
    entity: Project,
    typeName: 'Project',
    graphql: list('projects', 'ProjectFilter', ProjectFilter, projectFilter, PROJECT_ORDER),
    relations: [
      STATION,
      OFFSHORE_BASE,
      { field: 'partnerOrganization', key: 'partnerOrganizationId', target: () => Organization, label: { zh: '合作机构', en: 'Partner organisation' } },
      { field: 'talent', key: 'talentId', target: () => Talent, label: { zh: '引进人才', en: 'Talent' } },
      RESEARCH_FIELD,
    ],
  },
  {
    name: 'host-units',
    title: { zh: '建站单位', en: 'Host units' },
    entity: HostUnit,
    typeName: 'HostUnit',
    graphql: list('hostUnits', 'HostUnitFilter', HostUnitFilter, hostUnitFilter, HOST_UNIT_ORDER),
    relations: [DISTRICT],
  },
  {
    name: 'offshore-bases',
    title: { zh: '离岸基地', en: 'Offshore bases' },
    entity: OffshoreBase,
    typeName: 'OffshoreBase',
    graphql: list('offshoreBases', 'OffshoreBaseFilter', OffshoreBaseFilter, offshoreBaseFilter, OFFSHORE_BASE_ORDER),
    relations: [DISTRICT],
  },
  {
    // GraphQL lists partnerships only under an organisation (Organization.partnerships), without a
    // filter: the export is the whole table, by id, and takes no filter either.
    name: 'partnerships',
    title: { zh: '合作关系', en: 'Partnerships' },
    entity: Partnership,
    typeName: 'Partnership',
    graphql: null,
    relations: [
      { field: 'organization', key: 'organizationId', target: () => Organization, label: { zh: '合作机构', en: 'Organisation' } },
      STATION,
      OFFSHORE_BASE,
    ],
    computed: [{ field: 'holder', label: { zh: '持有方', en: 'Holder' }, values: (rows) => rows.map((row) => holderOf(row as Partnership)) }],
  },
  {
    name: 'announcements',
    title: { zh: '合作公告', en: 'Announcements' },
    entity: Announcement,
    typeName: 'Announcement',
    graphql: list('announcements', 'AnnouncementFilter', AnnouncementFilter, announcementFilter, ANNOUNCEMENT_ORDER),
    relations: [STATION, OFFSHORE_BASE, { field: 'organization', key: 'organizationId', target: () => Organization, label: { zh: '发布机构', en: 'Organisation' } }],
    computed: [
      { field: 'publisherKind', label: { zh: '发布方类型', en: 'Publisher kind' }, values: (rows) => rows.map((row) => publisherKindOf(row as Announcement)) },
      {
        field: 'countries',
        label: { zh: '寻求国家', en: 'Countries sought' },
        // One batched statement per page, in the caller's scope, as the GraphQL field reads them.
        values: async (rows, context) => (await context.loaders.batch(ANNOUNCEMENT_COUNTRIES).loadMany(rows.map((row) => row.id as number))).map((codes) => (Array.isArray(codes) ? codes.join(' ') : null)),
      },
    ],
  },
  {
    name: 'evaluations',
    title: { zh: '绩效评价', en: 'Evaluations' },
    entity: Evaluation,
    typeName: 'Evaluation',
    graphql: list('evaluations', 'EvaluationFilter', EvaluationFilter, evaluationFilter, EVALUATION_ORDER),
    relations: [STATION],
  },
  {
    name: 'applications',
    title: { zh: '建站申报', en: 'Station applications' },
    entity: StationApplication,
    typeName: 'StationApplication',
    graphql: list('stationApplications', 'StationApplicationFilter', StationApplicationFilter, stationApplicationFilter, STATION_APPLICATION_ORDER),
    relations: [
      HOST_UNIT,
      DISTRICT,
      { field: 'station', key: 'stationId', target: () => Station, label: { zh: '所建工作站', en: 'Station' } },
      { field: 'proposedHead', key: 'proposedHeadTalentId', target: () => Talent, label: { zh: '拟任站长', en: 'Proposed head' } },
    ],
  },
  {
    name: 'platforms',
    title: { zh: '海外技术合作平台', en: 'Platforms' },
    entity: Platform,
    typeName: 'Platform',
    graphql: list('platforms', 'PlatformFilter', PlatformFilter, platformFilter, PLATFORM_ORDER),
    relations: [STATION, OFFSHORE_BASE, RESEARCH_FIELD],
  },
  {
    name: 'activities',
    title: { zh: '交流活动', en: 'Activities' },
    entity: Activity,
    typeName: 'Activity',
    graphql: list('activities', 'ActivityFilter', ActivityFilter, activityFilter, ACTIVITY_ORDER),
    relations: [STATION, OFFSHORE_BASE],
  },
  {
    name: 'funding-grants',
    title: { zh: '经费资助', en: 'Funding grants' },
    entity: FundingGrant,
    typeName: 'FundingGrant',
    graphql: list('fundingGrants', 'FundingGrantFilter', FundingGrantFilter, fundingGrantFilter, FUNDING_GRANT_ORDER),
    relations: [STATION, OFFSHORE_BASE, { field: 'funderDistrict', key: 'funderDistrictId', target: () => District, label: { zh: '配套区县', en: 'Funder district' } }],
  },
];

/** The class declaring an entity's GraphQL fields, where it is not the entity (one table shown as an interface with a type per kind). */
const GRAPHQL_CLASSES = new Map<Function, Function>([[Organization, OrganizationInterface]]);

export function graphqlClassOf(entity: Function): Function {
  return GRAPHQL_CLASSES.get(entity) ?? entity;
}

export const EXPORT_LIST_BY_NAME: ReadonlyMap<string, ExportList> = new Map(EXPORT_LISTS.map((entry) => [entry.name, entry]));
