/**
 * Argument validation for type-graphql: class-validator rules run synchronously, and only for
 * input classes that declare rules. type-graphql's default validates every argument object of
 * every field call through a promise, which on a list of 64 parents is 64 promises per field.
 */
import { getNamedType, GraphQLResolveInfo } from 'graphql';
import { getMetadataStorage, validateSync } from 'class-validator';
import { ArgumentValidationError, getMetadataStorage as getTypeMetadata } from 'type-graphql';

const hasRules = new WeakMap<Function, boolean>();

export function declaresRules(target: Function): boolean {
  let rules = hasRules.get(target);
  if (rules === undefined) {
    rules = getMetadataStorage().getTargetValidationMetadatas(target, '', true, false).length > 0;
    hasRules.set(target, rules);
  }
  return rules;
}

/** The name of the field argument an input object came in as (`input`, `filter`), so errors can say where. */
function argumentNameOf(argType: unknown, info: GraphQLResolveInfo | undefined): string | undefined {
  if (!info || typeof argType !== 'function') return undefined;
  const typeName = getTypeMetadata().inputTypes.find((type) => type.target === argType)?.name;
  if (!typeName) return undefined;
  const field = info.parentType.getFields()[info.fieldName];
  return field?.args.find((arg) => getNamedType(arg.type).name === typeName)?.name;
}

export function validateArgument(value: unknown, argType?: unknown, resolverData?: { info: GraphQLResolveInfo }): void {
  if (value === null || typeof value !== 'object') return;
  for (const item of Array.isArray(value) ? value : [value]) {
    if (item === null || typeof item !== 'object' || !declaresRules(item.constructor)) continue;
    const errors = validateSync(item, { forbidUnknownValues: false });
    if (errors.length) {
      const error = new ArgumentValidationError(errors);
      const argumentName = argumentNameOf(argType, resolverData?.info);
      if (argumentName) Object.assign(error.extensions, { argumentName });
      throw error;
    }
  }
}
