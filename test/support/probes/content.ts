/**
 * Matrix probes for the project, platform, activity and announcement mutations (see probe.ts).
 * 'own' aims at the demo manager's station and the demo partner's organisation at once (a project
 * through the graphene station from IES Singapore, say), 'other' at another unit's station and
 * another organisation, so one target serves both roles. Announcements have one publisher, so
 * there the target follows the caller: a partner's is an organisation, everybody else's a station.
 */
import { toGlobalId } from '../../../src/graphql/global-id';
import { dataOf } from '../app';
import type { TestApp } from '../app';
import { organizationGid } from '../content';
import { demoScope } from '../writes';
import { Caller, MutationProbe, send, unique } from './probe';

type Target = 'own' | 'other';

/** The station and organisation a target means, as global ids. */
async function targetOf(app: TestApp, target: Target): Promise<{ station: string; organization: string }> {
  const scope = await demoScope(app);
  return target === 'own'
    ? { station: toGlobalId('Station', scope.ownStationId), organization: await organizationGid(app, scope.organizationId) }
    : { station: toGlobalId('Station', scope.otherStationId), organization: await organizationGid(app, scope.otherOrganizationId) };
}

/** Runs a mutation as STAFF to prepare state, and returns the id at `path` of its payload. */
async function asStaff(app: TestApp, query: string, input: unknown, pick: (data: any) => string): Promise<string> {
  return pick(dataOf(await app.query(query, { input }, { token: await app.tokenFor('staff') })));
}

const CREATE_PROJECT = 'mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }';
const CREATE_PLATFORM = 'mutation($input: CreatePlatformInput!) { createPlatform(input: $input) { platform { id } } }';
const CREATE_ACTIVITY = 'mutation($input: CreateActivityInput!) { createActivity(input: $input) { activity { id participants(first: 1) { edges { node { id } } } } } }';
const PUBLISH = 'mutation($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { announcement { id } } }';

const project = (station: string, organization: string) => ({ name: unique('probe-project'), status: 'INTRODUCED', amountCny: 1000, introducedOn: '2026-01-01', stationId: station, partnerOrganizationId: organization });
const platform = (station: string, partners: string[]) => ({ name: unique('probe-platform'), kind: 'JOINT_LAB', establishedOn: '2026-01-01', stationId: station, partnerOrganizationIds: partners });
const activity = (station: string, participants: unknown[] = []) => ({ kind: 'HEAD_SALON', title: unique('probe-activity'), stationId: station, participants });

/** An announcement's publisher for this caller and target: a partner's organisation, or a station. */
async function publisher(app: TestApp, caller: Caller, target: Target): Promise<Record<string, string>> {
  const { station, organization } = await targetOf(app, target);
  return caller.role === 'partner' ? { organizationId: organization } : { stationId: station };
}

const announcement = (by: Record<string, string>) => ({ kind: 'CALL', title: unique('probe-announcement'), body: 'probe', countries: ['DE'], ...by });

async function talentId(app: TestApp): Promise<string> {
  return toGlobalId('Talent', Number((await app.dataSource.query('SELECT id FROM talent ORDER BY id LIMIT 1'))[0].id));
}

/** A partner records projects only at a station its organisation partners with: the tie, made by STAFF unless it is there (a partnership probe may have ended it). */
async function tied(app: TestApp, station: string, organization: string): Promise<void> {
  const input = { organizationId: organization, stationId: station, kind: 'EXCHANGE', since: '2025-01-01' };
  const response = await app.query('mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { partnership { id } } }', { input }, { token: await app.tokenFor('staff') });
  if (response.errors && response.errors[0].extensions?.code !== 'CONFLICT') throw new Error(`the probe's partnership could not be made: ${JSON.stringify(response.errors)}`);
}

export const projectProbes: MutationProbe[] = [
  {
    mutation: 'createProject',
    async send(app, caller, target) {
      const { station, organization } = await targetOf(app, target);
      if (target === 'own') await tied(app, station, organization);
      return send(app, caller, CREATE_PROJECT, project(station, organization));
    },
  },
  {
    mutation: 'updateProject',
    async send(app, caller, target) {
      const { station, organization } = await targetOf(app, target);
      const id = await asStaff(app, CREATE_PROJECT, project(station, organization), (data) => data.createProject.project.id);
      return send(app, caller, 'mutation($input: UpdateProjectInput!) { updateProject(input: $input) { project { id } } }', { id, status: 'LANDED' });
    },
  },
];

export const platformProbes: MutationProbe[] = [
  {
    mutation: 'createPlatform',
    async send(app, caller, target) {
      const { station, organization } = await targetOf(app, target);
      return send(app, caller, CREATE_PLATFORM, platform(station, [organization]));
    },
  },
  {
    mutation: 'updatePlatform',
    async send(app, caller, target) {
      const { station, organization } = await targetOf(app, target);
      const id = await asStaff(app, CREATE_PLATFORM, platform(station, [organization]), (data) => data.createPlatform.platform.id);
      return send(app, caller, 'mutation($input: UpdatePlatformInput!) { updatePlatform(input: $input) { platform { id } } }', { id, kind: 'RD_CENTER' });
    },
  },
  {
    mutation: 'addPlatformPartner',
    async send(app, caller, target) {
      const { station, organization } = await targetOf(app, target);
      const platformId = await asStaff(app, CREATE_PLATFORM, platform(station, []), (data) => data.createPlatform.platform.id);
      return send(app, caller, 'mutation($input: PlatformPartnerInput!) { addPlatformPartner(input: $input) { platform { id } } }', { platformId, organizationId: organization });
    },
  },
  {
    mutation: 'removePlatformPartner',
    async send(app, caller, target) {
      const { station, organization } = await targetOf(app, target);
      const platformId = await asStaff(app, CREATE_PLATFORM, platform(station, [organization]), (data) => data.createPlatform.platform.id);
      return send(app, caller, 'mutation($input: PlatformPartnerInput!) { removePlatformPartner(input: $input) { platform { id } } }', { platformId, organizationId: organization });
    },
  },
];

export const activityProbes: MutationProbe[] = [
  {
    mutation: 'createActivity',
    async send(app, caller, target) {
      const { station } = await targetOf(app, target);
      return send(app, caller, CREATE_ACTIVITY, activity(station, [{ talentId: await talentId(app), role: 'SPEAKER' }]));
    },
  },
  {
    mutation: 'updateActivity',
    async send(app, caller, target) {
      const { station } = await targetOf(app, target);
      const id = await asStaff(app, CREATE_ACTIVITY, activity(station), (data) => data.createActivity.activity.id);
      return send(app, caller, 'mutation($input: UpdateActivityInput!) { updateActivity(input: $input) { activity { id } } }', { id, location: '重庆' });
    },
  },
  {
    mutation: 'addActivityParticipant',
    async send(app, caller, target) {
      const { station } = await targetOf(app, target);
      const activityId = await asStaff(app, CREATE_ACTIVITY, activity(station), (data) => data.createActivity.activity.id);
      return send(app, caller, 'mutation($input: AddActivityParticipantInput!) { addActivityParticipant(input: $input) { activity { id } } }', {
        activityId,
        talentId: await talentId(app),
        role: 'SPEAKER',
      });
    },
  },
  {
    mutation: 'removeActivityParticipant',
    async send(app, caller, target) {
      const { station } = await targetOf(app, target);
      const participantId = await asStaff(app, CREATE_ACTIVITY, activity(station, [{ talentId: await talentId(app), role: 'SPEAKER' }]), (data) => data.createActivity.activity.participants.edges[0].node.id);
      return send(app, caller, 'mutation($input: RemoveActivityParticipantInput!) { removeActivityParticipant(input: $input) { activity { id } } }', { participantId });
    },
  },
];

export const announcementProbes: MutationProbe[] = [
  {
    mutation: 'publishAnnouncement',
    async send(app, caller, target) {
      return send(app, caller, PUBLISH, announcement(await publisher(app, caller, target)));
    },
  },
  {
    mutation: 'updateAnnouncement',
    async send(app, caller, target) {
      const id = await asStaff(app, PUBLISH, announcement(await publisher(app, caller, target)), (data) => data.publishAnnouncement.announcement.id);
      return send(app, caller, 'mutation($input: UpdateAnnouncementInput!) { updateAnnouncement(input: $input) { announcement { id } } }', { id, body: 'changed' });
    },
  },
  {
    mutation: 'closeAnnouncement',
    async send(app, caller, target) {
      const id = await asStaff(app, PUBLISH, announcement(await publisher(app, caller, target)), (data) => data.publishAnnouncement.announcement.id);
      return send(app, caller, 'mutation($input: CloseAnnouncementInput!) { closeAnnouncement(input: $input) { announcement { id } } }', { id });
    },
  },
];

/** Every probe of this file, in the order the mutations print. */
export const contentProbes: MutationProbe[] = [...projectProbes, ...platformProbes, ...activityProbes, ...announcementProbes];
