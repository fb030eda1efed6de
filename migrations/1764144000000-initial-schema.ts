/**
 * The whole domain model as of the first release: 29 tables, in dependency order (a table comes after
 * the tables it references, as in src/db/entities.ts).
 *
 * Written with the QueryRunner API only (no dialect SQL), so the same file runs on SQLite and on
 * MariaDB; after it, TypeORM's schema builder finds no difference from the entities.
 */
import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import {
  booleanColumn,
  enumValues,
  countryColumn,
  dateColumn,
  enumColumn,
  fkColumn,
  intColumn,
  moneyColumn,
  nameColumn,
  textColumn,
} from './lib/columns';
import { recordTable, references } from './lib/tables';

/**
 * Enum values as they stood when this migration was written. They are literals, not imports from
 * the entities: a later change to an entity's enum must come as a new migration, never rewrite this one.
 */
const ParticipantRole = enumValues('HOST', 'SPEAKER', 'PARTICIPANT', 'VISITED');
const ActivityKind = enumValues('ACADEMIC_EXCHANGE', 'HEAD_SALON', 'INSPECTION_VISIT', 'CONFERENCE', 'SIGNING', 'CONSULTATION');
const AnnouncementKind = enumValues('NEED', 'OFFER', 'CALL', 'NOTICE');
const ReviewRecommendation = enumValues('APPROVE', 'REVISE', 'REJECT');
const ApplicationStatus = enumValues('SUBMITTED', 'QUALIFIED', 'UNDER_REVIEW', 'INSPECTED', 'PUBLICIZED', 'APPROVED', 'REJECTED', 'WITHDRAWN');
const EvaluationGrade = enumValues('EXCELLENT', 'GOOD', 'QUALIFIED', 'UNQUALIFIED');
const GrantKind = enumValues('ESTABLISHMENT', 'DISTRICT_MATCHING', 'ACADEMIC_EXCHANGE');
const HostUnitKind = enumValues('LISTED_COMPANY', 'ENTERPRISE', 'UNIVERSITY', 'HOSPITAL', 'RESEARCH_INSTITUTE', 'SOCIETY', 'HIGH_TECH_PARK');
const BaseLevel = enumValues('NATIONAL', 'MUNICIPAL');
const OffshoreBaseKind = enumValues('WORK_BASE', 'OFFSHORE_BASE', 'OVERSEAS_BASE', 'RD_COMMUNITY');
const OrganizationKind = enumValues('CONSULATE', 'SOCIETY', 'UNIVERSITY', 'RESEARCH_INSTITUTE', 'COMPANY', 'GOVERNMENT_BODY');
const PartnershipKind = enumValues('EXCHANGE', 'JOINT_RESEARCH', 'TALENT_REFERRAL', 'MOU');
const PlatformKind = enumValues('JOINT_LAB', 'RD_CENTER', 'TECH_TRANSFER_CENTER', 'INNOVATION_CENTER');
const ProjectStatus = enumValues('NEGOTIATING', 'INTRODUCED', 'INCUBATING', 'LANDED');
const DistrictKind = enumValues('DISTRICT', 'COUNTY', 'NEW_AREA');
const StationStatus = enumValues('ACTIVE', 'SUSPENDED', 'REVOKED', 'EXPIRED');
const EngagementRole = enumValues('CHIEF_TECHNICAL_ADVISER', 'CHIEF_SCIENTIST', 'TECHNICAL_ADVISER', 'TEAM_LEADER', 'TEAM_MEMBER', 'RESEARCHER', 'SIGNED_EXPERT', 'ENTREPRENEUR');
const Degree = enumValues('BACHELOR', 'MASTER', 'DOCTORATE', 'OTHER');

const NULL = { nullable: true } as const;

function schema(qr: QueryRunner): Table[] {
  const enumOf = enumColumn.bind(null, qr);
  return [
    // ── reference data ────────────────────────────────────────────────────────────────────────────
    recordTable(qr, 'district', {
      columns: [
        nameColumn('code', 40),
        nameColumn('name_zh', 60),
        nameColumn('name_en', 80),
        enumOf('kind', DistrictKind),
      ],
      uniques: [['code']],
    }),
    recordTable(qr, 'research_field', {
      columns: [nameColumn('code', 40), nameColumn('name_zh', 60), nameColumn('name_en', 80)],
      uniques: [['code']],
    }),
    recordTable(qr, 'organization', {
      columns: [
        enumOf('kind', OrganizationKind),
        nameColumn('name_zh', 200),
        nameColumn('name_en', 200, NULL),
        countryColumn('country_code'),
        nameColumn('city', 80, NULL),
        nameColumn('website', 300, NULL),
        nameColumn('jurisdiction', 200, NULL),
        textColumn('description', NULL),
      ],
      indices: [['country_code']],
    }),
    // ── hosts, bases, stations ────────────────────────────────────────────────────────────────────
    recordTable(qr, 'host_unit', {
      columns: [
        enumOf('kind', HostUnitKind),
        nameColumn('name_zh', 200),
        nameColumn('name_en', 200, NULL),
        fkColumn('district_id'),
        nameColumn('legal_representative', 80, NULL),
        intColumn('service_area_m2', NULL),
      ],
      uniques: [['name_zh']],
      indices: [['district_id']],
      foreignKeys: [references('district_id', 'district', 'RESTRICT')],
    }),
    recordTable(qr, 'offshore_base', {
      columns: [
        nameColumn('name_zh', 200),
        nameColumn('name_en', 200, NULL),
        enumOf('kind', OffshoreBaseKind),
        enumOf('level', BaseLevel),
        fkColumn('district_id'),
        intColumn('established_year'),
      ],
      uniques: [['name_zh']],
      indices: [['district_id']],
      foreignKeys: [references('district_id', 'district', 'RESTRICT')],
    }),
    recordTable(qr, 'station_head', {
      columns: [
        nameColumn('name_zh', 80),
        nameColumn('name_en', 120, NULL),
        nameColumn('position', 120, NULL),
        dateColumn('certified_on', NULL),
        nameColumn('email', 200, NULL),
        nameColumn('phone', 40, NULL),
      ],
    }),
    recordTable(qr, 'station', {
      columns: [
        nameColumn('name_zh', 200),
        nameColumn('name_en', 300, NULL),
        fkColumn('host_unit_id'),
        fkColumn('district_id'),
        fkColumn('head_id', NULL),
        fkColumn('offshore_base_id', {
          nullable: true,
          comment: 'the offshore base whose coordination group (协作组) the station belongs to',
        }),
        enumOf('status', StationStatus, { default: StationStatus.ACTIVE }),
        intColumn('approval_year'),
        intColumn('approval_batch', NULL),
        dateColumn('approved_on'),
        dateColumn('valid_until'),
      ],
      uniques: [['name_zh']],
      indices: [['district_id'], ['host_unit_id'], ['offshore_base_id'], ['approval_year'], ['status']],
      foreignKeys: [
        references('host_unit_id', 'host_unit', 'RESTRICT'),
        references('district_id', 'district', 'RESTRICT'),
        references('head_id', 'station_head', 'SET NULL'),
        references('offshore_base_id', 'offshore_base', 'SET NULL'),
      ],
    }),
    recordTable(qr, 'station_status_change', {
      columns: [
        fkColumn('station_id'),
        enumOf('from_status', StationStatus, NULL),
        enumOf('to_status', StationStatus),
        dateColumn('changed_on'),
        textColumn('reason', NULL),
      ],
      indices: [['station_id', 'changed_on']],
      foreignKeys: [references('station_id', 'station', 'CASCADE')],
    }),
    recordTable(qr, 'station_research_field', {
      columns: [fkColumn('station_id'), fkColumn('research_field_id')],
      uniqueIndices: [['station_id', 'research_field_id']],
      indices: [['research_field_id']],
      foreignKeys: [
        references('station_id', 'station', 'CASCADE'),
        references('research_field_id', 'research_field', 'RESTRICT'),
      ],
    }),
    // ── talents ───────────────────────────────────────────────────────────────────────────────────
    recordTable(qr, 'talent', {
      columns: [
        nameColumn('name', 120),
        nameColumn('name_en', 120, NULL),
        countryColumn('country_code'),
        enumOf('degree', Degree),
        nameColumn('title', 120, NULL),
        booleanColumn('is_returnee', { default: false }),
        fkColumn('affiliation_id', NULL),
        nameColumn('email', 200, NULL),
        nameColumn('phone', 40, NULL),
        textColumn('bio', NULL),
      ],
      indices: [['country_code'], ['affiliation_id'], ['is_returnee']],
      foreignKeys: [references('affiliation_id', 'organization', 'SET NULL')],
    }),
    recordTable(qr, 'talent_research_field', {
      columns: [fkColumn('talent_id'), fkColumn('research_field_id')],
      uniqueIndices: [['talent_id', 'research_field_id']],
      indices: [['research_field_id']],
      foreignKeys: [
        references('talent_id', 'talent', 'CASCADE'),
        references('research_field_id', 'research_field', 'RESTRICT'),
      ],
    }),
    recordTable(qr, 'engagement', {
      columns: [
        fkColumn('talent_id'),
        fkColumn('station_id', NULL),
        fkColumn('offshore_base_id', NULL),
        enumOf('role', EngagementRole),
        nameColumn('title', 120, NULL),
        dateColumn('started_on'),
        dateColumn('ended_on', NULL),
      ],
      indices: [['station_id', 'talent_id'], ['offshore_base_id', 'talent_id'], ['talent_id']],
      foreignKeys: [
        references('talent_id', 'talent', 'CASCADE'),
        references('station_id', 'station', 'CASCADE'),
        references('offshore_base_id', 'offshore_base', 'CASCADE'),
      ],
    }),
    recordTable(qr, 'ambassador_appointment', {
      columns: [
        fkColumn('talent_id'),
        intColumn('batch'),
        dateColumn('appointed_on'),
        dateColumn('term_ends_on', NULL),
        nameColumn('region', 120, NULL),
      ],
      uniques: [['talent_id']],
      foreignKeys: [references('talent_id', 'talent', 'CASCADE')],
    }),
    // ── cooperation: partnerships, projects, platforms ────────────────────────────────────────────
    recordTable(qr, 'partnership', {
      columns: [
        fkColumn('organization_id'),
        fkColumn('station_id', NULL),
        fkColumn('offshore_base_id', NULL),
        enumOf('kind', PartnershipKind),
        dateColumn('since'),
        textColumn('note', NULL),
      ],
      indices: [['organization_id'], ['station_id', 'organization_id'], ['offshore_base_id', 'organization_id']],
      foreignKeys: [
        references('organization_id', 'organization', 'CASCADE'),
        references('station_id', 'station', 'CASCADE'),
        references('offshore_base_id', 'offshore_base', 'CASCADE'),
      ],
    }),
    recordTable(qr, 'project', {
      columns: [
        nameColumn('name_zh', 300),
        nameColumn('name_en', 300, NULL),
        enumOf('status', ProjectStatus),
        moneyColumn('amount_cny'),
        fkColumn('research_field_id', NULL),
        fkColumn('station_id', NULL),
        fkColumn('offshore_base_id', NULL),
        fkColumn('partner_organization_id', NULL),
        fkColumn('talent_id', NULL),
        dateColumn('introduced_on'),
        textColumn('description', NULL),
      ],
      indices: [['station_id'], ['offshore_base_id'], ['partner_organization_id'], ['talent_id'], ['research_field_id']],
      foreignKeys: [
        references('research_field_id', 'research_field', 'SET NULL'),
        references('station_id', 'station', 'CASCADE'),
        references('offshore_base_id', 'offshore_base', 'CASCADE'),
        references('partner_organization_id', 'organization', 'SET NULL'),
        references('talent_id', 'talent', 'SET NULL'),
      ],
    }),
    recordTable(qr, 'platform', {
      columns: [
        nameColumn('name_zh', 300),
        nameColumn('name_en', 300, NULL),
        enumOf('kind', PlatformKind),
        fkColumn('station_id', NULL),
        fkColumn('offshore_base_id', NULL),
        fkColumn('research_field_id', NULL),
        dateColumn('established_on'),
        textColumn('description', NULL),
      ],
      indices: [['station_id'], ['offshore_base_id']],
      foreignKeys: [
        references('station_id', 'station', 'CASCADE'),
        references('offshore_base_id', 'offshore_base', 'CASCADE'),
        references('research_field_id', 'research_field', 'SET NULL'),
      ],
    }),
    recordTable(qr, 'platform_partner', {
      columns: [fkColumn('platform_id'), fkColumn('organization_id')],
      uniqueIndices: [['platform_id', 'organization_id']],
      indices: [['organization_id']],
      foreignKeys: [
        references('platform_id', 'platform', 'CASCADE'),
        references('organization_id', 'organization', 'CASCADE'),
      ],
    }),
    // ── funding ───────────────────────────────────────────────────────────────────────────────────
    recordTable(qr, 'funding_grant', {
      columns: [
        enumOf('kind', GrantKind),
        nameColumn('title', 300),
        fkColumn('station_id', NULL),
        fkColumn('offshore_base_id', NULL),
        fkColumn('funder_district_id', {
          nullable: true,
          comment: 'the district paying matching funds; null when CQAST pays',
        }),
        intColumn('year'),
        moneyColumn('amount_cny'),
        dateColumn('awarded_on'),
      ],
      indices: [['station_id'], ['offshore_base_id'], ['kind', 'year']],
      foreignKeys: [
        references('station_id', 'station', 'CASCADE'),
        references('offshore_base_id', 'offshore_base', 'CASCADE'),
        references('funder_district_id', 'district', 'RESTRICT'),
      ],
    }),
    recordTable(qr, 'disbursement', {
      columns: [
        fkColumn('funding_grant_id'),
        moneyColumn('amount_cny'),
        dateColumn('disbursed_on'),
        nameColumn('note', 300, NULL),
      ],
      indices: [['funding_grant_id']],
      foreignKeys: [references('funding_grant_id', 'funding_grant', 'CASCADE')],
    }),
    // ── activities ────────────────────────────────────────────────────────────────────────────────
    recordTable(qr, 'activity', {
      columns: [
        enumOf('kind', ActivityKind),
        nameColumn('title_zh', 300),
        nameColumn('title_en', 300, NULL),
        dateColumn('starts_on', NULL),
        dateColumn('ends_on', NULL),
        nameColumn('location', 200, NULL),
        fkColumn('station_id', NULL),
        fkColumn('offshore_base_id', NULL),
        fkColumn('funding_grant_id', NULL),
        textColumn('description', NULL),
      ],
      indices: [['station_id'], ['offshore_base_id'], ['funding_grant_id'], ['starts_on']],
      foreignKeys: [
        references('station_id', 'station', 'CASCADE'),
        references('offshore_base_id', 'offshore_base', 'CASCADE'),
        references('funding_grant_id', 'funding_grant', 'SET NULL'),
      ],
    }),
    recordTable(qr, 'activity_participant', {
      columns: [
        fkColumn('activity_id'),
        fkColumn('station_id', NULL),
        fkColumn('talent_id', NULL),
        fkColumn('organization_id', NULL),
        enumOf('role', ParticipantRole),
      ],
      indices: [['activity_id'], ['station_id'], ['talent_id'], ['organization_id']],
      foreignKeys: [
        references('activity_id', 'activity', 'CASCADE'),
        references('station_id', 'station', 'CASCADE'),
        references('talent_id', 'talent', 'CASCADE'),
        references('organization_id', 'organization', 'CASCADE'),
      ],
    }),
    // ── station applications and reviews ──────────────────────────────────────────────────────────
    recordTable(qr, 'expert', {
      columns: [
        nameColumn('name_zh', 80),
        nameColumn('name_en', 120, NULL),
        nameColumn('affiliation', 300, NULL),
        nameColumn('position', 200, NULL),
        fkColumn('research_field_id', NULL),
      ],
      foreignKeys: [references('research_field_id', 'research_field', 'SET NULL')],
    }),
    recordTable(qr, 'station_application', {
      columns: [
        fkColumn('host_unit_id'),
        fkColumn('district_id'),
        nameColumn('proposed_name', 300),
        intColumn('round_year'),
        enumOf('status', ApplicationStatus),
        dateColumn('submitted_on'),
        dateColumn('decided_on', NULL),
        textColumn('conclusion', NULL),
        intColumn('service_area_m2'),
        intColumn('dedicated_staff'),
        fkColumn('station_id', NULL),
      ],
      uniques: [['station_id']],
      indices: [['host_unit_id'], ['round_year', 'status']],
      foreignKeys: [
        references('host_unit_id', 'host_unit', 'CASCADE'),
        references('district_id', 'district', 'RESTRICT'),
        references('station_id', 'station', 'SET NULL'),
      ],
    }),
    recordTable(qr, 'application_review', {
      columns: [
        fkColumn('application_id'),
        fkColumn('expert_id'),
        intColumn('score', NULL),
        enumOf('recommendation', ReviewRecommendation, NULL),
        textColumn('opinion', NULL),
        dateColumn('reviewed_on', NULL),
      ],
      uniqueIndices: [['application_id', 'expert_id']],
      indices: [['expert_id']],
      foreignKeys: [
        references('application_id', 'station_application', 'CASCADE'),
        references('expert_id', 'expert', 'RESTRICT'),
      ],
    }),
    recordTable(qr, 'site_inspection', {
      columns: [
        fkColumn('application_id'),
        dateColumn('inspected_on'),
        nameColumn('inspectors', 300, NULL),
        textColumn('findings', NULL),
        booleanColumn('passed'),
      ],
      indices: [['application_id']],
      foreignKeys: [references('application_id', 'station_application', 'CASCADE')],
    }),
    // ── evaluations ───────────────────────────────────────────────────────────────────────────────
    recordTable(qr, 'evaluation', {
      columns: [
        fkColumn('station_id'),
        intColumn('year'),
        intColumn('score'),
        enumOf('grade', EvaluationGrade),
        dateColumn('evaluated_on'),
        textColumn('comment', NULL),
      ],
      uniqueIndices: [['station_id', 'year']],
      indices: [['year', 'grade']],
      foreignKeys: [references('station_id', 'station', 'CASCADE')],
    }),
    // ── announcements ─────────────────────────────────────────────────────────────────────────────
    recordTable(qr, 'announcement', {
      columns: [
        enumOf('kind', AnnouncementKind),
        nameColumn('title_zh', 300),
        nameColumn('title_en', 300, NULL),
        textColumn('body'),
        fkColumn('station_id', NULL),
        fkColumn('offshore_base_id', NULL),
        dateColumn('published_on'),
        dateColumn('deadline', NULL),
      ],
      indices: [['published_on'], ['station_id'], ['offshore_base_id']],
      foreignKeys: [
        references('station_id', 'station', 'CASCADE'),
        references('offshore_base_id', 'offshore_base', 'CASCADE'),
      ],
    }),
    recordTable(qr, 'announcement_research_field', {
      columns: [fkColumn('announcement_id'), fkColumn('research_field_id')],
      uniqueIndices: [['announcement_id', 'research_field_id']],
      indices: [['research_field_id']],
      foreignKeys: [
        references('announcement_id', 'announcement', 'CASCADE'),
        references('research_field_id', 'research_field', 'RESTRICT'),
      ],
    }),
    recordTable(qr, 'announcement_country', {
      columns: [fkColumn('announcement_id'), countryColumn('country_code')],
      uniqueIndices: [['announcement_id', 'country_code']],
      indices: [['country_code']],
      foreignKeys: [references('announcement_id', 'announcement', 'CASCADE')],
    }),
  ];
}

export class InitialSchema1764144000000 implements MigrationInterface {
  name = 'InitialSchema1764144000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of schema(queryRunner)) {
      await queryRunner.createTable(table, true);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of schema(queryRunner).reverse()) {
      await queryRunner.dropTable(table.name, true);
    }
  }
}
