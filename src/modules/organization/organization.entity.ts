/**
 * An organisation the network partners with (海外团体): consulates, societies and associations,
 * universities, research institutes, companies and government bodies, mostly overseas.
 * The GraphQL shape (an interface with a type per kind) is in organization.types.ts.
 */
import { Entity, Index } from 'typeorm';
import { enumType, EnumValue, EnumLabels } from '../../graphql/enum-type';
import { BaseRecord } from '../../db/base-record';
import { CountryColumn, EnumColumn, NameColumn, TextColumn } from '../../db/columns';
import { NameSortColumn } from '../../db/name-sort-column';

export const ORGANIZATION_KIND_LABELS = {
  CONSULATE: { zh: '领事馆', en: 'a consulate or consulate-general' },
  SOCIETY: { zh: '学会/协会', en: 'a society or association' },
  UNIVERSITY: { zh: '大学', en: 'a university' },
  RESEARCH_INSTITUTE: { zh: '研究机构', en: 'a research institute' },
  COMPANY: { zh: '企业', en: 'a company' },
  GOVERNMENT_BODY: { zh: '政府机构', en: 'a government body' },
} as const satisfies EnumLabels;
export const OrganizationKind = enumType('OrganizationKind', ORGANIZATION_KIND_LABELS, 'What sort of body an organisation is; SOCIETY covers societies and associations (学会/协会).');
export type OrganizationKind = EnumValue<typeof OrganizationKind>;

/** GraphQL type name for each kind; node ids carry it, so it is part of the API. */
export const ORGANIZATION_TYPE_BY_KIND: Record<OrganizationKind, string> = {
  [OrganizationKind.CONSULATE]: 'Consulate',
  [OrganizationKind.SOCIETY]: 'Society',
  [OrganizationKind.UNIVERSITY]: 'University',
  [OrganizationKind.RESEARCH_INSTITUTE]: 'ResearchInstitute',
  [OrganizationKind.COMPANY]: 'Company',
  [OrganizationKind.GOVERNMENT_BODY]: 'GovernmentBody',
};

@Entity('organization')
@Index(['countryCode'])
export class Organization extends BaseRecord {
  /**
   * One table shown as a type per kind: how src/graphql/type-names.ts names a row (global ids,
   * node(id), audit rows) without the GraphQL kit importing this module.
   */
  static readonly rowTypes = {
    names: Object.values(ORGANIZATION_TYPE_BY_KIND),
    of: (row: { kind?: unknown }): string | undefined => ORGANIZATION_TYPE_BY_KIND[row.kind as OrganizationKind],
  };

  @EnumColumn(OrganizationKind)
  kind: OrganizationKind;

  @NameColumn()
  nameZh: string;

  /** What `orderBy: NAME` sorts by: the pinyin key of nameZh, kept in step by every write (not in the API). */
  @NameSortColumn('nameZh')
  nameSort: string;

  @NameColumn({ nullable: true })
  nameEn: string | null;

  @CountryColumn()
  countryCode: string;

  @NameColumn({ length: 80, nullable: true })
  city: string | null;

  @NameColumn({ length: 300, nullable: true })
  website: string | null;

  @NameColumn({ nullable: true })
  jurisdiction: string | null;

  @TextColumn({ nullable: true })
  description: string | null;
}
