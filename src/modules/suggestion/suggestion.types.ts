/** The GraphQL shapes of suggestions: the need a station states, and ranked connections whose edges say why. */
import { ArrayMaxSize, IsOptional, Matches, MaxLength } from 'class-validator';
import { ClassType, Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection';
import { COUNTRY_CODE } from '../../graphql/filter-fields';
import { Expert } from '../application/expert.entity';
import { OrganizationInterface } from '../organization/organization.types';
import { Talent } from '../talent/talent.entity';
import { MAX_NEED_ITEMS } from './talent-suggestions';

/** Longest keyword: the index keeps terms of up to 64 characters. */
const MAX_KEYWORD_LENGTH = 64;

@InputType({ description: 'What a station needs in a talent. Talents matching at least one field, keyword or country are ranked; the rest of the need only orders them.' })
export class TalentNeed {
  @Field(() => [ID], { nullable: true, description: `Research fields the talent should work in (at most ${MAX_NEED_ITEMS}).` })
  @IsOptional()
  @ArrayMaxSize(MAX_NEED_ITEMS, { message: `researchFieldIds may name at most ${MAX_NEED_ITEMS}` })
  researchFieldIds?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: `Words the talent's record (name, title, bio) or a project they lead should hold, each matched as search matches it: Chinese or English, any script variant or width (at most ${MAX_NEED_ITEMS}).`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_NEED_ITEMS, { message: `keywords may name at most ${MAX_NEED_ITEMS}` })
  @MaxLength(MAX_KEYWORD_LENGTH, { each: true, message: `each keyword must be at most ${MAX_KEYWORD_LENGTH} characters` })
  keywords?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 codes of the countries the talent should work in, e.g. ["NZ"].' })
  @IsOptional()
  @ArrayMaxSize(MAX_NEED_ITEMS, { message: `countries may name at most ${MAX_NEED_ITEMS}` })
  @Matches(COUNTRY_CODE, { each: true, message: 'countries must be ISO 3166-1 alpha-2 codes in capitals, e.g. "NZ"' })
  countries?: string[] | null;

  @Field(() => ID, { nullable: true, description: "The station asking: its partners' people rank higher, and talents on post there are left out." })
  stationId?: string | null;
}

/** `<Name>Edge`: a node with its score and reasons. */
function SuggestionEdgeType<T extends object>(nodeType: ClassType<T> | Function, name: string, what: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `A suggested ${what}, with its score and the reasons for it.` })
  class SuggestionEdge {
    @Field({ description: 'Opaque position of this edge, for after.' })
    cursor: string;

    @Field(() => nodeType, { description: `The suggested ${what}.` })
    node: T;

    @Field(() => Float, { description: 'How well it fits, higher first (1.0: everything asked for, where there is such a most; see the query).' })
    score: number;

    @Field(() => [String], { description: 'Why it is suggested, as sentences a person can read; never empty.' })
    reasons: string[];
  }
  return SuggestionEdge;
}

/** `<Name>Edge` and `<Name>Connection` over it. */
function SuggestionConnection<T extends object>(nodeType: ClassType<T> | Function, name: string, what: string) {
  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `${what[0].toUpperCase()}${what.slice(1)}s suggested, best first.` })
  class Connection extends ConnectionType(SuggestionEdgeType(nodeType, name, what)) {}
  return Connection;
}

export const TalentSuggestionConnection = SuggestionConnection(Talent, 'TalentSuggestion', 'talent');
export const PartnerSuggestionConnection = SuggestionConnection(OrganizationInterface, 'PartnerSuggestion', 'partner organisation');

@ObjectType({ simpleResolvers: true, description: 'An expert left out of the suggestions, and why.' })
export class ExcludedReviewer {
  @Field(() => Expert, { description: 'The expert left out.' })
  expert: Expert;

  @Field(() => [String], { description: 'Each reason that applies: conflicts of interest first (those assignReviewers refuses), then ties with the applicant, then an assignment already made.' })
  reasons: string[];
}

@ObjectType('ReviewerSuggestionConnection', { simpleResolvers: true, description: 'Reviewers suggested, best first, beside the experts left out.' })
export class ReviewerSuggestionConnection extends ConnectionType(SuggestionEdgeType(Expert, 'ReviewerSuggestion', 'reviewer')) {
  // Not simple: the value is a promise (read only when asked), as totalCount.
  @Field(() => [ExcludedReviewer], { simple: false, description: 'Every expert of the pool left out for this application, whatever page is asked, with the reasons.' })
  excluded: ExcludedReviewer[];
}
