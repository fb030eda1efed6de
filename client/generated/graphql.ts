/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Announcements matching every given condition (a list matches any of its values). */
export type AnnouncementEventFilter = {
  /** Seeking any of these countries (ISO 3166-1 alpha-2 codes, e.g. ["DE", "GB"]). */
  countries?: Array<string> | null | undefined;
  /** Of any of these kinds. */
  kinds?: Array<AnnouncementKind> | null | undefined;
  /** Published by a station, a base, a partner organisation or the operator. */
  publisherKinds?: Array<AnnouncementPublisherKind> | null | undefined;
  /** Naming any of these research fields. */
  researchFieldIds?: Array<string | number> | null | undefined;
  /** Published by any of these stations. */
  stationIds?: Array<string | number> | null | undefined;
};

/** Announcements matching every given condition (a list matches any of its values). */
export type AnnouncementFilter = {
  /** Seeking any of these countries (ISO 3166-1 alpha-2 codes, e.g. ["DE", "GB"]). */
  countries?: Array<string> | null | undefined;
  /** Only generated (true) or only real (false) records. */
  isGenerated?: boolean | null | undefined;
  /** Whose kind is any of these. */
  kinds?: Array<AnnouncementKind> | null | undefined;
  /** Published by any of these offshore bases. */
  offshoreBaseIds?: Array<string | number> | null | undefined;
  /** true: open today (not closed by its publisher, and no deadline or one not yet passed); false: closed or past its deadline. Left out, closed announcements are listed too. */
  open?: boolean | null | undefined;
  /** Still open on this day (YYYY-MM-DD): not closed by then, and no deadline or a deadline on or after it. */
  openOn?: string | null | undefined;
  /** Published by any of these partner organisations (ids of any organisation type). */
  organizationIds?: Array<string | number> | null | undefined;
  /** Published by a station, a base, a partner organisation or the operator; [OPERATOR] is the operator's own announcements only. */
  publishedBy?: Array<AnnouncementPublisherKind> | null | undefined;
  /** Published within these dates. */
  publishedOn?: DateRange | null | undefined;
  /** publishedBy by the name announcementPublished's filter gives it, so that one filter object serves the subscription and the catch-up after a reconnect. */
  publisherKinds?: Array<AnnouncementPublisherKind> | null | undefined;
  /** Naming any of these research fields. */
  researchFieldIds?: Array<string | number> | null | undefined;
  /** Published by any of these stations. */
  stationIds?: Array<string | number> | null | undefined;
  /** Chinese or English title contains this text. */
  titleContains?: string | null | undefined;
};

/** A technology or talent need, an offer, a call for applications, or a notice (e.g. a policy issued). */
export type AnnouncementKind =
  /** 征集 — a call for applications or proposals */
  | 'CALL'
  /** 需求 — a technology or talent need */
  | 'NEED'
  /** 通知 — a notice, e.g. a policy issued */
  | 'NOTICE'
  /** 供给 — an offer of technology, expertise or cooperation */
  | 'OFFER';

/** Who published an announcement: a station, an offshore base, a partner organisation, or the operator (CQAST) itself. */
export type AnnouncementPublisherKind =
  /** 离岸基地 — published by an offshore base */
  | 'OFFSHORE_BASE'
  /** 市科协 — published by the operator (CQAST) itself, for no station, base or organisation */
  | 'OPERATOR'
  /** 合作团体 — published for a partner organisation, by its PARTNER or by STAFF */
  | 'ORGANIZATION'
  /** 工作站 — published by a station */
  | 'STATION';

/** A date range (YYYY-MM-DD); either end may be left open. Both ends are included. */
export type DateRange = {
  /** The first day included (YYYY-MM-DD); omit for no lower bound. */
  from?: string | null | undefined;
  /** The last day included (YYYY-MM-DD); omit for no upper bound. */
  to?: string | null | undefined;
};

/** The role a talent takes; SIGNED_EXPERT marks a top foreign expert signed by an offshore base, ENTREPRENEUR a returnee absorbed by a base. */
export type EngagementRole =
  /** 首席科学家 — chief scientist */
  | 'CHIEF_SCIENTIST'
  /** 首席研发技术顾问 — chief R&D technical adviser */
  | 'CHIEF_TECHNICAL_ADVISER'
  /** 海归创业人才 — a returnee entrepreneur absorbed by an offshore base */
  | 'ENTREPRENEUR'
  /** 研究人员 — researcher */
  | 'RESEARCHER'
  /** 签约外国顶尖专家 — a top foreign expert signed by an offshore base */
  | 'SIGNED_EXPERT'
  /** 团队负责人 — leader of an overseas team */
  | 'TEAM_LEADER'
  /** 团队成员 — member of an overseas team */
  | 'TEAM_MEMBER'
  /** 技术顾问 — technical adviser */
  | 'TECHNICAL_ADVISER';

/** What sort of domestic unit hosts a station. */
export type HostUnitKind =
  /** 企业 — an enterprise (not listed) */
  | 'ENTERPRISE'
  /** 高新园区 — a high-tech park */
  | 'HIGH_TECH_PARK'
  /** 医院 — a hospital */
  | 'HOSPITAL'
  /** 上市公司 — a listed company */
  | 'LISTED_COMPANY'
  /** 科研院所 — a research institute */
  | 'RESEARCH_INSTITUTE'
  /** 学会 — a society or association */
  | 'SOCIETY'
  /** 高校 — a university or college */
  | 'UNIVERSITY';

/** A whole-number range; either end may be left open. Both ends are included. */
export type IntRange = {
  /** The lowest value included; omit for no lower bound. */
  from?: number | null | undefined;
  /** The highest value included; omit for no upper bound. */
  to?: number | null | undefined;
};

/** STAFF (CQAST) sees and runs everything; REVIEWER reviews the applications assigned to them; UNIT_MANAGER manages one host unit; PARTNER acts for one organisation. */
export type Role =
  /** 合作伙伴 — acts for one partner organisation (usually through an API key) */
  | 'PARTNER'
  /** 评审专家 — an expert reviewer: reads and reviews the applications assigned to them */
  | 'REVIEWER'
  /** 市科协工作人员 — CQAST staff: read and run everything */
  | 'STAFF'
  /** 建站单位管理员 — manages one host unit, its stations and applications */
  | 'UNIT_MANAGER';

/** Stations matching every given condition (a list matches any of its values). */
export type StationFilter = {
  /** Approved in this year. */
  approvalYear?: number | null | undefined;
  /** Approved within these years. */
  approvalYears?: IntRange | null | undefined;
  /** District ids. */
  districtIds?: Array<string | number> | null | undefined;
  /** Hosted by a unit of these kinds. */
  hostUnitKinds?: Array<HostUnitKind> | null | undefined;
  /** Only generated (true) or only real (false) records. */
  isGenerated?: boolean | null | undefined;
  /** Chinese or English name contains this text. */
  nameContains?: string | null | undefined;
  /** In this offshore base's coordination group. */
  offshoreBaseId?: string | number | null | undefined;
  /** Working in any of these research fields. */
  researchFieldIds?: Array<string | number> | null | undefined;
  /** Whose status is any of these. */
  statuses?: Array<StationStatus> | null | undefined;
};

/** ACTIVE after approval; SUSPENDED or REVOKED by dynamic management; EXPIRED when its validity lapsed without renewal. */
export type StationStatus =
  /** 运行中 — approved and within its validity */
  | 'ACTIVE'
  /** 已过期 — validity lapsed without renewal */
  | 'EXPIRED'
  /** 撤销 — revoked (摘牌) by CQAST, e.g. after two unqualified years; final */
  | 'REVOKED'
  /** 暂停 — suspended by CQAST under dynamic management; may be reinstated */
  | 'SUSPENDED';

export type AnnouncementPublishedSubscriptionVariables = Exact<{
  filter?: AnnouncementEventFilter | null | undefined;
}>;


export type AnnouncementPublishedSubscription = { announcementPublished: { cursor: string, committedAt: string, announcement: { id: string, kind: AnnouncementKind, title: string, titleEn: string | null, publishedOn: string, deadline: string | null, publisherKind: AnnouncementPublisherKind, station: { id: string, name: string } | null, offshoreBase: { id: string, name: string } | null, organization:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null } } };

export type AnnouncementsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AnnouncementFilter | null | undefined;
}>;


export type AnnouncementsQuery = { announcements: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, kind: AnnouncementKind, title: string, titleEn: string | null, publishedOn: string, deadline: string | null, publisherKind: AnnouncementPublisherKind, station: { id: string, name: string } | null, offshoreBase: { id: string, name: string } | null, organization:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         | null } }> } };

export type AnnouncementSummaryFragment = { id: string, kind: AnnouncementKind, title: string, titleEn: string | null, publishedOn: string, deadline: string | null, publisherKind: AnnouncementPublisherKind, station: { id: string, name: string } | null, offshoreBase: { id: string, name: string } | null, organization:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
   | null };

export type StaffLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type StaffLoginMutation = { login: { token: string } };

export type OrganizationsNamedQueryVariables = Exact<{
  nameContains: string;
}>;


export type OrganizationsNamedQuery = { organizations: { edges: Array<{ node:
        | { id: string, name: string, country: string }
        | { id: string, name: string, country: string }
        | { id: string, name: string, country: string }
        | { id: string, name: string, country: string }
        | { id: string, name: string, country: string }
        | { id: string, name: string, country: string }
       }> } };

export type CreatePartnerKeyMutationVariables = Exact<{
  name: string;
  organizationId: string | number;
}>;


export type CreatePartnerKeyMutation = { createApiKey: { secret: string, apiKey: { id: string, name: string, role: Role } } };

export type PartnerDirectoryQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: StationFilter | null | undefined;
}>;


export type PartnerDirectoryQuery = { stations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, nameEn: string | null, status: StationStatus, approvalYear: number, district: { name: string }, hostUnit: { id: string, name: string, kind: HostUnitKind }, partners: { totalCount: number, edges: Array<{ node:
              | { __typename: 'Company', id: string, name: string, country: string }
              | { __typename: 'Consulate', id: string, name: string, country: string }
              | { __typename: 'GovernmentBody', id: string, name: string, country: string }
              | { __typename: 'ResearchInstitute', id: string, name: string, country: string }
              | { __typename: 'Society', id: string, name: string, country: string }
              | { __typename: 'University', id: string, name: string, country: string }
             }> } } }> } };

export type DirectoryQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type DirectoryQuery = { stations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, status: StationStatus, approvalYear: number, district: { name: string }, hostUnit: { id: string, name: string }, head: { id: string, name: string } | null, offshoreBase: { id: string, name: string } | null, talents: { totalCount: number, edges: Array<{ role: EngagementRole, node: { id: string, name: string, country: string, affiliation:
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
               | null } }> }, partners: { totalCount: number, edges: Array<{ node:
              | { __typename: 'Company', id: string, name: string, country: string }
              | { __typename: 'Consulate', id: string, name: string, country: string }
              | { __typename: 'GovernmentBody', id: string, name: string, country: string }
              | { __typename: 'ResearchInstitute', id: string, name: string, country: string }
              | { __typename: 'Society', id: string, name: string, country: string }
              | { __typename: 'University', id: string, name: string, country: string }
             }> } } }> } };

export type NetworkStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkStatsQuery = { networkStats: { stations: number, overseasTalents: number, returneeTalents: number, partnerOrganizations: number, projects: number, projectAmountCny: number, incubatedProjects: number, platforms: number, signedTopExperts: number, certifiedStationHeads: number, ambassadors: number, fundingDisbursedCny: number } };

export type StationPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StationPageQuery = { stations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, status: StationStatus, approvalYear: number, district: { name: string }, hostUnit: { name: string, kind: HostUnitKind }, head: { name: string, certifiedOn: string | null } | null } }> } };

export const AnnouncementSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnouncementSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Announcement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"publisherKind"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offshoreBase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AnnouncementSummaryFragment, unknown>;
export const AnnouncementPublishedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AnnouncementPublished"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnnouncementEventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcementPublished"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}},{"kind":"Field","name":{"kind":"Name","value":"announcement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnouncementSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnouncementSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Announcement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"publisherKind"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offshoreBase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AnnouncementPublishedSubscription, AnnouncementPublishedSubscriptionVariables>;
export const AnnouncementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Announcements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnnouncementFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnouncementSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnouncementSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Announcement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"publisherKind"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offshoreBase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AnnouncementsQuery, AnnouncementsQueryVariables>;
export const StaffLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<StaffLoginMutation, StaffLoginMutationVariables>;
export const OrganizationsNamedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationsNamed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationsNamedQuery, OrganizationsNamedQueryVariables>;
export const CreatePartnerKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePartnerKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"PARTNER"}},{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePartnerKeyMutation, CreatePartnerKeyMutationVariables>;
export const PartnerDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvalYear"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerDirectoryQuery, PartnerDirectoryQueryVariables>;
export const DirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Directory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvalYear"}},{"kind":"Field","name":{"kind":"Name","value":"hostUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offshoreBase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"talents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"affiliation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryQuery, DirectoryQueryVariables>;
export const NetworkStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stations"}},{"kind":"Field","name":{"kind":"Name","value":"overseasTalents"}},{"kind":"Field","name":{"kind":"Name","value":"returneeTalents"}},{"kind":"Field","name":{"kind":"Name","value":"partnerOrganizations"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"projectAmountCny"}},{"kind":"Field","name":{"kind":"Name","value":"incubatedProjects"}},{"kind":"Field","name":{"kind":"Name","value":"platforms"}},{"kind":"Field","name":{"kind":"Name","value":"signedTopExperts"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedStationHeads"}},{"kind":"Field","name":{"kind":"Name","value":"ambassadors"}},{"kind":"Field","name":{"kind":"Name","value":"fundingDisbursedCny"}}]}}]}}]} as unknown as DocumentNode<NetworkStatsQuery, NetworkStatsQueryVariables>;
export const StationPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StationPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvalYear"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedOn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StationPageQuery, StationPageQueryVariables>;