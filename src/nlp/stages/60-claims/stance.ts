/** Stance and hedging from the cue and the content's own wording. */
import { DENY_CONTENT_RE, ESTIMATE_CONTENT_RE, FUTURE_CONTENT_RE, type Stance } from './lexicon.js';

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

export { hedgesIn } from '../../lib/hedges.js';
