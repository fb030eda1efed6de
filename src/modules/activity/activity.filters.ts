/** How clients narrow and order the activities list: the filter input, its SQL on alias t, and the orderings. */
import { Field } from 'type-graphql';
import { DateRange, ordering } from '../../graphql/ordering';
import { ORGANIZATION_TYPE_NAMES } from '../organization/organization.types';
import { AnyOfFilter, ContainsFilter, FilterInput, filterOf, GeneratedFilter, IdsFilter, RangeFilter } from '../../graphql/filter-fields';
import { ActivityKind } from './activity.entity';

@FilterInput('Activities')
export class ActivityFilter {
  @AnyOfFilter(ActivityKind, 't.kind')
  kinds?: ActivityKind[] | null;

  @RangeFilter(DateRange, 'Starting within these dates; activities without a start date never match a range.', 't.starts_on')
  startsOn?: DateRange | null;

  @IdsFilter('Station', 'Organised by, or taken part in by, any of these stations.')
  stationIds?: string[] | null;

  @IdsFilter('OffshoreBase', 'Organised by any of these offshore bases.', 't.offshore_base_id')
  offshoreBaseIds?: string[] | null;

  @IdsFilter('Talent', 'Taken part in by any of these talents.')
  talentIds?: string[] | null;

  @IdsFilter(ORGANIZATION_TYPE_NAMES, 'Taken part in by any of these organisations (ids of any organisation type).')
  organizationIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Paid for by a grant (true) or not (false).' })
  funded?: boolean | null;

  @GeneratedFilter()
  isGenerated?: boolean | null;

  @ContainsFilter('Chinese or English title', ['t.title_zh', 't.title_en'])
  titleContains?: string | null;
}

/** Only NOT NULL columns can order a keyset list: startsOn is null where the source gives no date. */
export const ACTIVITY_ORDER = ordering('Activity', { TITLE: 'titleZh' });

const participating = (column: string) => (ids: string) =>
  `SELECT 1 FROM activity_participant ap WHERE ap.activity_id = t.id AND ap.${column} IN (${ids})`;

export const activityFilter = filterOf(ActivityFilter, (w, c) => {
  // A range, even an open one, asks for dated activities.
  if (c.startsOn) w.add('t.starts_on IS NOT NULL');
  if (c.stationIds) {
    if (c.stationIds.length === 0) w.add('1 = 0');
    else {
      const ids = w.bind(c.stationIds);
      w.add(`(t.station_id IN (${ids}) OR EXISTS (${participating('station_id')(ids)}))`);
    }
  }
  w.existsIn(c.talentIds, participating('talent_id')).existsIn(c.organizationIds, participating('organization_id'));
  if (c.funded !== null && c.funded !== undefined) w.add(c.funded ? 't.funding_grant_id IS NOT NULL' : 't.funding_grant_id IS NULL');
});
