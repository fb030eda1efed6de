/** Organisations: their writes. */
import { isStaff, requirePartnerOf } from '../../auth/write-scope';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../domain-errors';
import { changesFrom } from '../../write/changes';
import { Caller, mutate, replaysCreated, WriteDeps } from '../../write/mutation';
import type { ChangesOf, NewOf } from '../../graphql/writable-fields';
import { trimmed } from '../../write/unique';
import { isOverseas } from '../../overseas';
import { PARTNER_FIGURES, partnershipCount } from './partner-figure';
import { Organization, OrganizationKind } from './organization.entity';
import type { ORGANIZATION_FIELDS } from './organization.mutation-types';
import { ORGANIZATION_TYPE_BY_KIND } from './organization.types';
import { ANY, OWN, writePolicy } from '../../write/policy';

/** Who may run these mutations, and how far each role reaches: docs/authorization.md's rows, enforced by mutate() (src/write/policy.ts). */
export const ORGANIZATION_POLICIES = {
  createOrganization: writePolicy('createOrganization', { STAFF: ANY }),
  updateOrganization: writePolicy('updateOrganization', { STAFF: ANY, PARTNER: OWN }),
};

/** A new organisation, as the create input gives it (left-out fields null). */
export type NewOrganization = NewOf<typeof ORGANIZATION_FIELDS.fields>;

/** Fields to change, named as the input names them; null clears a nullable one. */
export type OrganizationChanges = ChangesOf<typeof ORGANIZATION_FIELDS.fields>;

const REQUIRED_FIELDS = ['kind', 'name', 'country'] as const;

/** The input's names for the table's properties (`name` is `nameZh`, `country` is `countryCode`); never the kind, which no update writes. */
function columnsOf(values: OrganizationChanges): Partial<Organization> {
  const { name, country, kind: _kind, ...rest } = values;
  return { ...rest, ...(name !== undefined ? { nameZh: trimmed(name)! } : {}), ...(country !== undefined ? { countryCode: country! } : {}) } as Partial<Organization>;
}

/** Only a consulate serves a consular district. */
function requireJurisdictionFits(kind: OrganizationKind, jurisdiction: string | null | undefined): void {
  if (jurisdiction != null && kind !== OrganizationKind.CONSULATE) {
    throw BadUserInputError.of([
      { path: 'input.jurisdiction', message: `only a consulate has a jurisdiction (the consular district it serves); leave it out for a ${ORGANIZATION_TYPE_BY_KIND[kind]}` },
    ]);
  }
}

/** Writes of organisations. Their partnerships are written by PartnershipService. */
export class OrganizationService {
  constructor(private readonly deps: WriteDeps) {}

  createOrganization(caller: Caller, input: NewOrganization, idempotencyKey?: string | null): Promise<Organization> {
    const { name, country, ...values } = input;
    requireJurisdictionFits(values.kind, values.jurisdiction);
    return mutate(
      this.deps,
      caller,
      ORGANIZATION_POLICIES.createOrganization,
      async (m) => {
        // New, it holds no partnership yet: no figure moves until one is made.
        return m.insert(Organization, { ...values, nameZh: trimmed(name), countryCode: country });
      },
      replaysCreated(Organization, idempotencyKey, input),
    );
  }

  /** `typeName` is the type the caller's id names: a Consulate id does not find a University. */
  updateOrganization(caller: Caller, id: number, typeName: string, changes: OrganizationChanges, expectedVersion?: number | null): Promise<Organization> {
    return mutate(this.deps, caller, ORGANIZATION_POLICIES.updateOrganization, async (m) => {
      const organization = await m.get(Organization, id, 'input.id');
      const type = ORGANIZATION_TYPE_BY_KIND[organization.kind];
      if (type !== typeName) throw new NotFoundError(`input.id names no ${typeName} that exists`, { argument: 'input.id' });
      requirePartnerOf(m, id, 'change this organisation');
      const given = changesFrom(changes, REQUIRED_FIELDS);
      if (given.kind !== undefined && given.kind !== organization.kind) {
        throw BadUserInputError.of([
          {
            path: 'input.kind',
            message:
              `an organisation's kind cannot change: the kind is its type (${type}) and its id names that type, so a new kind would take the id ` +
              `every client and record holds away from it; if it was registered under the wrong kind, register it again as a ${ORGANIZATION_TYPE_BY_KIND[given.kind]}`,
          },
        ]);
      }
      if (given.country !== undefined && given.country !== organization.countryCode && !isStaff(m.viewer)) {
        throw new ForbiddenError("only STAFF may change an organisation's country: it decides whether the organisation counts as overseas in the network's published figures");
      }
      requireJurisdictionFits(organization.kind, given.jurisdiction);
      const { before, after } = await m.update(Organization, id, columnsOf(given), { expectedVersion });
      // Moving in or out of the country changes what partnerOrganizations counts, if it holds a tie.
      if (isOverseas(before) !== isOverseas(after) && (await partnershipCount(m, id)) > 0) {
        m.emit({ type: 'NetworkFiguresChanged', figures: PARTNER_FIGURES });
      }
      return after;
    });
  }
}
