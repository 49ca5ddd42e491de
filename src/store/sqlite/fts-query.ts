/** Turns free user text into a safe FTS5 MATCH expression. */

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * Each whitespace-separated chunk becomes a quoted phrase of its word parts, and the phrases are ANDed,
 * so operators, quotes and hyphens are taken literally: `ISIS-K "x` → `"ISIS K" "x"`.
 * Returns null when the text holds no words at all.
 * @example ftsQuery('Rahmon’s GKNB') // '"Rahmon s" "GKNB"'
 */
export function ftsQuery(text: string): string | null {
  const phrases: string[] = [];
  for (const chunk of text.split(/\s+/)) {
    const words = chunk.match(WORD);
    // Only letters, digits and marks survive, so the phrase can hold no quote to escape.
    if (words) phrases.push(`"${words.join(' ')}"`);
  }
  return phrases.length ? phrases.join(' ') : null;
}
