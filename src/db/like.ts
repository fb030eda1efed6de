/**
 * Substring matching that behaves the same on SQLite and MySQL: `!` is the escape character
 * (a backslash means different things in the two dialects' string literals).
 */
export const LIKE_ESCAPE = "ESCAPE '!'";

/** The LIKE pattern matching values that contain `text` literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[!%_]/g, '!$&')}%`;
}
