/** Links an application to the research fields the proposed station would work in (copied to the station on approval). */
import { BaseRecord } from '../../db/base-record';
import { ForeignKey } from '../../db/columns';
import { LinkTable } from '../../db/link-table';
import { ResearchField } from '../reference/research-field.entity';
import { StationApplication } from './station-application.entity';

@LinkTable('application_research_field', { applicationId: () => StationApplication }, { researchFieldId: ForeignKey(() => ResearchField, { onDelete: 'RESTRICT' }) })
export class ApplicationResearchField extends BaseRecord {
  applicationId: number;
  researchFieldId: number;
}
