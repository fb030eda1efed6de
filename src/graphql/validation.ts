/**
 * Argument validation for type-graphql: class-validator rules run synchronously, and only for
 * input classes that declare rules. type-graphql's default validates every argument object of
 * every field call through a promise, which on a list of 64 parents is 64 promises per field.
 */
import { getMetadataStorage, validateSync } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

const hasRules = new WeakMap<Function, boolean>();

export function declaresRules(target: Function): boolean {
  let rules = hasRules.get(target);
  if (rules === undefined) {
    rules = getMetadataStorage().getTargetValidationMetadatas(target, '', true, false).length > 0;
    hasRules.set(target, rules);
  }
  return rules;
}

export function validateArgument(value: unknown): void {
  if (value === null || typeof value !== 'object') return;
  for (const item of Array.isArray(value) ? value : [value]) {
    if (item === null || typeof item !== 'object' || !declaresRules(item.constructor)) continue;
    const errors = validateSync(item, { forbidUnknownValues: false });
    if (errors.length) throw new ArgumentValidationError(errors);
  }
}
