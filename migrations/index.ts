/** The migrations, oldest first. TypeORM runs them in this order. */
import { InitialSchema1764144000000 } from './1764144000000-initial-schema';

export const migrations: Function[] = [InitialSchema1764144000000];
