/** Brings the schema up to date; every migration runs in its own transaction where the database allows it. */
import type { DataSource } from 'typeorm';

export async function migrateDatabase(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((migration) => migration.name);
}
