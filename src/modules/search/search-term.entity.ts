/**
 * The search index: one row per (term, record, field), written in the same transaction as the
 * record it indexes (src/modules/search/search-index.ts), so a mutation's rows are searchable the
 * moment it commits and a rolled-back one leaves no trace. Terms come from text.ts; a query looks
 * its terms up by the primary key's prefix and sums the weights per record.
 *
 * Not a BaseRecord: rows have no identity, history or version of their own, and a network of
 * 100,000 talents holds millions of them, so each row is kept to the five columns it needs. Nothing
 * serves it directly (src/auth/row-scopes.ts: no rows); search reads it through the record's own
 * row scope and field rules.
 */
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('search_term')
@Index(['targetType', 'targetId'])
export class SearchTerm {
  /**
   * A folded term (text.ts), compared byte for byte: utf8mb4_bin on MariaDB (migration
   * 1797000000000), SQLite's `=` is exact already.
   */
  @PrimaryColumn({ type: 'varchar', length: 64, charset: 'utf8mb4', collation: 'utf8mb4_bin' })
  term: string;

  /** The record's SearchType (STATION, TALENT, ...). */
  @PrimaryColumn({ type: 'varchar', length: 20 })
  targetType: string;

  @PrimaryColumn({ type: 'integer' })
  targetId: number;

  /** The GraphQL field the term came from (name, bio, email ...): field rules apply per field. */
  @PrimaryColumn({ type: 'varchar', length: 40 })
  field: string;

  /** How much a match here counts: the field's weight times the type's (search-types.ts). */
  @Column({ type: 'integer' })
  weight: number;
}
