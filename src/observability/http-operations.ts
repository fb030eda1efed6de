/**
 * Operations over HTTP (POST/GET /graphql through Apollo): the record starts when the request
 * arrives and is finished when its response has gone, so a request refused before Apollo runs it
 * (a bad credential: 401, a body that is not JSON) is logged and counted too. Apollo's plugin fills
 * in what only it knows: the operation's type and name and the codes of the errors it answered with.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { describeDefinition, describeOperation, OperationLog, OperationRecord, startOperation } from './operation-log';
import { REQUEST_ID_HEADER } from './request-id';

/**
 * Where a request's context carries its record, for the plugin: the context is the one thing both
 * Express and Apollo hold, and Apollo runs each operation on a shallow copy of it, which keeps
 * symbol-keyed properties (a WeakMap keyed by the context would miss).
 */
const RECORD = Symbol('operation log record');
type Linked = { [RECORD]?: OperationRecord };

/**
 * A refusal made before Apollo (src/http/: 413, 415, a body that is not JSON) names its own code,
 * so the log line and haizhi_graphql_errors_total say PAYLOAD_TOO_LARGE rather than a generic
 * BAD_REQUEST. Requests that never reached the operation log (health, metrics) are left alone.
 */
export function noteErrorCode(response: Response, code: string): void {
  (response.locals?.operation as OperationRecord | undefined)?.codes.push(code);
}

export function createHttpOperations(log: OperationLog) {
  const recordOf = (response: Response): OperationRecord | undefined => response.locals.operation as OperationRecord | undefined;

  return {
    /** Express middleware before Apollo's: starts the record, finishes it once the response is sent. */
    middleware(request: Request, response: Response, next: NextFunction): void {
      const record = startOperation('http', String(request.headers[REQUEST_ID_HEADER]));
      response.locals.operation = record;
      response.once('close', () => {
        if (record.codes.length === 0 && response.statusCode >= 400) record.codes.push(response.statusCode === 401 ? 'UNAUTHENTICATED' : 'BAD_REQUEST');
        log.finish(record);
      });
      next();
    },

    /** Ties a request's context to its record, for the plugin. */
    link<C extends object>(response: Response, context: C): C {
      const record = recordOf(response);
      if (record) (context as Linked)[RECORD] = record;
      return context;
    },

    plugin: {
      async requestDidStart({ contextValue }) {
        const record = (contextValue as Linked)[RECORD];
        if (!record) return;
        return {
          async willSendResponse({ operation, document, request, response }) {
            // A document that failed validation has no resolved operation: its type is in the document.
            if (operation) describeDefinition(record, operation);
            else if (document) describeOperation(record, document, request.operationName);
            if (response.body.kind !== 'single') return;
            const { data, errors } = response.body.singleResult;
            record.hasData = data != null;
            if (errors) for (const error of errors) record.codes.push(String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          },
        };
      },
    } satisfies ApolloServerPlugin<object> as ApolloServerPlugin<object>,
  };
}
