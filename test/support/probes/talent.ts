/** Matrix probes for the talent mutations (see probe.ts). */
import { toGlobalId } from '../../../src/graphql/global-id';
import { dataOf } from '../app';
import type { TestApp } from '../app';
import { demoScope } from '../writes';
import { Caller, MutationProbe, unique } from './probe';

/** A new talent made by STAFF, engaged at `stationId` when given (so its managers may change it). */
async function talentAt(app: TestApp, stationId: number | null): Promise<string> {
  const staff = await app.tokenFor('staff');
  const talent = dataOf(await app.query('mutation($input: CreateTalentInput!) { createTalent(input: $input) { talent { id } } }', { input: { name: unique('probe'), country: 'DE', degree: 'MASTER' } }, { token: staff })).createTalent.talent.id as string;
  if (stationId !== null) {
    await app.query('mutation($input: CreateEngagementInput!) { createEngagement(input: $input) { engagement { id } } }', { input: { talentId: talent, stationId: toGlobalId('Station', stationId), role: 'RESEARCHER', startedOn: '2026-01-01' } }, { token: staff });
  }
  return talent;
}

async function engagementAt(app: TestApp, stationId: number): Promise<string> {
  const staff = await app.tokenFor('staff');
  const talent = await talentAt(app, null);
  return dataOf(await app.query('mutation($input: CreateEngagementInput!) { createEngagement(input: $input) { engagement { id } } }', { input: { talentId: talent, stationId: toGlobalId('Station', stationId), role: 'RESEARCHER', startedOn: '2026-01-01' } }, { token: staff })).createEngagement.engagement.id;
}

const send = (app: TestApp, caller: Caller, query: string, input: unknown) => app.query(query, { input }, caller.token ? { token: caller.token } : { anonymous: true });

export const talentProbes: MutationProbe[] = [
  {
    mutation: 'createTalent',
    send: (app, caller) => send(app, caller, 'mutation($input: CreateTalentInput!) { createTalent(input: $input) { talent { id } } }', { name: unique('probe'), country: 'FR', degree: 'DOCTORATE' }),
  },
  {
    mutation: 'updateTalent',
    async send(app, caller, target) {
      const scope = await demoScope(app);
      const talent = await talentAt(app, target === 'own' ? scope.ownStationId : scope.otherStationId);
      return send(app, caller, 'mutation($input: UpdateTalentInput!) { updateTalent(input: $input) { talent { id } } }', { id: talent, title: 'Dr' });
    },
  },
  {
    mutation: 'createEngagement',
    async send(app, caller, target) {
      const scope = await demoScope(app);
      const talent = await talentAt(app, null);
      const stationId = target === 'own' ? scope.ownStationId : scope.otherStationId;
      return send(app, caller, 'mutation($input: CreateEngagementInput!) { createEngagement(input: $input) { engagement { id } } }', { talentId: talent, stationId: toGlobalId('Station', stationId), role: 'RESEARCHER', startedOn: '2026-02-01' });
    },
  },
  {
    mutation: 'endEngagement',
    async send(app, caller, target) {
      const scope = await demoScope(app);
      const engagement = await engagementAt(app, target === 'own' ? scope.ownStationId : scope.otherStationId);
      return send(app, caller, 'mutation($input: EndEngagementInput!) { endEngagement(input: $input) { engagement { id } } }', { engagementId: engagement, endedOn: '2026-03-01' });
    },
  },
  {
    mutation: 'appointAmbassador',
    async send(app, caller) {
      const talent = await talentAt(app, null);
      return send(app, caller, 'mutation($input: AppointAmbassadorInput!) { appointAmbassador(input: $input) { ambassadorAppointment { batch } } }', { talentId: talent, batch: 9, appointedOn: '2026-06-01' });
    },
  },
];
