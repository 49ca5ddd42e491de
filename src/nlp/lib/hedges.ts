/** Hedges: words that weaken a sentence's commitment, shared by the claims stage and the narrative claims of events. */

/** Hedges found anywhere in the evidence sentence; matched case-insensitively and reported lower-cased. */
export const HEDGE_RE = /\b(?:allegedly|reportedly|purportedly|apparently|possibly|presumably|supposedly|probably|perhaps|likely|unconfirmed|(?:is|are|was|were)\s+(?:believed|thought|said|reported|alleged|suspected|expected)\s+to|it\s+is\s+(?:believed|thought|expected|alleged|reported|said)\s+that|may\s+(?:have|be)|might|could\s+(?:have|be)|appears?\s+to|appeared\s+to|seems?|seemed|it\s+(?:seems|seemed|appears|appeared)\s+that|according\s+to\s+(?:available|unconfirmed|some|unofficial)\s+(?:information|reports|sources|data)|research\s+(?:indicates|suggests|shows)|sources\s+(?:say|said)|suspected)\b/gi;

/** Hedge phrases in the evidence, lower-cased and without repeats; an impersonal source counts as one. */
export function hedgesIn(evidence: string, impersonal: string | null): string[] {
  const out = new Set<string>();
  HEDGE_RE.lastIndex = 0;
  for (let m = HEDGE_RE.exec(evidence); m; m = HEDGE_RE.exec(evidence)) out.add(m[0].toLowerCase().replace(/\s+/g, ' '));
  if (impersonal && ![...out].some((h) => h.includes(impersonal))) out.add(impersonal);
  return [...out];
}
