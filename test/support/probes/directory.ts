/**
 * Matrix probes for the directory's mutations (see probe.ts): organisations, host units, offshore
 * bases, reference data and partnerships. Names and codes are fresh on every call (they are unique);
 * a partnership probe first clears the tie its target holder has with its organisation, since a
 * holder may have only one.
 */
import { toGlobalId } from '../../../src/graphql/global-id';
import { dataOf } from '../app';
import type { TestApp } from '../app';
import { organizationGid } from '../content';
import { demoScope } from '../writes';
import { MutationProbe, send, unique } from './probe';

async function firstId(app: TestApp, sql: string, parameters: unknown[] = []): Promise<number> {
  const [row] = await app.dataSource.query(sql, parameters);
  return Number(row.id);
}

const anyDistrict = async (app: TestApp) => toGlobalId('District', await firstId(app, 'SELECT id FROM district ORDER BY id'));

/** The tie a probe aims at: own = the demo partner's organisation with the demo manager's station; other = neither. */
async function tieEnds(app: TestApp, target: 'own' | 'other'): Promise<{ organizationId: number; stationId: number }> {
  const scope = await demoScope(app);
  return target === 'own'
    ? { organizationId: scope.organizationId, stationId: scope.ownStationId }
    : { organizationId: scope.otherOrganizationId, stationId: scope.otherStationId };
}

/** Removes the station's tie with the organisation, if any, so a new one may be made. */
async function clearTie(app: TestApp, ends: { organizationId: number; stationId: number }): Promise<void> {
  await app.dataSource.query('DELETE FROM partnership WHERE organization_id = ? AND station_id = ?', [ends.organizationId, ends.stationId]);
}

/** A fresh tie between the target's ends, made by STAFF. */
async function tieAt(app: TestApp, target: 'own' | 'other'): Promise<string> {
  const ends = await tieEnds(app, target);
  await clearTie(app, ends);
  const input = { organizationId: await organizationGid(app, ends.organizationId), stationId: toGlobalId('Station', ends.stationId), kind: 'EXCHANGE', since: '2025-01-01' };
  return dataOf(await app.query('mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { partnership { id } } }', { input }, { token: await app.tokenFor('staff') })).createPartnership.partnership.id;
}

export const directoryProbes: MutationProbe[] = [
  {
    mutation: 'createOrganization',
    send: (app, caller) =>
      send(app, caller, 'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }', { kind: 'SOCIETY', name: unique('probe-org'), country: 'DE' }),
  },
  {
    mutation: 'updateOrganization',
    async send(app, caller, target) {
      const scope = await demoScope(app);
      const id = await organizationGid(app, target === 'own' ? scope.organizationId : scope.otherOrganizationId);
      return send(app, caller, 'mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { id } } }', { id, description: unique('probe') });
    },
  },
  {
    mutation: 'createHostUnit',
    send: async (app, caller) =>
      send(app, caller, 'mutation($input: CreateHostUnitInput!) { createHostUnit(input: $input) { hostUnit { id } } }', { kind: 'ENTERPRISE', name: unique('probe-unit'), districtId: await anyDistrict(app) }),
  },
  {
    mutation: 'updateHostUnit',
    async send(app, caller, target) {
      const scope = await demoScope(app);
      const id = toGlobalId('HostUnit', target === 'own' ? scope.hostUnitId : scope.otherHostUnitId);
      return send(app, caller, 'mutation($input: UpdateHostUnitInput!) { updateHostUnit(input: $input) { hostUnit { id } } }', { id, legalRepresentative: unique('probe') });
    },
  },
  {
    mutation: 'createOffshoreBase',
    send: async (app, caller) =>
      send(app, caller, 'mutation($input: CreateOffshoreBaseInput!) { createOffshoreBase(input: $input) { offshoreBase { id } } }', {
        name: unique('probe-base'),
        kind: 'WORK_BASE',
        level: 'MUNICIPAL',
        districtId: await anyDistrict(app),
        establishedYear: 2024,
      }),
  },
  {
    mutation: 'updateOffshoreBase',
    send: async (app, caller) =>
      send(app, caller, 'mutation($input: UpdateOffshoreBaseInput!) { updateOffshoreBase(input: $input) { offshoreBase { id } } }', {
        id: toGlobalId('OffshoreBase', (await demoScope(app)).offshoreBaseId),
        nameEn: unique('probe'),
      }),
  },
  {
    mutation: 'createDistrict',
    send: (app, caller) =>
      send(app, caller, 'mutation($input: CreateDistrictInput!) { createDistrict(input: $input) { district { id } } }', { code: unique('probe'), name: '探针区', nameEn: 'Probe District', kind: 'DISTRICT' }),
  },
  {
    mutation: 'updateDistrict',
    send: async (app, caller) =>
      send(app, caller, 'mutation($input: UpdateDistrictInput!) { updateDistrict(input: $input) { district { id } } }', { id: await anyDistrict(app), nameEn: unique('Probe') }),
  },
  {
    mutation: 'createResearchField',
    send: (app, caller) =>
      send(app, caller, 'mutation($input: CreateResearchFieldInput!) { createResearchField(input: $input) { researchField { id } } }', { code: unique('probe'), name: '探针领域', nameEn: 'Probe field' }),
  },
  {
    mutation: 'updateResearchField',
    send: async (app, caller) =>
      send(app, caller, 'mutation($input: UpdateResearchFieldInput!) { updateResearchField(input: $input) { researchField { id } } }', {
        id: toGlobalId('ResearchField', await firstId(app, 'SELECT id FROM research_field ORDER BY id')),
        nameEn: unique('Probe'),
      }),
  },
  {
    mutation: 'createPartnership',
    async send(app, caller, target) {
      const ends = await tieEnds(app, target);
      await clearTie(app, ends);
      return send(app, caller, 'mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { partnership { id } } }', {
        organizationId: await organizationGid(app, ends.organizationId),
        stationId: toGlobalId('Station', ends.stationId),
        kind: 'JOINT_RESEARCH',
        since: '2025-06-01',
      });
    },
  },
  {
    mutation: 'updatePartnership',
    send: async (app, caller, target) =>
      send(app, caller, 'mutation($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { partnership { id } } }', { id: await tieAt(app, target), note: unique('probe') }),
  },
  {
    mutation: 'endPartnership',
    send: async (app, caller, target) =>
      send(app, caller, 'mutation($input: EndPartnershipInput!) { endPartnership(input: $input) { partnership { id } } }', { partnershipId: await tieAt(app, target) }),
  },
];
