/** The announcement mutations: thin, they decode ids and hand the rest to AnnouncementService. */
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../auth/viewer';
import type { AppContext } from '../../context';
import { inputId, inputIds, optionalInputId } from '../../graphql/input-ids';
import { ORGANIZATION_TYPE_NAMES } from '../organization/organization.types';
import { AnnouncementPayload, CloseAnnouncementInput, PublishAnnouncementInput, UpdateAnnouncementInput } from './announcement.mutation-types';

@Resolver()
export class AnnouncementMutationsResolver {
  @Authorized(Role.STAFF, Role.UNIT_MANAGER, Role.PARTNER)
  @Mutation(() => AnnouncementPayload, {
    description: "Publishes a collaboration announcement. STAFF for any publisher (the operator included); a UNIT_MANAGER for a station of their unit; a PARTNER for their organisation.",
  })
  async publishAnnouncement(@Arg('input') input: PublishAnnouncementInput, @Ctx() context: AppContext): Promise<AnnouncementPayload> {
    const announcement = await context.services.announcements.publishAnnouncement(context, {
      ...input,
      stationId: optionalInputId(input.stationId, 'Station', 'input.stationId'),
      offshoreBaseId: optionalInputId(input.offshoreBaseId, 'OffshoreBase', 'input.offshoreBaseId'),
      organizationId: optionalInputId(input.organizationId, ORGANIZATION_TYPE_NAMES, 'input.organizationId'),
      researchFieldIds: inputIds(input.researchFieldIds ?? [], 'ResearchField', 'input.researchFieldIds'),
      countries: input.countries ?? [],
    });
    return { announcement };
  }

  @Authorized(Role.STAFF, Role.UNIT_MANAGER, Role.PARTNER)
  @Mutation(() => AnnouncementPayload, { description: 'Changes an open announcement. Whoever may publish for its publisher.' })
  async updateAnnouncement(@Arg('input') input: UpdateAnnouncementInput, @Ctx() context: AppContext): Promise<AnnouncementPayload> {
    const { id, expectedVersion, researchFieldIds, ...rest } = input;
    const announcement = await context.services.announcements.updateAnnouncement(
      context,
      inputId(id, 'Announcement', 'input.id'),
      { ...rest, researchFieldIds: researchFieldIds ? inputIds(researchFieldIds, 'ResearchField', 'input.researchFieldIds') : researchFieldIds },
      expectedVersion,
    );
    return { announcement };
  }

  @Authorized(Role.STAFF, Role.UNIT_MANAGER, Role.PARTNER)
  @Mutation(() => AnnouncementPayload, { description: 'Closes an announcement today. Whoever may publish for its publisher; once only.' })
  async closeAnnouncement(@Arg('input') input: CloseAnnouncementInput, @Ctx() context: AppContext): Promise<AnnouncementPayload> {
    const announcement = await context.services.announcements.closeAnnouncement(context, inputId(input.id, 'Announcement', 'input.id'), input.expectedVersion);
    return { announcement };
  }
}
