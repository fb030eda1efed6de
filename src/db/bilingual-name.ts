/**
 * A name (or title) the programme writes in Chinese, with its English rendering beside it: eleven
 * entities keep the same two or three columns for it, declared here once. Put `@BilingualName` on
 * the `<x>Zh` property and declare the properties it fills right below, in this order:
 * - `<x>Zh`: the Chinese text, published in the API as `name` (or `options.field`);
 * - `nameSort` when `sorted`: the pinyin key `orderBy: NAME` sorts by (see name-sort-column.ts), kept
 *   in step by every write, not in the API;
 * - `<x>En`: the English text, published under its own name, nullable where its column is.
 * The GraphQL fields are declared in that order, so the schema lists them where the entity does.
 */
import type { ColumnOptions } from 'typeorm';
import { Field } from 'type-graphql';
import type { NameSortOptions } from '../text/name-sort';
import { NameColumn } from './columns';
import { NAME_SORT_PROPERTY, NameSortColumn } from './name-sort-column';

export interface BilingualNameOptions {
  /** The Chinese text's column (NameColumn options: length, unique). */
  zh?: ColumnOptions;
  /** The English text's column; `nullable` here makes the API field nullable too. */
  en?: ColumnOptions;
  /** The API name of the Chinese text: 'name' unless told ('title'). */
  field?: string;
  /** The API description of the Chinese text. */
  description?: string;
  /** Also declare `nameSort`, the pinyin key of the Chinese text (`{ person: true }` for people's names). */
  sorted?: true | NameSortOptions;
}

const AS_WRITTEN = 'In Chinese, as the programme writes it.';

export function BilingualName(options: BilingualNameOptions = {}): PropertyDecorator {
  return (prototype, propertyKey) => {
    const zhProperty = String(propertyKey);
    if (!zhProperty.endsWith('Zh')) throw new Error(`@BilingualName goes on a property named <x>Zh, not ${zhProperty}`);
    const enProperty = `${zhProperty.slice(0, -'Zh'.length)}En`;
    Field(() => String, { name: options.field ?? 'name', description: options.description ?? AS_WRITTEN })(prototype, zhProperty);
    NameColumn(options.zh)(prototype, zhProperty);
    if (options.sorted) NameSortColumn(zhProperty, options.sorted === true ? {} : options.sorted)(prototype, NAME_SORT_PROPERTY);
    const inEnglish = `The same ${options.field ?? 'name'} in English${options.en?.nullable === true ? '; null where none is known' : ''}.`;
    Field(() => String, { nullable: options.en?.nullable === true, description: inEnglish })(prototype, enProperty);
    NameColumn(options.en)(prototype, enProperty);
  };
}
