/** Stance and hedging from the cue and the content's own wording. */
import { DENY_CONTENT_RE, ESTIMATE_CONTENT_RE, FUTURE_CONTENT_RE, HEDGE_RE, type Stance } from './lexicon.js';

/**
 * A plain "said" becomes a denial when its content corrects or negates ("only bullets, not rockets"),
 * an estimate when its point is a count, a prediction when it speaks of the future.
 */
export function stanceOf(cueStance: Stance, content: string, hasQuantity: boolean): Stance {
  if (cueStance !== 'assert') return cueStance;
  if (DENY_CONTENT_RE.test(content)) return 'deny';
  if (hasQuantity && ESTIMATE_CONTENT_RE.test(content)) return 'estimate';
  const firstClause = content.split(/[,;:]/, 1)[0] ?? '';
  if (FUTURE_CONTENT_RE.test(firstClause)) return 'predict';
  return 'assert';
}

/** Hedge phrases in the evidence, lower-cased and without repeats; an impersonal source counts as one. */
export function hedgesIn(evidence: string, impersonal: string | null): string[] {
  const out = new Set<string>();
  HEDGE_RE.lastIndex = 0;
  for (let m = HEDGE_RE.exec(evidence); m; m = HEDGE_RE.exec(evidence)) out.add(m[0].toLowerCase().replace(/\s+/g, ' '));
  if (impersonal && ![...out].some((h) => h.includes(impersonal))) out.add(impersonal);
  return [...out];
}
