/**
 * The two file formats, written as rows arrive and never held whole: CSV through csv-stringify,
 * XLSX through exceljs's streaming WorkbookWriter. Each says when it may take more (`ready`): when
 * what it wrote has drained into the HTTP response, so a slow client slows the reading of pages
 * instead of filling memory.
 */
import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import type { Writable } from 'node:stream';
import { stringify, Stringifier } from 'csv-stringify';
import ExcelJS from 'exceljs';

export type Cell = string | number | boolean | null;

export interface RowWriter {
  readonly contentType: string;
  readonly extension: 'csv' | 'xlsx';
  /** Writes one row (the header row first). */
  write(cells: readonly Cell[]): void;
  /** Resolves once what was written has drained far enough to write more; rejects (AbortError) when `signal` aborts. */
  ready(signal: AbortSignal): Promise<void>;
  /** Ends the file and waits for the response to be written. */
  finish(): Promise<void>;
  /** Stops without finishing (the client went away, or a page failed). */
  abort(): void;
}

/** Waits until `stream` no longer asks for a 'drain' (or `signal` aborts). */
async function drained(stream: Writable | ServerResponse, signal: AbortSignal): Promise<void> {
  while (stream.writableNeedDrain && !signal.aborted) await once(stream, 'drain', { signal });
}

/**
 * Spreadsheets run a cell starting with = + - @ as a formula (CSV injection): such text is written
 * with a leading apostrophe, which they show as text. Numbers and phone numbers (+64 21 …) are left
 * as they are: a sign followed only by digits, spaces and ()-. is no formula.
 */
export function guardFormula(text: string): string {
  if (/^[=@\t\r]/.test(text) || (/^[+-]/.test(text) && !/^[+-][\d\s().-]*$/.test(text))) return `'${text}`;
  return text;
}

export function csvWriter(response: ServerResponse): RowWriter {
  // A UTF-8 BOM: without it Excel reads a CSV file as the system's code page and Chinese becomes mojibake.
  const csv: Stringifier = stringify({
    bom: true,
    cast: {
      // As GraphQL's JSON writes them; csv-stringify would write 1 and the empty string.
      boolean: (value) => (value ? 'true' : 'false'),
      string: (value) => guardFormula(value),
    },
  });
  csv.pipe(response);
  return {
    contentType: 'text/csv; charset=utf-8',
    extension: 'csv',
    write: (cells) => void csv.write(cells),
    ready: async (signal) => {
      await drained(csv, signal);
      await drained(response, signal);
    },
    finish: async () => {
      csv.end();
      if (!response.writableFinished) await once(response, 'finish');
    },
    abort: () => {
      csv.unpipe(response);
      csv.destroy();
    },
  };
}

/** Excel's own limits: rows per sheet, characters per cell. */
const XLSX_MAX_ROWS = 1_048_576;
const XLSX_MAX_CELL_TEXT = 32_767;

export function xlsxWriter(response: ServerResponse, sheetName: string, columnCount: number, logError: (error: unknown) => void): RowWriter {
  // No shared strings and no styles: both are tables exceljs keeps in memory until the end.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: response, useSharedStrings: false, useStyles: false });
  const zip = (workbook as unknown as { zip: NodeJS.ReadableStream & { abort(): void; on(event: 'error', listener: (error: unknown) => void): void } }).zip;
  zip.on('error', logError);
  let header: readonly Cell[] | null = null;
  let sheets = 0;
  let rowsInSheet = 0;
  let sheet: ExcelJS.Worksheet;
  const newSheet = () => {
    sheets += 1;
    // A list past Excel's row limit goes on in a second sheet, the header repeated.
    sheet = workbook.addWorksheet(sheets === 1 ? sheetName : `${sheetName} (${sheets})`, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = Array.from({ length: columnCount }, () => ({ width: 18 }));
    rowsInSheet = 0;
    if (header) add(header);
  };
  const add = (cells: readonly Cell[]) => {
    sheet.addRow(cells.map((cell) => (typeof cell === 'string' && cell.length > XLSX_MAX_CELL_TEXT ? cell.slice(0, XLSX_MAX_CELL_TEXT) : cell))).commit();
    rowsInSheet += 1;
  };
  newSheet();
  /**
   * exceljs writes a sheet's XML into the zip archive without waiting (its StreamBuf ignores
   * back-pressure); the archive reads it through a PassThrough (archiver-utils, readable-stream 2),
   * which is where a slow client's or a slow deflate's back-pressure shows. Unwatched, that
   * PassThrough held the whole sheet's XML (44 MB at 100,000 rows, measured). Reaching for it is
   * reaching inside exceljs 4.4 and readable-stream 2 (no writableNeedDrain getter yet, hence
   * _writableState): if it is not there, the response's own drain is all there is to wait for.
   */
  const sheetInput = () => (sheet as unknown as { stream?: { pipes?: Writable[] } }).stream?.pipes?.[0];
  const needsDrain = (stream: Writable | undefined) =>
    stream !== undefined && (stream.writableNeedDrain ?? (stream as unknown as { _writableState?: { needDrain?: boolean } })._writableState?.needDrain) === true;
  return {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
    write: (cells) => {
      if (!header) header = cells;
      else if (rowsInSheet >= XLSX_MAX_ROWS) newSheet();
      add(cells);
    },
    ready: async (signal) => {
      for (;;) {
        const input = sheetInput();
        if (needsDrain(input)) await once(input!, 'drain', { signal });
        else if (response.writableNeedDrain) await drained(response, signal);
        else return;
        if (signal.aborted) return;
      }
    },
    finish: async () => {
      await workbook.commit();
      if (!response.writableFinished) await once(response, 'finish');
    },
    abort: () => {
      zip.unpipe(response as unknown as NodeJS.WritableStream);
      zip.abort();
    },
  };
}
