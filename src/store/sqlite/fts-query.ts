/** Turns free user text into a safe FTS5 MATCH expression. */

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * Each whitespace-separated chunk becomes a quoted phrase of its word parts, so operators, quotes and hyphens are
 * taken literally: `ISIS-K "x` → `['"ISIS K"', '"x"']`. Empty when the text holds no words at all.
 */
export function ftsPhrases(text: string): string[] {
  const phrases: string[] = [];
  for (const chunk of text.split(/\s+/)) {
    const words = chunk.match(WORD);
    // Only letters, digits and marks survive, so the phrase can hold no quote to escape.
    if (words) phrases.push(`"${words.join(' ')}"`);
  }
  return phrases;
}

/**
 * The phrases of `ftsPhrases`, ANDed; null when the text holds no words at all.
 * @example ftsQuery('Rahmon’s GKNB') // '"Rahmon s" "GKNB"'
 */
export function ftsQuery(text: string): string | null {
  const phrases = ftsPhrases(text);
  return phrases.length ? phrases.join(' ') : null;
}
