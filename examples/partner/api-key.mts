/**
 * The API key the example calls with: HAIZHI_API_KEY, or, on a server that is not in production, a
 * PARTNER key issued on the spot by the demo staff account (seeded only outside production, so its
 * login failing means there is no demo to fall back on).
 */
import { ClientError, GraphQLClient } from 'graphql-request';
import { CreatePartnerKeyDocument, OrganizationsNamedDocument, StaffLoginDocument } from '../../client/generated/graphql.js';

const DEMO_STAFF = { email: 'staff@demo.haizhi', password: 'demo-password' };
/** The partner organisation the demo's PARTNER account belongs to. */
const DEMO_PARTNER_ORGANISATION = 'Institution of Engineers';

export async function apiKeyFor(url: string, log: (line: string) => void): Promise<string> {
  const fromEnvironment = process.env.HAIZHI_API_KEY?.trim();
  if (fromEnvironment) {
    log('auth: using the API key in HAIZHI_API_KEY');
    return fromEnvironment;
  }
  const anonymous = new GraphQLClient(url);
  let token: string;
  try {
    ({ login: { token } } = await anonymous.request(StaffLoginDocument, DEMO_STAFF));
  } catch (error) {
    const code = error instanceof ClientError ? error.response.errors?.[0]?.extensions?.code : undefined;
    throw new Error(`HAIZHI_API_KEY is not set and the demo staff account cannot log in (${code ?? String(error)}): a production server has no demo accounts, so ask CQAST staff for a key`);
  }
  const staff = new GraphQLClient(url, { headers: { authorization: `Bearer ${token}` } });
  const { organizations } = await staff.request(OrganizationsNamedDocument, { nameContains: DEMO_PARTNER_ORGANISATION });
  const organisation = organizations.edges[0]?.node;
  if (!organisation) throw new Error(`no organisation named like "${DEMO_PARTNER_ORGANISATION}": is this the seeded demo network?`);
  const { createApiKey } = await staff.request(CreatePartnerKeyDocument, { name: `example:partner ${new Date().toISOString()}`, organizationId: organisation.id });
  log(`auth: HAIZHI_API_KEY is not set, so logged in as the demo ${DEMO_STAFF.email} and created PARTNER key "${createApiKey.apiKey.name}" for ${organisation.name} (this server is not in production)`);
  return createApiKey.secret;
}
