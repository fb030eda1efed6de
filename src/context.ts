/** What every resolver receives: the services, and loaders made fresh for each request. */
import type { DataSource } from 'typeorm';
import { Loaders } from './db/loaders';
import { createServices, Services } from './services';

export interface AppContext {
  services: Services;
  loaders: Loaders;
}

/** Built once per process; `forRequest` adds the per-request parts. */
export function createContextFactory(dataSource: DataSource) {
  const services = createServices(dataSource);
  return {
    services,
    forRequest(): AppContext {
      return { services, loaders: new Loaders(dataSource) };
    },
  };
}
