/** What every resolver receives: who is asking, the services, and loaders made fresh for each request. */
import type { ApolloServerPlugin } from '@apollo/server';
import type { DataSource } from 'typeorm';
import { Authenticator } from './auth/authenticate';
import type { Clock } from './time';
import { rowScopesFor } from './auth/row-scopes';
import { TokenService } from './auth/tokens';
import { ANONYMOUS, Viewer } from './auth/viewer';
import { AuthConfig, DEFAULT_LOGIN_LIMITS, ProgrammeConfig } from './config';
import { Loaders } from './db/loaders';
import { isDatabaseUnreachable } from './db/sql-errors';
import { ServiceUnavailableError } from './graphql/errors';
import type { StatementBudget } from './db/transaction';
import { createEventChannel, EventChannel } from './events/channel';
import { EventBus } from './events/event-bus';
import { contextForEvent } from './realtime/fan-out';
import { LoginLimits } from './rate-limit/login-limits';
import type { RateLimitStatus } from './rate-limit/rate-limits';
import { createCounterStore } from './rate-limit/store';
import { createServices, Services } from './services';

export interface AppContext {
  viewer: Viewer;
  services: Services;
  /** The one place rows are read, in the viewer's scope. */
  loaders: Loaders;
  /** Until when this operation's reads may run: set when a query starts (src/pipeline/pipeline.ts), Infinity otherwise. */
  budget: StatementBudget;
  /** Committed events from every instance, for subscriptions. */
  channel: EventChannel;
  /**
   * The context every subscriber in this viewer's scope shares for one event (its loaders read
   * the event once per scope group: src/realtime/fan-out.ts).
   */
  forEvent(event: object): AppContext;
  /** Where the request came from and what it was charged (src/rate-limit/). */
  client: ClientInfo;
}

export interface ClientInfo {
  /** The client's address, as TRUST_PROXY says to read it (src/rate-limit/client-address.ts). */
  address: string;
  /** The caller's budget after this operation's charge; null when rate limits are off. */
  rateLimit: RateLimitStatus | null;
}

export interface ContextOptions {
  auth: AuthConfig;
  programme: ProgrammeConfig;
  /** Where committed domain events go (one per process by default). */
  events?: EventBus;
  /** How events reach subscribers (in-process by default). */
  channel?: EventChannel;
  /** Tests only: fails a mutation at a named checkpoint (src/write/mutation.ts). */
  faults?: (checkpoint: string) => void;
  /** Tests only: the time mutations take as now. */
  clock?: Clock;
  /** Password checks allowed per account and address (default: the defaults, counted in this process). */
  loginLimits?: LoginLimits;
}

/** A credential that cannot be checked because the database is not answering: 503, never a 500. */
function unavailableIfUnreachable(error: unknown): never {
  throw isDatabaseUnreachable(error) ? new ServiceUnavailableError() : error;
}

/** Built once per process; `forRequest` adds the per-request parts once the caller is known. */
export function createContextFactory(dataSource: DataSource, options: ContextOptions) {
  const tokens = new TokenService(options.auth);
  const authenticator = new Authenticator(dataSource, tokens);
  const channel = options.channel ?? createEventChannel();
  const events = options.events ?? new EventBus(undefined, (event) => channel.publish(event));
  const loginLimits = options.loginLimits ?? new LoginLimits(DEFAULT_LOGIN_LIMITS, createCounterStore({ redisUrl: null, prefix: '' }));
  const services = createServices({ dataSource, events, channel, programme: options.programme, faults: options.faults, clock: options.clock, tokens, authenticator, loginLimits });
  const forRequest = (viewer: Viewer = ANONYMOUS, address = 'unknown'): AppContext => {
    const budget: StatementBudget = { deadline: Infinity };
    return {
      viewer,
      services,
      // Reads go to the pool under the operation's budget: a timed-out query's reads stop (src/db/read-rows.ts).
      loaders: new Loaders(dataSource, rowScopesFor(viewer), { dataSource, budget }),
      budget,
      channel,
      forEvent: (event) => contextForEvent(event, viewer, forRequest),
      client: { address, rateLimit: null },
    };
  };
  return {
    services,
    events,
    channel,
    /** The caller behind an Authorization header; throws UNAUTHENTICATED (401) for a bad credential. */
    authenticate: (authorization: string | undefined | null) => authenticator.viewerFor(authorization).catch(unavailableIfUnreachable),
    forRequest,
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
