/** Keyset pagination over a table's id: `WHERE id > :after ORDER BY id LIMIT n + 1`, never OFFSET. */
import { FindOptionsOrder, FindOptionsWhere, MoreThan, ObjectLiteral, Repository } from 'typeorm';

export interface KeysetPage<T> {
  rows: T[];
  hasNextPage: boolean;
}

export async function fetchKeysetPage<T extends ObjectLiteral & { id: number }>(
  repository: Repository<T>,
  afterId: number | null,
  first: number,
): Promise<KeysetPage<T>> {
  if (first === 0) return { rows: [], hasNextPage: false };
  // One extra row tells whether another page follows, without a second query.
  const rows = await repository.find({
    where: (afterId === null ? {} : { id: MoreThan(afterId) }) as FindOptionsWhere<T>,
    order: { id: 'ASC' } as FindOptionsOrder<T>,
    take: first + 1,
  });
  return { rows: rows.slice(0, first), hasNextPage: rows.length > first };
}
