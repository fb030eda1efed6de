/**
 * The tabs GraphiQL opens with on a first visit (after that it keeps the user's own): the directory,
 * and one saved example of each way to find people and partners, so staff see how to ask.
 */
/** A tab as GraphiQL's `defaultTabs` takes it (its TabDefinition). */
interface TabDefinition {
  query: string;
  variables?: string;
}

const STATIONS = `# Welcome to the HAIZHI Network API.
# Run with Ctrl-Enter. The book icon opens the docs, the key icon signs you in.
query Stations($first: Int = 5) {
  stations(first: $first) {
    totalCount
    edges { node { id name status hostUnit { name } } }
  }
}
`;

const SEARCH = `# Search everything at once: Chinese or English or both, traditional or simplified,
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

const SUGGEST_TALENTS = `# Talents for a need, ranked, each with the reasons (sign in as staff or a unit manager: the key icon).
# Research fields go by id (query researchFields for them); keywords and countries by text.
query SuggestTalents {
  suggestTalents(need: { keywords: ["包虫", "vaccine"], countries: ["NZ"] }, first: 5) {
    totalCount
    edges { score reasons node { id name nameEn country affiliation { name } } }
  }
}
`;

const SUGGEST_PARTNERS = `# Organisations a station could partner with next, with the reasons (staff or a unit manager).
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

const SUGGEST_REVIEWERS = `# Reviewers for an application, with conflicts of interest left out and listed (staff only).
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
  { query: SEARCH, variables: JSON.stringify({ query: '石墨烯 graphene', first: 10 }, null, 2) },
  { query: SUGGEST_TALENTS },
  { query: SUGGEST_PARTNERS, variables: JSON.stringify({ stationId: 'paste the id FindStation gives' }, null, 2) },
  { query: SUGGEST_REVIEWERS, variables: JSON.stringify({ applicationId: 'paste an id FindApplication gives' }, null, 2) },
];
