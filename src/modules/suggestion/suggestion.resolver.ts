/** Suggestions (issue 14): talents for a need, partners for a station, reviewers for an application. The ranking is in the services beside this file. */
import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth/viewer';
import type { AppContext } from '../../context';
import { inputId, inputIds, optionalInputId } from '../../graphql/input-ids';
import { suggestPartners } from './partner-suggestions';
import { suggestReviewers } from './reviewer-suggestions';
import { PartnerSuggestionConnection, ReviewerSuggestionConnection, TalentNeed, TalentSuggestionConnection } from './suggestion.types';
import { suggestTalents } from './talent-suggestions';

const FIRST = { description: 'How many, best first: at most 100.' };
const AFTER = { nullable: true, description: "Continue after this cursor (pageInfo.endCursor of the previous page, asked with the same arguments)." };

@Resolver()
export class SuggestionResolver {
  @Authorized(Role.STAFF, Role.UNIT_MANAGER)
  @Query(() => TalentSuggestionConnection, {
    description:
      'Talents ranked for a need, each with the reasons: the fields and keywords they match, their country, affiliation with a partner (of the station, or of the network), earlier engagements, ambassador status. Talents on post at the station asking are left out. Score 1.0: everything the need could give. STAFF and UNIT_MANAGER.',
  })
  suggestTalents(
    @Arg('need', () => TalentNeed, { description: 'What the talents should bring: fields, keywords, countries, and the station asking.' }) need: TalentNeed,
    @Arg('first', () => Int, FIRST) first: number,
    @Arg('after', () => String, AFTER) after: string | null,
    @Ctx() { loaders }: AppContext,
  ) {
    const criteria = {
      researchFieldIds: inputIds(need.researchFieldIds ?? [], 'ResearchField', 'need.researchFieldIds'),
      keywords: need.keywords ?? [],
      countries: need.countries ?? [],
      stationId: optionalInputId(need.stationId, 'Station', 'need.stationId') ?? null,
    };
    return suggestTalents(loaders, criteria, first, after);
  }

  @Authorized(Role.STAFF, Role.UNIT_MANAGER)
  @Query(() => PartnerSuggestionConnection, {
    description:
      "Organisations (every kind) ranked as new partners for a station, each with the reasons: the station's talents affiliated with them, the station's research fields they work in, partnerships elsewhere in the network. The station's existing partners are left out (see station.partners). Score 1.0 per 100 points: a linked talent 0.4, a shared field 0.25, a partner elsewhere 0.1. STAFF and UNIT_MANAGER.",
  })
  suggestPartners(
    @Arg('stationId', () => ID, { description: 'The global id of the station to find partners for.' }) stationId: string,
    @Arg('first', () => Int, FIRST) first: number,
    @Arg('after', () => String, AFTER) after: string | null,
    @Ctx() { loaders }: AppContext,
  ) {
    return suggestPartners(loaders, inputId(stationId, 'Station', 'stationId'), first, after);
  }

  @Authorized(Role.STAFF)
  @Query(() => ReviewerSuggestionConnection, {
    description:
      "Experts of the review pool ranked for an application by its research fields and the distinctive words of its name. Experts assignReviewers would refuse (conflicts of interest), those tied to the applicant unit through a partnership or project, and those already assigned are left out and listed in `excluded` with the reasons. STAFF only.",
  })
  suggestReviewers(
    @Arg('applicationId', () => ID, { description: 'The global id of the station application to find reviewers for.' }) applicationId: string,
    @Arg('first', () => Int, FIRST) first: number,
    @Arg('after', () => String, AFTER) after: string | null,
    @Ctx() { loaders }: AppContext,
  ) {
    return suggestReviewers(loaders, inputId(applicationId, 'StationApplication', 'applicationId'), first, after);
  }
}
