/**
 * Per-request DataLoaders that fetch rows by id: every `load(id)` made while resolving one level of
 * a query is answered by a single `WHERE id IN (...)` statement per table.
 */
import DataLoader from 'dataloader';
import { DataSource, EntityTarget, In, ObjectLiteral } from 'typeorm';

export class RecordLoaders {
  private readonly loaders = new Map<EntityTarget<ObjectLiteral>, DataLoader<number, ObjectLiteral | null>>();

  constructor(private readonly dataSource: DataSource) {}

  byId<T extends ObjectLiteral & { id: number }>(entity: EntityTarget<T>): DataLoader<number, T | null> {
    let loader = this.loaders.get(entity);
    if (!loader) {
      const repository = this.dataSource.getRepository(entity);
      loader = new DataLoader<number, ObjectLiteral | null>(async (ids) => {
        const rows = await repository.findBy({ id: In([...ids]) } as never);
        const byId = new Map(rows.map((row) => [row.id as number, row]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      this.loaders.set(entity, loader);
    }
    return loader as DataLoader<number, T | null>;
  }

  /** Loads an optional reference: null ids resolve to null without touching the database. */
  async maybe<T extends ObjectLiteral & { id: number }>(entity: EntityTarget<T>, id: number | null): Promise<T | null> {
    return id === null ? null : this.byId(entity).load(id);
  }
}
