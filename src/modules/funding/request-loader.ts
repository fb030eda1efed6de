/**
 * A named DataLoader that lives as long as one request's Loaders: for batched reads the generic
 * loaders (byId, children, childCount) do not cover, such as a per-parent SUM. The first call
 * with a name creates the loader; every later call in the same request gets the same one, so all
 * loads of one level of a query share one batch. Nothing here is specific to funding: it is the
 * `Loaders` extension point this module needed (see the report of issue 3).
 */
import DataLoader from 'dataloader';
import type { Loaders } from '../../db/loaders';

const perRequest = new WeakMap<Loaders, Map<string, DataLoader<unknown, unknown>>>();

/** The request's loader called `name` (unique across the schema, like a ChildList name), made from `batch` on first use. */
export function requestLoader<K, V>(loaders: Loaders, name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
  let byName = perRequest.get(loaders);
  if (!byName) perRequest.set(loaders, (byName = new Map()));
  let loader = byName.get(name);
  if (!loader) {
    loader = new DataLoader<K, V>(batch) as unknown as DataLoader<unknown, unknown>;
    byName.set(name, loader);
  }
  return loader as unknown as DataLoader<K, V>;
}
