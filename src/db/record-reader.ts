/** The reads every root collection shares: a keyset page, the total count, one row by id. */
import type { DataSource, EntityTarget, FindOptionsWhere, ObjectLiteral, Repository } from 'typeorm';
import { fetchKeysetPage, KeysetPage } from './keyset';

export class RecordReader<T extends ObjectLiteral & { id: number }> {
  protected readonly repository: Repository<T>;

  constructor(dataSource: DataSource, entity: EntityTarget<T>) {
    this.repository = dataSource.getRepository(entity);
  }

  page(afterId: number | null, first: number): Promise<KeysetPage<T>> {
    return fetchKeysetPage(this.repository, afterId, first);
  }

  count(): Promise<number> {
    return this.repository.count();
  }

  findById(id: number): Promise<T | null> {
    return this.repository.findOneBy({ id } as FindOptionsWhere<T>);
  }
}
