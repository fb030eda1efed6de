/**
 * An async iterator whose values are `map`ped from a source's, with `return` and `throw` passed
 * straight to the source. graphql-js has one, but only under a deep, internal path
 * (graphql/execution/mapAsyncIterator), which a minor release may move.
 *
 * Not an `async function*`: a generator queues `return()` behind a pending `next()`, so a client
 * that unsubscribes while no event comes would keep its source (and its channel subscription)
 * open until the next event. Here `return()` reaches the source at once.
 */
/** What graphql-ws wants of a subscription's stream: next, return (on unsubscribe) and throw. */
export interface MappedIterator<U> extends AsyncIterableIterator<U> {
  return(): Promise<IteratorResult<U, void>>;
  throw(error: unknown): Promise<IteratorResult<U, void>>;
}

export function mapAsyncIterator<T, U>(source: AsyncIterable<T>, map: (value: T) => U | Promise<U>): MappedIterator<U> {
  const iterator = source[Symbol.asyncIterator]();

  async function closeQuietly(): Promise<void> {
    try {
      await iterator.return?.();
    } catch {
      // The mapping's own error is the one to report.
    }
  }

  async function mapped(result: IteratorResult<T>): Promise<IteratorResult<U, void>> {
    if (result.done) return { value: undefined, done: true };
    try {
      return { value: await map(result.value), done: false };
    } catch (error) {
      await closeQuietly();
      throw error;
    }
  }

  const mappedIterator: MappedIterator<U> = {
    async next() {
      return mapped(await iterator.next());
    },
    async return() {
      return iterator.return ? mapped(await iterator.return()) : { value: undefined, done: true };
    },
    async throw(error: unknown) {
      if (iterator.throw) return mapped(await iterator.throw(error));
      await closeQuietly();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return mappedIterator;
    },
  };
  return mappedIterator;
}
