/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
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
