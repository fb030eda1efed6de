/**
 * Bound parameters with names made up as they are needed, so conditions written in different
 * places (a list's filter, the keyset position, the caller's row scope) never collide in one
 * statement and nobody keeps a hand-made list of parameter prefixes.
 */
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** Binds a value and returns its placeholder: `:p3`, or `:...p3` for a list (expanded by TypeORM). */
export interface Binder {
  bind(value: unknown): string;
}

/** Parameters collected into an object, for statements escaped with driver.escapeQueryWithParameters. */
export class ParameterBag implements Binder {
  readonly values: Record<string, unknown> = {};
  private next = 0;

  constructor(private readonly prefix = 'p') {}

  bind(value: unknown): string {
    const name = `${this.prefix}${this.next++}`;
    this.values[name] = value;
    return Array.isArray(value) ? `:...${name}` : `:${name}`;
  }
}

const counters = new WeakMap<object, number>();

/** Parameters set on a query builder; names are unique per builder whoever binds them. */
export function builderBinder(qb: SelectQueryBuilder<ObjectLiteral>): Binder {
  return {
    bind(value) {
      const n = counters.get(qb) ?? 0;
      counters.set(qb, n + 1);
      const name = `w${n}`;
      qb.setParameter(name, value);
      return Array.isArray(value) ? `:...${name}` : `:${name}`;
    },
  };
}
