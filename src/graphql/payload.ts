/**
 * A mutation's payload type, declared as data: its name and the records it returns. Payloads are
 * plain objects the mutation builds (`{ project }`); each field is one record, so every payload
 * class had the same shape, written once here. A subscription's event is the same kind of object
 * (the records and when they committed), so it is declared here too.
 */
import { ClassType, Field, ObjectType } from 'type-graphql';

/** A payload field: the type (a class, a scalar or an enum), or the type with its options (nullable, description). */
export type PayloadField = (() => Function | object) | [() => Function | object, { nullable?: boolean; description?: string }];

/**
 * The payload class `name` with `fields` in the order given (the order they print in). T is what
 * the mutation returns, e.g. `Payload<{ project: Project }>('ProjectPayload', { project: () => Project })`.
 */
export function Payload<T extends object>(name: string, fields: { [K in keyof T]: PayloadField }, description?: string): ClassType<T> {
  class PayloadType {}
  for (const [property, field] of Object.entries(fields) as [string, PayloadField][]) {
    const [type, options] = typeof field === 'function' ? [field, {}] : field;
    Field(type, options)(PayloadType.prototype, property);
  }
  ObjectType(name, description ? { description } : {})(PayloadType);
  return PayloadType as ClassType<T>;
}
