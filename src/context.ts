/** What every resolver receives: who is asking, the services, and loaders made fresh for each request. */
import type { ApolloServerPlugin } from '@apollo/server';
import type { DataSource } from 'typeorm';
import { Authenticator } from './auth/authenticate';
import { rowScopesFor } from './auth/row-scopes';
import { TokenService } from './auth/tokens';
import { ANONYMOUS, Viewer } from './auth/viewer';
import type { AuthConfig, ProgrammeConfig } from './config';
import { Loaders } from './db/loaders';
import { EventBus } from './events/event-bus';
import { createServices, Services } from './services';

export interface AppContext {
  viewer: Viewer;
  services: Services;
  /** The one place rows are read, in the viewer's scope. */
  loaders: Loaders;
}

export interface ContextOptions {
  auth: AuthConfig;
  programme: ProgrammeConfig;
  /** Where committed domain events go (one per process by default). */
  events?: EventBus;
  /** Tests only: fails a mutation at a named checkpoint (src/write/mutation.ts). */
  faults?: (checkpoint: string) => void;
  /** Tests only: the time mutations take as now. */
  clock?: () => Date;
}

/** Built once per process; `forRequest` adds the per-request parts once the caller is known. */
export function createContextFactory(dataSource: DataSource, options: ContextOptions) {
  const tokens = new TokenService(options.auth);
  const authenticator = new Authenticator(dataSource, tokens);
  const events = options.events ?? new EventBus();
  const services = createServices({ dataSource, events, programme: options.programme, faults: options.faults, clock: options.clock, tokens, authenticator });
  return {
    services,
    events,
    /** The caller behind an Authorization header; throws UNAUTHENTICATED (401) for a bad credential. */
    authenticate: (authorization: string | undefined | null) => authenticator.viewerFor(authorization),
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
