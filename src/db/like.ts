/**
 * Substring matching that behaves the same on SQLite and MySQL: `!` is the escape character
 * (a backslash means different things in the two dialects' string literals).
 */
export const LIKE_ESCAPE = "ESCAPE '!'";

/** The LIKE pattern matching values that contain `text` literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[!%_]/g, '!$&')}%`;
}

/**
 * Text as `nameContains` compares it: width forms folded (（1） is (1), ＡＢＣ is abc), accents gone,
 * lower case. MariaDB's utf8mb4_uca1400_ai_ci treats these as equal already; SQLite's LIKE folds
 * ASCII case only, so on SQLite both the column and the pattern go through this function,
 * registered on the connection as FOLD_FUNCTION (src/db/data-source.ts), and both databases find
 * the same rows.
 */
export function foldForMatching(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').normalize('NFC').toLowerCase();
}

/** The SQL name of foldForMatching on SQLite connections. */
export const FOLD_FUNCTION = 'haizhi_fold';
