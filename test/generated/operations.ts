/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** The role a talent takes; SIGNED_EXPERT marks a top foreign expert signed by an offshore base, ENTREPRENEUR a returnee absorbed by a base. */
export type EngagementRole =
  | 'CHIEF_SCIENTIST'
  | 'CHIEF_TECHNICAL_ADVISER'
  | 'ENTREPRENEUR'
  | 'RESEARCHER'
  | 'SIGNED_EXPERT'
  | 'TEAM_LEADER'
  | 'TEAM_MEMBER'
  | 'TECHNICAL_ADVISER';

/** What sort of domestic unit hosts a station. */
export type HostUnitKind =
  | 'ENTERPRISE'
  | 'HIGH_TECH_PARK'
  | 'HOSPITAL'
  | 'LISTED_COMPANY'
  | 'RESEARCH_INSTITUTE'
  | 'SOCIETY'
  | 'UNIVERSITY';

/** ACTIVE after approval; SUSPENDED or REVOKED by dynamic management; EXPIRED when its validity lapsed without renewal. */
export type StationStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'REVOKED'
  | 'SUSPENDED';

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
  after: string | null | undefined;
}>;


export type StationPageQuery = { stations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, status: StationStatus, approvalYear: number, district: { name: string }, hostUnit: { name: string, kind: HostUnitKind }, head: { name: string, certifiedOn: string | null } | null } }> } };
