/**
 * A link table: each row ties one owner record (a station, a talent, an announcement...) to one
 * thing it lists (a research field, a partner organisation, a country, an expert). Seven tables
 * have this one shape, so it is declared once here:
 * - the owner's `<relation>Id` references its table and goes with it (ON DELETE CASCADE);
 * - the linked column is whatever its own decorator says (a ForeignKey with its ON DELETE, a
 *   CountryColumn...);
 * - an owner lists a thing at most once (unique index on the pair, which also serves lookups by
 *   owner), and the linked column has its own index for the reverse lookup (who lists this field?).
 * The entity class still declares both properties, so a reader sees the table's columns.
 */
import { Entity, Index } from 'typeorm';
import { ForeignKey } from './columns';

/** `{ stationId: () => Station }`: the owner's id property and the entity it references. */
export type LinkOwner = Record<string, () => Function>;

/** `{ researchFieldId: ForeignKey(() => ResearchField, { onDelete: 'RESTRICT' }) }`: the linked property and its column decorator. */
export type LinkedColumn = Record<string, PropertyDecorator>;

export function LinkTable(table: string, owner: LinkOwner, linked: LinkedColumn): ClassDecorator {
  const ownerProperty = onlyKey(owner, table);
  const linkedProperty = onlyKey(linked, table);
  return (target) => {
    ForeignKey(owner[ownerProperty], { onDelete: 'CASCADE' })(target.prototype, ownerProperty);
    linked[linkedProperty](target.prototype, linkedProperty);
    Index([ownerProperty, linkedProperty], { unique: true })(target);
    Index([linkedProperty])(target);
    Entity(table)(target);
  };
}

function onlyKey(columns: Record<string, unknown>, table: string): string {
  const keys = Object.keys(columns);
  if (keys.length !== 1) throw new Error(`@LinkTable('${table}') takes one property per end, got ${keys.join(', ') || 'none'}`);
  return keys[0];
}
