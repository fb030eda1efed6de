/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
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

export type NetworkStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkStatsQuery = { networkStats: { stations: number, overseasTalents: number, returneeTalents: number, partnerOrganizations: number, projects: number, projectAmountCny: number, incubatedProjects: number, platforms: number, signedTopExperts: number, certifiedStationHeads: number, ambassadors: number, fundingDisbursedCny: number } };

export type StationPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after: string | null | undefined;
}>;


export type StationPageQuery = { stations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, status: StationStatus, approvalYear: number, district: { name: string }, hostUnit: { name: string, kind: HostUnitKind }, head: { name: string, certifiedOn: string | null } | null } }> } };
