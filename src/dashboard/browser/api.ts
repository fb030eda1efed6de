/** POST /graphql, relative to the page, as the public API's callers do: anonymous unless a token is given. */
export interface GraphQLError {
  message: string;
  extensions?: { code?: string };
}

export class QueryFailed extends Error {}

const ENDPOINT = new URL('graphql', document.baseURI).href;

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  let body: { data?: T | null; errors?: GraphQLError[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new QueryFailed(`HTTP ${response.status}`);
  }
  // A partial answer is still a failure here: a chart drawn from part of its data would mislead.
  if (body.errors?.length) throw new QueryFailed([...new Set(body.errors.map((error) => error.message))].join('; '));
  if (!body.data) throw new QueryFailed(`HTTP ${response.status}: no data`);
  return body.data;
}
