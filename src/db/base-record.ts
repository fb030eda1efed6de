/**
 * Columns every table shares: a surrogate id, the seed key that makes seeding idempotent, the flag
 * that tells generated records from the article's real ones, and when the row was written.
 */
import { CreateDateColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { GeneratedFlagColumn, SeedKeyColumn } from './columns';
import { Node } from '../graphql/node';

@ObjectType({ implements: Node })
export abstract class BaseRecord implements Node {
  @Field(() => ID, { description: 'Global id: opaque, stable, unique across all types.' })
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @SeedKeyColumn()
  seedKey: string | null;

  @Field({ description: 'True when the seed generator made this record up to reach the published figures; false for records named in the source article or entered by staff.' })
  @GeneratedFlagColumn()
  isGenerated: boolean;

  @CreateDateColumn()
  createdAt: Date;
}
