/**
 * Documents the pipeline refused at parse or validation (a limit passed, a field that does not
 * exist), remembered by their text with the errors a client got. Apollo parses and validates again
 * each time a refused document comes back (its document store keeps only documents that passed),
 * which made refusing the same abusive query three to ten times dearer than answering a trivial
 * one; from here a repeat is answered by the HTTP edge before Apollo sees it, for the cost of one
 * map lookup. A client varying its text pays the parse and validation once per variant, bounded by
 * the token limit.
 *
 * Only refusals that are the same for every caller are kept: a message with a suggestion ("Did you
 * mean …", for callers who may introspect) is not.
 */
import type { GraphQLFormattedError } from 'graphql';
import { LRUCache } from 'lru-cache';

export class RefusedDocuments {
  // Bounded by text size too: a thousand 1 MB texts must not sit in memory as keys.
  private readonly refused = new LRUCache<string, readonly GraphQLFormattedError[]>({ max: 1000, maxSize: 8 * 1024 * 1024, sizeCalculation: (_errors, text) => Math.max(1, text.length) });

  /** What a document was refused with before, or undefined when it was not (or has been forgotten). */
  get(query: string): readonly GraphQLFormattedError[] | undefined {
    return this.refused.get(query);
  }

  /** Remembers a refusal as its client saw it, unless it holds something that depends on the caller. */
  remember(query: string, errors: readonly GraphQLFormattedError[]): void {
    if (errors.some((error) => error.message.includes('Did you mean'))) return;
    this.refused.set(query, errors);
  }
}
