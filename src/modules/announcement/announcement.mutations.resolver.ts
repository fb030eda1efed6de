/** The announcement mutations: thin, they decode the input and hand it to AnnouncementService. */
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { inputId } from '../../graphql/input-ids';
import { ANNOUNCEMENT_FIELDS, AnnouncementPayload, CloseAnnouncementInput, PublishAnnouncementInput, UpdateAnnouncementInput } from './announcement.mutation-types';
import { ANNOUNCEMENT_POLICIES } from './announcement.service';
import { rolesOf } from '../../write/policy';
import { MUTATION_INPUT } from '../../graphql/input-fields';

@Resolver()
export class AnnouncementMutationsResolver {
  @Authorized(...rolesOf(ANNOUNCEMENT_POLICIES.publishAnnouncement))
  @Mutation(() => AnnouncementPayload, {
    description: "Publishes a collaboration announcement. STAFF for any publisher (the operator included); a UNIT_MANAGER for a station of their unit; a PARTNER for their organisation, named or not.",
  })
  async publishAnnouncement(@Arg('input', () => PublishAnnouncementInput, MUTATION_INPUT) input: InstanceType<typeof PublishAnnouncementInput>, @Ctx() context: AppContext): Promise<AnnouncementPayload> {
    return { announcement: await context.services.announcements.publishAnnouncement(context, ANNOUNCEMENT_FIELDS.decodeCreate(input), input.idempotencyKey) };
  }

  @Authorized(...rolesOf(ANNOUNCEMENT_POLICIES.updateAnnouncement))
  @Mutation(() => AnnouncementPayload, { description: 'Changes an open announcement. Whoever may publish for its publisher.' })
  async updateAnnouncement(@Arg('input', () => UpdateAnnouncementInput, MUTATION_INPUT) input: InstanceType<typeof UpdateAnnouncementInput>, @Ctx() context: AppContext): Promise<AnnouncementPayload> {
    const id = inputId(input.id, 'Announcement', 'input.id');
    return { announcement: await context.services.announcements.updateAnnouncement(context, id, ANNOUNCEMENT_FIELDS.decodeUpdate(input), input.expectedVersion) };
  }

  @Authorized(...rolesOf(ANNOUNCEMENT_POLICIES.closeAnnouncement))
  @Mutation(() => AnnouncementPayload, { description: 'Closes an announcement today. Whoever may publish for its publisher; once only.' })
  async closeAnnouncement(@Arg('input', MUTATION_INPUT) input: CloseAnnouncementInput, @Ctx() context: AppContext): Promise<AnnouncementPayload> {
    const announcement = await context.services.announcements.closeAnnouncement(context, inputId(input.id, 'Announcement', 'input.id'), input.expectedVersion);
    return { announcement };
  }
}
