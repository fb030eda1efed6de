/** Matrix probes for the talent mutations (see probe.ts). */
import { toGlobalId } from '../../../src/graphql/global-id';
import { dataOf } from '../app';
import type { TestApp } from '../app';
import { proposedEngagement } from './data';
import { MutationProbe, send, stationOf, unique } from './probe';

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

export const talentProbes: MutationProbe[] = [
  {
    mutation: 'createTalent',
    send: (app, caller) => send(app, caller, 'mutation($input: CreateTalentInput!) { createTalent(input: $input) { talent { id } } }', { name: unique('probe'), country: 'FR', degree: 'DOCTORATE' }),
  },
  {
    mutation: 'updateTalent',
    async send(app, caller, target) {
      const talent = await talentAt(app, await stationOf(app, target));
      return send(app, caller, 'mutation($input: UpdateTalentInput!) { updateTalent(input: $input) { talent { id } } }', { id: talent, title: 'Dr' });
    },
  },
  {
    mutation: 'createEngagement',
    async send(app, caller, target) {
      const talent = await talentAt(app, null);
      const stationId = await stationOf(app, target);
      return send(app, caller, 'mutation($input: CreateEngagementInput!) { createEngagement(input: $input) { engagement { id } } }', { talentId: talent, stationId: toGlobalId('Station', stationId), role: 'RESEARCHER', startedOn: '2026-02-01' });
    },
  },
  {
    mutation: 'endEngagement',
    async send(app, caller, target) {
      const engagement = await engagementAt(app, await stationOf(app, target));
      return send(app, caller, 'mutation($input: EndEngagementInput!) { endEngagement(input: $input) { engagement { id } } }', { engagementId: engagement, endedOn: '2026-03-01' });
    },
  },
  {
    mutation: 'confirmEngagement',
    async send(app, caller, target) {
      const engagement = toGlobalId('Engagement', await proposedEngagement(app, target));
      return send(app, caller, 'mutation($input: ConfirmEngagementInput!) { confirmEngagement(input: $input) { engagement { status } } }', { engagementId: engagement });
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
