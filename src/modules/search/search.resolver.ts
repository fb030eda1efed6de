/** `search`: one full-text search across the network (the service does the work). */
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { MAX_PAGE_SIZE } from '../../graphql/connection';
import { SearchType } from './search-types';
import { search, MAX_QUERY_LENGTH } from './search.service';
import { SearchConnection, SearchFilter } from './search.types';

@Resolver()
export class SearchResolver {
  @Query(() => SearchConnection, {
    description: [
      'Finds stations, host units, heads, talents, organisations, offshore bases, projects, platforms, activities, announcements, and (for those who may read them) applications and experts, by their names and texts.',
      'Chinese and English may be mixed; Chinese matches any run of two or more characters (石墨烯), traditional forms find simplified ones (重慶 finds 重庆), English ignores case and accents and matches word forms (vaccines finds vaccine), full-width and half-width forms are the same, and the pinyin of a Chinese name finds it, with or without spaces or tones (Xiao Qiang, xiaoqiang, Xiǎo Qiáng).',
      'Every term must match (in any field). Results are what the caller may read, best first; a field the caller may not read (a talent\'s email) neither matches nor shows.',
    ].join(' '),
  })
  search(
    @Arg('query', { description: `What to look for, at most ${MAX_QUERY_LENGTH} characters.` }) query: string,
    @Arg('types', () => [SearchType], { nullable: true, description: 'Only these kinds of record (default: every kind).' }) types: SearchType[] | null,
    @Arg('filter', () => SearchFilter, { nullable: true, description: 'Narrows the results further (AND with the query).' }) filter: SearchFilter | null,
    @Arg('first', () => Int, { nullable: true, description: `Results to return, at most ${MAX_PAGE_SIZE} (default 20).` }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Start after this cursor (pageInfo.endCursor of the previous page).' }) after: string | null,
    @Ctx() context: AppContext,
  ) {
    return search({ query, types, filter, first, after }, context);
  }
}
