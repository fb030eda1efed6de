/**
 * The write side: accounts and API keys, the audit trail, idempotency keys, the excellence-quota
 * counter, the research fields an application proposes, a version on every row (optimistic
 * concurrency), each grant's running disbursed total (the cap's conditional update), and the
 * columns the station lifecycle records (public notice, proposed head, reasons, who changed a
 * station's status, an expert's unit and talent record, an announcement's partner and closing day).
 *
 * Like every migration it is history: QueryRunner API only, enum values as literals, nothing
 * imported from src/. New tables come after the tables they reference.
 */
import { MigrationInterface, QueryRunner, Table, TableColumn, TableColumnOptions, TableForeignKey, TableIndex } from 'typeorm';
import { booleanColumn, dateColumn, enumColumn, enumValues, fkColumn, intColumn, moneyColumn, nameColumn, textColumn } from './lib/columns';
import { constraintName, OnDelete, recordTable, references } from './lib/tables';

const Role = enumValues('STAFF', 'REVIEWER', 'UNIT_MANAGER', 'PARTNER');
const NULL = { nullable: true } as const;

/** The version every row carries from now on: one more with each change. */
function versionColumn(): TableColumnOptions {
  return { name: 'version', type: 'integer', isNullable: false, default: '1' };
}

/** A moment to the millisecond (datetime(3) on MariaDB, datetime text on SQLite). */
function timestampColumn(name: string, options: { nullable?: boolean } = {}): TableColumnOptions {
  return { name, type: 'datetime', precision: 3, isNullable: options.nullable ?? false };
}

/** Every table the first migration made: each gains a version column. */
const EXISTING_TABLES = [
  'district', 'research_field', 'organization', 'host_unit', 'offshore_base', 'station_head', 'station',
  'station_status_change', 'station_research_field', 'talent', 'talent_research_field', 'engagement',
  'ambassador_appointment', 'partnership', 'project', 'platform', 'platform_partner', 'funding_grant',
  'disbursement', 'activity', 'activity_participant', 'expert', 'station_application', 'application_review',
  'site_inspection', 'evaluation', 'announcement', 'announcement_research_field', 'announcement_country',
];

interface AddedColumn {
  table: string;
  column: TableColumnOptions;
  references?: { table: string; onDelete: OnDelete };
  index?: boolean;
}

/** Columns added to tables that exist already, with their constraints. */
const ADDED: AddedColumn[] = [
  { table: 'funding_grant', column: { ...moneyColumn('disbursed_cny'), default: '0' } },
  { table: 'station_application', column: fkColumn('proposed_head_talent_id', { nullable: true, comment: 'the talent proposed to head the station' }), references: { table: 'talent', onDelete: 'SET NULL' } },
  { table: 'station_application', column: dateColumn('notice_ends_on', NULL) },
  { table: 'station_application', column: textColumn('reason', NULL) },
  { table: 'station_head', column: fkColumn('talent_id', { nullable: true, comment: 'the talent record of the head, when they are one' }), references: { table: 'talent', onDelete: 'SET NULL' } },
  { table: 'expert', column: fkColumn('host_unit_id', { nullable: true, comment: 'the host unit the expert works at: a conflict of interest for its applications' }), references: { table: 'host_unit', onDelete: 'SET NULL' } },
  { table: 'expert', column: fkColumn('talent_id', { nullable: true, comment: 'the talent record of the expert, when they are one: engagements at a unit are a conflict of interest' }), references: { table: 'talent', onDelete: 'SET NULL' } },
  { table: 'announcement', column: fkColumn('organization_id', { nullable: true, comment: 'the partner organisation that published it, if one did' }), references: { table: 'organization', onDelete: 'CASCADE' }, index: true },
  { table: 'announcement', column: dateColumn('closed_on', NULL) },
  // Added after the account table exists (it is created first, below).
  { table: 'station_status_change', column: fkColumn('changed_by_id', NULL), references: { table: 'account', onDelete: 'SET NULL' } },
  { table: 'station_status_change', column: nameColumn('changed_by', 200, NULL) },
];

function newTables(qr: QueryRunner): Table[] {
  const roleColumn = () => enumColumn(qr, 'role', Role);
  return [
    recordTable(qr, 'account', {
      columns: [
        versionColumn(),
        nameColumn('email', 200),
        nameColumn('display_name', 120),
        roleColumn(),
        nameColumn('password_hash', 200),
        fkColumn('host_unit_id', { nullable: true, comment: 'the unit a UNIT_MANAGER manages' }),
        fkColumn('organization_id', { nullable: true, comment: 'the organisation a PARTNER acts for' }),
        fkColumn('expert_id', { nullable: true, comment: 'the expert record a REVIEWER reviews as' }),
        booleanColumn('is_active', { default: true }),
      ],
      uniques: [['email']],
      foreignKeys: [
        references('host_unit_id', 'host_unit', 'SET NULL'),
        references('organization_id', 'organization', 'SET NULL'),
        references('expert_id', 'expert', 'SET NULL'),
      ],
    }),
    recordTable(qr, 'api_key', {
      columns: [
        versionColumn(),
        nameColumn('name', 120),
        roleColumn(),
        fkColumn('host_unit_id', NULL),
        fkColumn('organization_id', NULL),
        nameColumn('key_hash', 64),
        nameColumn('prefix', 16),
        fkColumn('created_by_id', NULL),
        timestampColumn('revoked_at', NULL),
      ],
      uniques: [['key_hash']],
      foreignKeys: [
        references('host_unit_id', 'host_unit', 'CASCADE'),
        references('organization_id', 'organization', 'CASCADE'),
        references('created_by_id', 'account', 'SET NULL'),
      ],
    }),
    recordTable(qr, 'application_research_field', {
      columns: [versionColumn(), fkColumn('application_id'), fkColumn('research_field_id')],
      uniqueIndices: [['application_id', 'research_field_id']],
      indices: [['research_field_id']],
      foreignKeys: [
        references('application_id', 'station_application', 'CASCADE'),
        references('research_field_id', 'research_field', 'RESTRICT'),
      ],
    }),
    recordTable(qr, 'evaluation_year', {
      columns: [versionColumn(), intColumn('year'), { ...intColumn('excellent_count'), default: '0' }],
      uniques: [['year']],
    }),
    recordTable(qr, 'audit_event', {
      columns: [
        versionColumn(),
        fkColumn('actor_account_id', NULL),
        fkColumn('actor_api_key_id', NULL),
        nameColumn('actor', 200),
        nameColumn('action', 80),
        nameColumn('target_id', 120),
        nameColumn('target_type', 60),
        timestampColumn('occurred_at'),
        textColumn('changes'),
      ],
      indices: [['target_id'], ['action'], ['occurred_at']],
      foreignKeys: [
        references('actor_account_id', 'account', 'SET NULL'),
        references('actor_api_key_id', 'api_key', 'SET NULL'),
      ],
    }),
    recordTable(qr, 'idempotency_key', {
      columns: [
        versionColumn(),
        nameColumn('caller', 40),
        nameColumn('key', 200),
        nameColumn('operation', 80),
        nameColumn('input_hash', 64),
        nameColumn('target_type', 60),
        intColumn('target_id'),
      ],
      uniqueIndices: [['caller', 'key']],
    }),
  ];
}

export class WriteSide1795996800000 implements MigrationInterface {
  name = 'WriteSide1795996800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of EXISTING_TABLES) await queryRunner.addColumn(table, new TableColumn(versionColumn()));
    const tables = newTables(queryRunner);
    // account comes first: station_status_change.changed_by_id refers to it.
    for (const table of tables) await queryRunner.createTable(table, true);
    for (const added of ADDED) {
      await queryRunner.addColumn(added.table, new TableColumn(added.column));
      if (added.index) {
        await queryRunner.createIndex(added.table, new TableIndex({ name: constraintName('idx', added.table, [added.column.name]), columnNames: [added.column.name] }));
      }
      if (added.references) {
        await queryRunner.createForeignKey(
          added.table,
          new TableForeignKey({
            name: constraintName('fk', added.table, [added.column.name]),
            columnNames: [added.column.name],
            referencedTableName: added.references.table,
            referencedColumnNames: ['id'],
            onDelete: added.references.onDelete,
            onUpdate: 'NO ACTION',
          }),
        );
      }
    }
    // The running totals start as the sums of what was paid already.
    await queryRunner.query(
      'UPDATE funding_grant SET disbursed_cny = COALESCE((SELECT SUM(d.amount_cny) FROM disbursement d WHERE d.funding_grant_id = funding_grant.id), 0)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const added of [...ADDED].reverse()) {
      if (added.references) await queryRunner.dropForeignKey(added.table, constraintName('fk', added.table, [added.column.name]));
      if (added.index) await queryRunner.dropIndex(added.table, constraintName('idx', added.table, [added.column.name]));
      await queryRunner.dropColumn(added.table, added.column.name);
    }
    for (const table of newTables(queryRunner).reverse()) await queryRunner.dropTable(table.name, true);
    for (const table of EXISTING_TABLES) await queryRunner.dropColumn(table, 'version');
  }
}
