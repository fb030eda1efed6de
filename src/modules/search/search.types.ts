/** The shapes `search` answers with: a connection of records of many types, each edge scored and highlighted. */
import { Field, Float, InputType, Int, ObjectType, createUnionType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection';
import { Activity } from '../activity/activity.entity';
import { Announcement } from '../announcement/announcement.entity';
import { Expert } from '../application/expert.entity';
import { StationApplication } from '../application/station-application.entity';
import { HostUnit } from '../host-unit/host-unit.entity';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { Company, Consulate, GovernmentBody, ResearchInstitute, Society, University } from '../organization/organization.types';
import { Platform } from '../platform/platform.entity';
import { Project } from '../project/project.entity';
import { StationHead } from '../station/station-head.entity';
import { Station } from '../station/station.entity';
import { Talent } from '../talent/talent.entity';

export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'Anything search finds; every member is a Node.',
  types: () =>
    [
      Station,
      HostUnit,
      StationHead,
      Talent,
      Consulate,
      Society,
      University,
      ResearchInstitute,
      Company,
      GovernmentBody,
      OffshoreBase,
      Project,
      Platform,
      Activity,
      Announcement,
      StationApplication,
      Expert,
    ] as const,
  // Results are tagged with their type when loaded (an organisation's depends on its kind).
  resolveType: (value) => (value as { __typename?: string }).__typename,
});

@ObjectType({ simpleResolvers: true, description: 'A piece of a highlighted text: matched or not.' })
export class HighlightPart {
  @Field({ description: 'This part of the text, as it is in the record.' })
  text: string;

  @Field({ description: 'True for a part the query matched.' })
  matched: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'Where a result matched: one field, its text around the match.' })
export class SearchHighlight {
  @Field({ description: 'The field of the result that matched, e.g. name, nameEn, bio.' })
  field: string;

  @Field({
    description:
      'The text (a window around the first match when long, cut with …), each match wrapped in <mark>…</mark>. The text itself is not HTML-escaped: render `parts` to show it safely.',
  })
  snippet: string;

  @Field(() => [HighlightPart], { description: 'The same text in parts, the matched ones flagged.' })
  parts: HighlightPart[];
}

@ObjectType({ simpleResolvers: true, description: 'One search result.' })
export class SearchEdge {
  @Field({ description: 'Opaque position of this edge, for after.' })
  cursor: string;

  @Field(() => SearchResult, { description: 'The record found.' })
  node: typeof SearchResult;

  @Field(() => Float, {
    description: 'How well it matched: for each query term, the weight of the best field it was found in (a name counts more than a description, Chinese more than its pinyin), times the weight of the type; higher is better.',
  })
  score: number;

  @Field(() => [SearchHighlight], { description: 'The fields that matched, with the match marked.' })
  highlights: SearchHighlight[];
}

@ObjectType({ simpleResolvers: true, description: 'A page of search results, best first.' })
export class SearchConnection {
  @Field(() => [SearchEdge], { description: 'The results of this page, best first, each with its cursor.' })
  edges: SearchEdge[];

  @Field(() => PageInfo, { description: 'Whether more results follow, and the cursor to ask for them.' })
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'How many records match in all, across all pages.', simple: false })
  totalCount: number;

  @Field(() => [String], { description: 'The terms the query was read as (folded Chinese pairs, word stems): what every result contains.' })
  terms: string[];
}

@InputType({ description: 'Narrows a search.' })
export class SearchFilter {
  @Field(() => Boolean, { nullable: true, description: "Only records the seed generator made up (true), or only the article's and staff's (false)." })
  isGenerated?: boolean | null;
}
