/** Reads of stations. Rules and writes for stations arrive with the workflows that change them. */
import type { DataSource } from 'typeorm';
import { RecordReader } from '../../db/record-reader';
import { Station } from './station.entity';

export class StationService extends RecordReader<Station> {
  constructor(dataSource: DataSource) {
    super(dataSource, Station);
  }
}
