/**
 * `?filter=` and `?orderBy=` of an export, read as the GraphQL list reads its arguments: JSON
 * coerced through the schema's own input type (`TalentFilter`: unknown fields, wrong types and enum
 * values refused with GraphQL's words), made into the input class type-graphql would make, checked
 * by its class-validator rules (src/graphql/validation.ts), and its global ids decoded
 * (decodeFilter). A mistake is a BadUserInputError naming the parameter and the path in it.
 */
import { coerceInputValue, GraphQLInputType, GraphQLSchema, isInputObjectType, isListType, isNonNullType } from 'graphql';
import { ArgumentValidationError, getMetadataStorage } from 'type-graphql';
import type { SortKey } from '../db/keyset';
import { BadUserInputError } from '../domain-errors';
import { decodeFilter } from '../graphql/filter-fields';
import { validateArgument } from '../graphql/validation';
import type { ExportList } from './catalogue';

export interface ExportCriteria {
  /** The filter in row ids, for the list's SQL (filterOf). */
  criteria: Record<string, unknown>;
  sort: SortKey;
}

function parseJson(parameter: string, text: string, example: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BadUserInputError(`${parameter} is not JSON (${(error as Error).message}); write it as the GraphQL input in JSON and URL-encode it, e.g. ${parameter}=${encodeURIComponent(example)}`, {
      argument: parameter,
    });
  }
}

/** The input class type-graphql registered under `typeName` (a range, an order), for nested inputs. */
function inputClassOf(typeName: string): (new () => object) | undefined {
  return getMetadataStorage().inputTypes.find((input) => input.name === typeName)?.target as (new () => object) | undefined;
}

/** Coerced plain objects into instances of their input classes, as type-graphql hands arguments to resolvers. */
function instantiate(value: unknown, type: GraphQLInputType): unknown {
  if (value === null || value === undefined) return value;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return (value as unknown[]).map((item) => instantiate(item, inner.ofType));
  if (!isInputObjectType(inner)) return value;
  const target = inputClassOf(inner.name);
  const instance: Record<string, unknown> = target ? (new target() as Record<string, unknown>) : {};
  const fields = inner.getFields();
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) instance[key] = instantiate(item, fields[key].type);
  return instance;
}

/** One argument through the schema's input type, its class and its rules. */
function readInput(schema: GraphQLSchema, parameter: string, typeName: string, raw: unknown): object {
  const type = schema.getType(typeName);
  if (!type || !isInputObjectType(type)) throw new Error(`export: ${typeName} is not an input type of the schema`);
  const problems: string[] = [];
  const coerced = coerceInputValue(raw, type, (path, _invalid, error) => {
    const at = path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('');
    problems.push(`${parameter}${at}: ${error.message}`);
  });
  if (problems.length) throw new BadUserInputError(problems.join('; '), { argument: parameter });
  const instance = instantiate(coerced, type) as object;
  try {
    validateArgument(instance);
  } catch (error) {
    if (!(error instanceof ArgumentValidationError)) throw error;
    const messages = error.extensions.validationErrors
      ? (error.extensions.validationErrors as { property: string; constraints?: Record<string, string>; children?: { property: string; constraints?: Record<string, string> }[] }[]).flatMap((problem) => [
          ...Object.values(problem.constraints ?? {}).map((message) => `${parameter}.${problem.property}: ${message}`),
          ...(problem.children ?? []).flatMap((child) => Object.values(child.constraints ?? {}).map((message) => `${parameter}.${problem.property}.${child.property}: ${message}`)),
        ])
      : [error.message];
    throw new BadUserInputError(messages.join('; '), { argument: parameter });
  }
  return instance;
}

/** The filter and order of one export request; throws BadUserInputError for what GraphQL would refuse. */
export function readCriteria(schema: GraphQLSchema, list: ExportList, query: { filter?: unknown; orderBy?: unknown }): ExportCriteria {
  const filterText = typeof query.filter === 'string' && query.filter.trim() !== '' ? query.filter : null;
  const orderText = typeof query.orderBy === 'string' && query.orderBy.trim() !== '' ? query.orderBy : null;
  if (Array.isArray(query.filter) || Array.isArray(query.orderBy)) throw new BadUserInputError('give filter and orderBy at most once each', { argument: Array.isArray(query.filter) ? 'filter' : 'orderBy' });
  if (!list.graphql) {
    if (filterText || orderText) {
      throw new BadUserInputError(`${list.name} takes no filter or orderBy: GraphQL lists them only under an organisation, unfiltered; the export is every row you may read, by id`, {
        argument: filterText ? 'filter' : 'orderBy',
      });
    }
    return { criteria: {}, sort: { name: 'ID', column: 'id', property: 'id', direction: 'ASC' } };
  }
  const { filter, ordering } = list.graphql;
  let criteria: Record<string, unknown> = {};
  if (filterText) {
    const raw = parseJson('filter', filterText, '{"isGenerated":false}');
    criteria = decodeFilter(readInput(schema, 'filter', filter.input, raw), 'filter');
  }
  let orderBy: { field: string; direction: 'ASC' | 'DESC' } | null = null;
  if (orderText) {
    const raw = parseJson('orderBy', orderText, '{"field":"ID","direction":"DESC"}');
    orderBy = readInput(schema, 'orderBy', `${filter.input.replace(/Filter$/, '')}Order`, raw) as unknown as typeof orderBy;
  }
  return { criteria, sort: ordering.sort(orderBy as never) };
}
