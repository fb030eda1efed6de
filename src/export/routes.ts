/**
 * GET /export (the index: HTML for a browser, JSON otherwise) and GET /export/<list>.csv|.xlsx.
 *
 * The caller is whoever the Authorization header says, exactly as on POST /graphql (a token or an
 * API key; none is the anonymous public; a bad one is 401). An export holds what that caller's own
 * `<list>(filter:)` query could page through: anonymous callers get the public directory, without
 * the fields the field rules keep from them (a talent's email and phone); STAFF get everything.
 *
 * The routes sit under /export only: nothing of theirs runs in front of POST /graphql.
 */
import type { ServerResponse } from 'node:http';
import express, { Request, Response, Router } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import type { AppContext } from '../context';
import { DomainError, DomainErrorCode } from '../domain-errors';
import { ErrorCode, RateLimitedError } from '../graphql/errors';
import { GraphQLError } from 'graphql';
import { rateLimitHeaders, RateLimits } from '../rate-limit/rate-limits';
import { EXPORT_LIST_BY_NAME, EXPORT_LISTS, ExportList } from './catalogue';
import { columnsOf, ExportColumn } from './columns';
import { readCriteria } from './criteria';
import { exportIndex, indexHtml, INDEX_CSP } from './index-page';
import { headerOf, HeaderStyle } from './labels';
import { PageReader } from './pages';
import { csvWriter, RowWriter, xlsxWriter } from './writers';

export interface ExportRoutesOptions {
  schema: GraphQLSchema;
  dataSource: DataSource;
  logger: Logger;
  /** The caller behind an Authorization header (throws UNAUTHENTICATED for a bad one). */
  authenticate(authorization: string | undefined): Promise<Viewer>;
  /** A request context (fresh loaders) for the caller. */
  contextFor(viewer: Viewer, address: string): AppContext;
  clientAddress(request: Request): string;
  rateLimits: RateLimits | null;
  pageSize: number;
  timeoutMs: number;
}

/** A refusal as /graphql words it: `{"errors":[{"message","extensions":{"code"}}]}` with its HTTP status. */
function refuse(response: Response, status: number, code: string, message: string, extensions: Record<string, unknown> = {}): void {
  response.status(status).type('application/json').send(JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] }));
}

/** What an error thrown before the first byte becomes; null when it is not the caller's to know (logged, 500). */
function refusalOf(error: unknown): { status: number; code: string; message: string; extensions: Record<string, unknown>; headers: [string, string][] } | null {
  if (error instanceof DomainError) {
    const status = { [DomainErrorCode.BAD_USER_INPUT]: 400, [DomainErrorCode.FORBIDDEN]: 403, [DomainErrorCode.NOT_FOUND]: 404, [DomainErrorCode.CONFLICT]: 409 }[error.code];
    return { status, code: error.code, message: error.message, extensions: { ...error.details }, headers: [] };
  }
  if (error instanceof GraphQLError && typeof error.extensions.code === 'string') {
    const http = error.extensions.http as { status?: number } | undefined;
    const { http: _http, ...extensions } = error.extensions as Record<string, unknown>;
    delete extensions.code;
    const headers: [string, string][] = [];
    if (typeof error.extensions.retryAfterSeconds === 'number') headers.push(['retry-after', String(error.extensions.retryAfterSeconds)]);
    return { status: http?.status ?? 400, code: error.extensions.code, message: error.message, extensions, headers };
  }
  return null;
}

export function exportRoutes(options: ExportRoutesOptions): Router {
  const { schema, dataSource, logger, rateLimits, pageSize } = options;
  // Worked out once: a schema and catalogue that disagree stop the server at start-up.
  const columns = new Map<ExportList, ExportColumn[]>(EXPORT_LISTS.map((list) => [list, columnsOf(list, schema, dataSource)]));
  const index = exportIndex(EXPORT_LISTS, columns, schema, pageSize);
  const router = express.Router();

  router.get('/', (request, response) => {
    if (request.accepts(['json', 'html']) === 'html') {
      response.setHeader('content-security-policy', INDEX_CSP);
      response.type('html').send(indexHtml(index));
      return;
    }
    response.json(index);
  });

  router.get('/:file', async (request, response) => {
    const match = /^([a-z-]+)\.(csv|xlsx)$/.exec(request.params.file);
    const list = match ? EXPORT_LIST_BY_NAME.get(match[1]) : undefined;
    if (!match || !list) {
      refuse(
        response,
        404,
        'NOT_FOUND',
        `No export at ${request.baseUrl}${request.path}: exports are /export/<list>.csv or .xlsx, for the lists ${EXPORT_LISTS.map((entry) => entry.name).join(', ')} (GET /export lists them with their filters).`,
        { lists: EXPORT_LISTS.map((entry) => entry.name) },
      );
      return;
    }
    const format = match[2] as 'csv' | 'xlsx';
    const headers = request.query.headers === 'fields' ? 'fields' : 'bilingual';
    let reader: PageReader;
    let first: AppContext;
    try {
      const viewer = await options.authenticate(request.headers.authorization);
      const { criteria, sort } = readCriteria(schema, list, request.query);
      const address = options.clientAddress(request);
      reader = new PageReader({
        list,
        columns: columns.get(list)!,
        criteria,
        sort,
        pageSize,
        contextForPage: () => options.contextFor(viewer, address),
        rateLimits,
        timeoutMs: options.timeoutMs,
      });
      // The first page is charged before anything is sent: over budget is a plain 429.
      first = options.contextFor(viewer, address);
      await reader.charge(first);
    } catch (error) {
      const refusal = refusalOf(error);
      if (!refusal) {
        logger.error({ err: error, list: list.name }, 'export: could not start');
        refuse(response, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error: the export could not start; it has been logged.');
        return;
      }
      for (const [name, value] of refusal.headers) response.setHeader(name, value);
      refuse(response, refusal.status, refusal.code, refusal.message, refusal.extensions);
      return;
    }
    if (reader.rateLimit) for (const [name, value] of rateLimitHeaders(reader.rateLimit)) response.setHeader(name, value);
    await streamExport(request, response, list, columns.get(list)!, format, headers, reader, first, logger);
  });

  return router;
}

/** `talents-2026-12-08.csv`: the list and the day it was taken. */
function fileName(list: ExportList, extension: string): string {
  return `${list.name}-${new Date().toISOString().slice(0, 10)}.${extension}`;
}

async function streamExport(
  request: Request,
  response: Response,
  list: ExportList,
  columns: readonly ExportColumn[],
  format: 'csv' | 'xlsx',
  headers: HeaderStyle,
  reader: PageReader,
  first: AppContext,
  logger: Logger,
): Promise<void> {
  const started = Date.now();
  // The client going away (closed tab, cancelled download) stops the reading between pages.
  const abort = new AbortController();
  const onClose = () => {
    if (!response.writableFinished) abort.abort();
  };
  response.on('close', onClose);
  const writer: RowWriter =
    format === 'csv'
      ? csvWriter(response as unknown as ServerResponse)
      : xlsxWriter(response as unknown as ServerResponse, list.title.en, columns.length, (error) => logger.warn({ err: error, list: list.name }, 'export: the xlsx archive failed'));
  response.status(200);
  response.setHeader('content-type', writer.contentType);
  response.setHeader('content-disposition', `attachment; filename="${fileName(list, writer.extension)}"`);
  if (request.method === 'HEAD') {
    writer.abort();
    response.end();
    return;
  }
  // The download starts now, before the first page is read; a failure later can only cut it short.
  response.flushHeaders();
  const done = { list: list.name, format, viewer: first.viewer.label ?? 'anonymous' };
  try {
    writer.write(columns.map((column) => headerOf(column, headers)));
    let page = await reader.next(first);
    while (page !== null && !abort.signal.aborted) {
      for (const cells of page) writer.write(cells);
      page = null;
      await writer.ready(abort.signal);
      if (abort.signal.aborted) break;
      page = await reader.next();
    }
    if (abort.signal.aborted) {
      writer.abort();
      logger.info({ ...done, rows: reader.rows, pages: reader.pages, ms: Date.now() - started }, 'export: the client went away; stopped reading');
      return;
    }
    await writer.finish();
    logger.info({ ...done, rows: reader.rows, pages: reader.pages, ms: Date.now() - started }, 'export: done');
  } catch (error) {
    writer.abort();
    if (abort.signal.aborted) return;
    // Headers are out: the only way left to say "incomplete" is to cut the transfer short (no final chunk).
    const level = error instanceof RateLimitedError ? 'info' : 'error';
    logger[level]({ ...done, err: error, rows: reader.rows, pages: reader.pages }, 'export: stopped part-way; the download was cut short');
    response.destroy();
  } finally {
    response.off('close', onClose);
  }
}
