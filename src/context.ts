/** What every resolver receives: the services, and loaders made fresh for each request. */
import type { ApolloServerPlugin } from '@apollo/server';
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

/**
 * Lets each request's loaders go once its result is built, before the response is serialized:
 * the result holds its own copies of the values (Loaders.release says why this matters).
 */
export const releaseLoadersPlugin: ApolloServerPlugin<AppContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue }) {
        contextValue.loaders.release();
      },
    };
  },
};
