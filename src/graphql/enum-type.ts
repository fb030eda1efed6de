/**
 * A GraphQL enum declared once: its name, its values and its description, as one object that is
 * at the same time the TypeScript value (`ProjectStatus.LANDED`) and, through `EnumValue`, the
 * type (`'NEGOTIATING' | … | 'LANDED'`). It replaces a TypeScript `enum` whose every value was
 * written twice (`LANDED = 'LANDED'`) beside a separate registerEnumType call.
 *
 *   export const ProjectStatus = enumType('ProjectStatus', ['NEGOTIATING', 'INTRODUCED'], 'negotiating → introduced.');
 *   export type ProjectStatus = EnumValue<typeof ProjectStatus>;
 */
import { registerEnumType } from 'type-graphql';

/** The values of an enum object made by enumType, as a union type. */
export type EnumValue<E> = E[keyof E];

/** The values keyed by themselves, frozen: a TypeScript enum's object, for codes that are no GraphQL type (ErrorCode). */
export function valuesEnum<const V extends string>(values: readonly V[]): { readonly [K in V]: K } {
  return Object.freeze(Object.fromEntries(values.map((value) => [value, value]))) as { readonly [K in V]: K };
}

export function enumType<const V extends string>(name: string, values: readonly V[], description?: string): { readonly [K in V]: K } {
  const members = valuesEnum(values);
  registerEnumType(members, description ? { name, description } : { name });
  return members;
}
