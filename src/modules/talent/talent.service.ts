/** Reads of talents. */
import type { DataSource } from 'typeorm';
import { RecordReader } from '../../db/record-reader';
import { Talent } from './talent.entity';

export class TalentService extends RecordReader<Talent> {
  constructor(dataSource: DataSource) {
    super(dataSource, Talent);
  }
}
