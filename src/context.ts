/** What every resolver receives: who is asking, the services, and loaders made fresh for each request. */
import type { ApolloServerPlugin } from '@apollo/server';
import type { DataSource } from 'typeorm';
import { rowScopesFor } from './auth/row-scopes';
import { ANONYMOUS, Viewer } from './auth/viewer';
import { Loaders } from './db/loaders';
import { createServices, Services } from './services';

export interface AppContext {
  viewer: Viewer;
  services: Services;
  /** The one place rows are read, in the viewer's scope. */
  loaders: Loaders;
}

/** Built once per process; `forRequest` adds the per-request parts once the caller is known. */
export function createContextFactory(dataSource: DataSource) {
  const services = createServices(dataSource);
  return {
    services,
    forRequest(viewer: Viewer = ANONYMOUS): AppContext {
      return { viewer, services, loaders: new Loaders(dataSource, rowScopesFor(viewer)) };
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
