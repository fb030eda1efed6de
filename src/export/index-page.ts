/**
 * GET /export: every exportable list with its two links, the filter fields it accepts (the GraphQL
 * filter input's, with their descriptions) and its columns. JSON for programs; a bilingual page for
 * a browser, with no script and a CSP that lets only its own inline style apply.
 */
import { createHash } from 'node:crypto';
import { GraphQLSchema, isInputObjectType, isEnumType } from 'graphql';
import type { Bilingual, ExportList } from './catalogue';
import type { ExportColumn } from './columns';

export interface ExportIndexEntry {
  name: string;
  title: Bilingual;
  csv: string;
  xlsx: string;
  /** The GraphQL root list the export mirrors (null: none, see the note). */
  graphqlList: string | null;
  filter: { input: string; fields: { name: string; type: string; description: string | null }[] } | null;
  orderBy: { input: string; fields: string[] } | null;
  columns: { field: string; zh: string; en: string }[];
}

export interface ExportIndex {
  description: string;
  pageSize: number;
  parameters: Record<string, string>;
  lists: ExportIndexEntry[];
}

export function exportIndex(lists: readonly ExportList[], columns: ReadonlyMap<ExportList, readonly ExportColumn[]>, schema: GraphQLSchema, pageSize: number): ExportIndex {
  return {
    description:
      'Whole lists as CSV (UTF-8 with a BOM) or XLSX, read in keyset pages: the rows and fields your own GraphQL query of the same list could return. Send the same Authorization header as to /graphql; without one you export the public directory.',
    pageSize,
    parameters: {
      filter: 'The GraphQL list filter input as JSON, URL-encoded, e.g. ?filter={"countries":["NZ"]}',
      orderBy: 'The GraphQL list orderBy input as JSON, e.g. ?orderBy={"field":"NAME","direction":"ASC"}',
      headers: '"fields" for header cells that are the GraphQL field names only; Chinese and English labels otherwise',
    },
    lists: lists.map((list) => {
      const input = list.graphql ? schema.getType(list.graphql.filter.input) : null;
      const orderInput = list.graphql ? schema.getType(`${list.graphql.filter.input.replace(/Filter$/, '')}OrderField`) : null;
      return {
        name: list.name,
        title: list.title,
        csv: `/export/${list.name}.csv`,
        xlsx: `/export/${list.name}.xlsx`,
        graphqlList: list.graphql?.list ?? null,
        filter:
          list.graphql && isInputObjectType(input)
            ? {
                input: input.name,
                fields: Object.values(input.getFields()).map((field) => ({ name: field.name, type: String(field.type), description: field.description ?? null })),
              }
            : null,
        orderBy: list.graphql && isEnumType(orderInput) ? { input: `${list.graphql.filter.input.replace(/Filter$/, '')}Order`, fields: orderInput.getValues().map((value) => value.name) } : null,
        columns: (columns.get(list) ?? []).map((column) => ({ field: column.field, zh: column.label.zh, en: column.label.en })),
      };
    }),
  };
}

const STYLE = `body{font-family:system-ui,"Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;line-height:1.5;color:#1b1f24}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin:1.6rem 0 .3rem}.en{color:#57606a}code{background:#f3f4f6;padding:0 .25rem;border-radius:3px}
a.file{display:inline-block;margin-right:.8rem;font-weight:600}details{margin:.3rem 0}ul{margin:.2rem 0 .2rem 1.2rem;padding:0}`;

/** The page's CSP: nothing but its own inline style (by hash). */
export const INDEX_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function indexHtml(index: ExportIndex): string {
  const lists = index.lists
    .map((entry) => {
      const filter = entry.filter
        ? `<details><summary>筛选字段 <span class="en">Filter fields</span> (<code>${escapeHtml(entry.filter.input)}</code>)</summary><ul>${entry.filter.fields
            .map((field) => `<li><code>${escapeHtml(field.name)}: ${escapeHtml(field.type)}</code>${field.description ? ` — ${escapeHtml(field.description)}` : ''}</li>`)
            .join('')}</ul></details>`
        : '<p>不接受筛选 <span class="en">Takes no filter: every row you may read, by id.</span></p>';
      const columns = `<details><summary>列 <span class="en">Columns</span></summary><ul>${entry.columns
        .map((column) => `<li>${escapeHtml(column.zh)} <span class="en">${escapeHtml(column.en)}</span> <code>${escapeHtml(column.field)}</code></li>`)
        .join('')}</ul></details>`;
      return `<section><h2>${escapeHtml(entry.title.zh)} <span class="en">${escapeHtml(entry.title.en)}</span></h2>
<a class="file" href="${entry.csv}">CSV</a><a class="file" href="${entry.xlsx}">XLSX</a>${entry.graphqlList ? ` <span class="en">as GraphQL <code>${escapeHtml(entry.graphqlList)}</code></span>` : ''}
${filter}${columns}</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>数据导出 · HAIZHI exports</title><style>${STYLE}</style></head>
<body><h1>数据导出 <span class="en">Exports</span></h1>
<p>整表导出为 CSV（UTF-8，含 BOM）或 XLSX，按页读取，不设 100 条上限；内容与您在 GraphQL 中查询同一列表所能看到的一致。未登录时导出公开目录。</p>
<p class="en">Whole lists as CSV (UTF-8 with a BOM) or XLSX, streamed in pages of ${index.pageSize} with no 100-row cap: the rows and fields your own GraphQL query of the same list could return. Programs send the same <code>Authorization: Bearer …</code> header as to <code>/graphql</code>; without one you export the public directory.</p>
<p>参数 <span class="en">Parameters</span>: <code>?filter=</code> (JSON, GraphQL filter input), <code>?orderBy=</code> (JSON), <code>?headers=fields</code>. e.g. <code>/export/talents.csv?filter=%7B%22countries%22%3A%5B%22NZ%22%5D%7D</code></p>
${lists}
</body></html>`;
}
