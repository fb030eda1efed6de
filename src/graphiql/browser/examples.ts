/**
 * The tabs GraphiQL opens with on a first visit (after that it keeps the user's own): the
 * directory, an application's review (staff), search, a subscription, and one saved example of each
 * way to find people and partners, so staff see how to ask. Comments in Chinese with English beside.
 */
/** A tab as GraphiQL's `defaultTabs` takes it (its TabDefinition). */
interface TabDefinition {
  query: string;
  variables?: string;
}

const STATIONS = `# 欢迎使用海智网络 API
# Welcome to the HAIZHI Network API.
# Ctrl-Enter 运行 run
# 左侧：文档、查询构建器（点选字段）、历史、登录
# Left: docs, Explorer (build by clicking),
# history, sign in (the key).
# 上方标签页：更多示例 More examples above.
#
# 工作站目录 The directory of stations
query Stations($first: Int = 5) {
  stations(first: $first) {
    totalCount
    edges { node { id name status district { name } hostUnit { name } } }
  }
}
`;

const APPLICATION_REVIEWS = `# 申请的专家评审：评审结论、专家评分与意见
# An application's expert reviews: the conclusion,
# each expert's score and opinion.
# 仅限工作人员：先登录（钥匙图标）staff@demo.haizhi
# Staff only: sign in first (the key icon).
# 本轮待完成的评审 This round's reviews still due:
#   statuses: [UNDER_REVIEW]
query ApplicationReviews($first: Int = 2) {
  stationApplications(first: $first, filter: { statuses: [REJECTED] }, orderBy: { field: ID, direction: DESC }) {
    edges {
      node {
        id proposedName status roundYear conclusion
        hostUnit { name }
        reviews { edges { node { score recommendation opinion reviewedOn expert { name affiliation } } } }
      }
    }
  }
}
`;

const ANNOUNCEMENTS = `# 实时订阅：新发布的合作公告
# A subscription: collaboration announcements
# as they are published.
# 运行后保持打开，别处发布的公告会出现在右侧。
# Run it and keep it open: each announcement
# published elsewhere appears on the right.
subscription Announcements {
  announcementPublished {
    cursor
    committedAt
    announcement { id kind title titleEn publishedOn deadline }
  }
}
`;

const SEARCH = `# 全文搜索：中文或英文、繁体或简体、全角或半角、人名拼音
# Search everything at once: Chinese or English or both, traditional or simplified,
# full-width or half-width, or the pinyin of a Chinese name (xiaoqiang, Xiǎo Qiáng).
# Every word must match; results come best first, each with where it matched.
query Search($query: String! = "石墨烯", $first: Int = 10) {
  search(query: $query, first: $first) {
    totalCount
    terms
    edges {
      score
      highlights { field snippet }
      node {
        __typename
        ... on Station { id name status }
        ... on HostUnit { id name }
        ... on Talent { id name nameEn country }
        ... on Project { id name projectStatus: status }
        ... on Organization { id name nameEn country }
        ... on Node { id }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`;

const SUGGEST_TALENTS = `# 人才推荐 Talents for a need, ranked, each with the reasons (sign in as staff or a unit manager: the key icon).
# Research fields go by id (query researchFields for them); keywords and countries by text.
query SuggestTalents {
  suggestTalents(need: { keywords: ["包虫", "vaccine"], countries: ["NZ"] }, first: 5) {
    totalCount
    edges { score reasons node { id name nameEn country affiliation { name } } }
  }
}
`;

const SUGGEST_PARTNERS = `# 合作伙伴推荐 Organisations a station could partner with next, with the reasons (staff or a unit manager).
# Run FindStation first, then put its id into SuggestPartners' variables and run that.
query FindStation {
  search(query: "石墨烯", types: [STATION], first: 1) { edges { node { ... on Station { id name } } } }
}

query SuggestPartners($stationId: ID!) {
  suggestPartners(stationId: $stationId, first: 5) {
    edges { score reasons node { __typename id name nameEn country } }
  }
}
`;

const SUGGEST_REVIEWERS = `# 评审专家推荐 Reviewers for an application, with conflicts of interest left out and listed (staff only).
# Run FindApplication first, then put an id into SuggestReviewers' variables and run that.
query FindApplication {
  stationApplications(first: 5, filter: { statuses: [UNDER_REVIEW, QUALIFIED, SUBMITTED] }, orderBy: { field: ID, direction: DESC }) {
    edges { node { id proposedName status } }
  }
}

query SuggestReviewers($applicationId: ID!) {
  suggestReviewers(applicationId: $applicationId, first: 5) {
    edges { score reasons node { id name affiliation } }
    excluded { reasons expert { id name affiliation } }
  }
}
`;

export const DEFAULT_TABS: TabDefinition[] = [
  { query: STATIONS },
  { query: APPLICATION_REVIEWS },
  { query: SEARCH, variables: JSON.stringify({ query: '石墨烯 graphene', first: 10 }, null, 2) },
  { query: ANNOUNCEMENTS },
  { query: SUGGEST_TALENTS },
  { query: SUGGEST_PARTNERS, variables: JSON.stringify({ stationId: 'paste the id FindStation gives' }, null, 2) },
  { query: SUGGEST_REVIEWERS, variables: JSON.stringify({ applicationId: 'paste an id FindApplication gives' }, null, 2) },
];
