/** How clients narrow and order the station-applications and experts lists: the filter inputs, their SQL on alias t, and the orderings. */
import { IntRange, ordering } from '../../graphql/ordering';
import { AnyOfFilter, CriteriaOf, FilterInput, filterOf, GeneratedFilter, IdFilter, IdsFilter, NameContainsFilter, RangeFilter } from '../../graphql/filter-fields';
import { conflictSql } from './conflict-of-interest';
import { ApplicationStatus } from './station-application.entity';

@FilterInput('Applications')
export class StationApplicationFilter {
  @AnyOfFilter(ApplicationStatus, 't.status')
  statuses?: ApplicationStatus[] | null;

  @RangeFilter(IntRange, 'Filed in review rounds within these years.', 't.round_year')
  roundYears?: IntRange | null;

  @IdsFilter('HostUnit', 'Filed by any of these host units.', 't.host_unit_id')
  hostUnitIds?: string[] | null;

  @IdsFilter('District', 'District ids.', 't.district_id')
  districtIds?: string[] | null;

  @GeneratedFilter()
  isGenerated?: boolean | null;
}

export const STATION_APPLICATION_ORDER = ordering('StationApplication', { SUBMITTED_ON: 'submittedOn' });

export const stationApplicationFilter = filterOf(StationApplicationFilter);

@FilterInput('Experts')
export class ExpertFilter {
  @IdsFilter('ResearchField', 'Experts in any of these research fields.', 't.research_field_id')
  researchFieldIds?: string[] | null;

  @NameContainsFilter()
  nameContains?: string | null;

  @IdFilter(
    'StationApplication',
    'Experts who may be assigned to review this application: without a conflict of interest (working at the applicant unit, or engaged at one of its stations) and not assigned to it already.',
  )
  assignableTo?: string | null;

  @GeneratedFilter()
  isGenerated?: boolean | null;
}

export const EXPERT_ORDER = ordering('Expert', { NAME: 'nameSort' });

/** The experts filter in row ids: `assignableTo` is an id field whose name does not end in Id, so CriteriaOf cannot tell it is decoded. */
type ExpertCriteria = Omit<CriteriaOf<ExpertFilter>, 'assignableTo'> & { assignableTo?: number };

export const expertFilter = filterOf<ExpertFilter, ExpertCriteria>(ExpertFilter, (w, c) => {
  if (c.assignableTo !== undefined) {
    const application = w.bind(c.assignableTo);
    // No application (an id of one that does not exist) leaves the unit 0, which no unit has.
    const unit = `COALESCE((SELECT ca.host_unit_id FROM station_application ca WHERE ca.id = ${application}), 0)`;
    w.add(`NOT ${conflictSql('t', unit)}`).add(`NOT EXISTS (SELECT 1 FROM application_review ar WHERE ar.application_id = ${application} AND ar.expert_id = t.id)`);
  }
});
