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
        ... on Project { id name status }
        ... on Organization { id name nameEn country }
        ... on Node { id }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`;

export const DEFAULT_TABS: TabDefinition[] = [
  { query: STATIONS },
  { query: SEARCH, variables: JSON.stringify({ query: '石墨烯 graphene', first: 10 }, null, 2) },
];
