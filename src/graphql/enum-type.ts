/**
 * A GraphQL enum declared once: its name, its values and its description, as one object that is
 * at the same time the TypeScript value (`ProjectStatus.LANDED`) and, through `EnumValue`, the
 * type (`'NEGOTIATING' | … | 'LANDED'`). It replaces a TypeScript `enum` whose every value was
 * written twice (`LANDED = 'LANDED'`) beside a separate registerEnumType call.
 *
 * The values are declared by their labels: a Chinese label for CQAST staff and an English meaning
 * for partners, kept next to the enum as data so that screens (the dashboard, breakdowns) show the
 * same words the schema's descriptions do.
 *
 *   export const PROJECT_STATUS_LABELS = {
 *     NEGOTIATING: { zh: '洽谈中', en: 'under negotiation with the partner' },
 *     LANDED: { zh: '已落地', en: 'landed: set up and running in Chongqing' },
 *   } as const satisfies EnumLabels;
 *   export const ProjectStatus = enumType('ProjectStatus', PROJECT_STATUS_LABELS, 'negotiating → … → landed.');
 *   export type ProjectStatus = EnumValue<typeof ProjectStatus>;
 */
import { registerEnumType } from 'type-graphql';

/** The values of an enum object made by enumType, as a union type. */
export type EnumValue<E> = E[keyof E];

/** One enum value's label: `zh` as staff say it (the programme's own term), `en` what it means. */
export interface EnumLabel {
  readonly zh: string;
  readonly en: string;
}

/** An enum's labels, keyed by value in the order the values print. */
export type EnumLabels<V extends string = string> = { readonly [K in V]: EnumLabel };

/** The description of one enum value: `已过期 — validity lapsed without renewal`. */
export function labelText(label: EnumLabel): string {
  return `${label.zh} — ${label.en}`;
}

/** type-graphql's valuesConfig for registerEnumType: every value described by its label. */
export function describedValues<V extends string>(labels: EnumLabels<V>): { [K in V]: { description: string } } {
  return Object.fromEntries(Object.entries<EnumLabel>(labels).map(([value, label]) => [value, { description: labelText(label) }])) as {
    [K in V]: { description: string };
  };
}

/** The values keyed by themselves, frozen: a TypeScript enum's object, for codes that are no GraphQL type (ErrorCode). */
export function valuesEnum<const V extends string>(values: readonly V[]): { readonly [K in V]: K } {
  return Object.freeze(Object.fromEntries(values.map((value) => [value, value]))) as { readonly [K in V]: K };
}

/** The enum `name`, its values the keys of `labels` (each described by its label). */
export function enumType<const V extends string>(name: string, labels: EnumLabels<V>, description: string): { readonly [K in V]: K } {
  const members = valuesEnum(Object.keys(labels) as V[]);
  registerEnumType(members, { name, description, valuesConfig: describedValues(labels) });
  return members;
}
