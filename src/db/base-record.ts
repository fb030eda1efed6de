/**
 * Columns every table shares: a surrogate id, the seed key that makes seeding idempotent, the flag
 * that tells generated records from the article's real ones, when the row was written, and its
 * version (one more with every change, so an update can say which version it meant to change).
 */
import { Column, CreateDateColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
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

  @Field(() => Int, { description: 'One more with every change to this record; pass it as expectedVersion to update it safely.' })
  @Column({ type: 'integer', default: 1 })
  version: number;
}
