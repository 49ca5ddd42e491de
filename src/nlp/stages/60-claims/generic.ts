/** Cues outside the lexicon: any verb taking a "that" clause, and a cue reached through "appeared to", "went on to". */
import type { Unit } from '../../lib/claims-text.js';
import { CUES, cueDef, type CueDef } from './lexicon.js';
import { PUNCT_BOUNDARY, type Scan } from './scan.js';

/** verbs whose "that" is no report of speech or thought ("made sure that", "ordered that" is kept) */
const NOT_REPORTING = /^(?:ensure[sd]?|ensuring|make|makes|made|making|mean|means|meant|require[sd]?|requiring|provide[sd]?|given|so|see|saw|seen|such|now|except|excepting|like|liked|likes|do|did|does|done|get|gets|got|given|take|took|taken|bring|brought|put|puts|set|sets|keep|kept|let|lets|find|finds|leave|left)$/;
/** cognition verbs: what they introduce is held, not said */
const COGNITION = /^(?:realiz|realis|recogni|understand|understood|learn|discover|assum|guess|imagin|figur|reckon|sens|trust|presum|notic|convinc|determin|conclud|decid)/;

const GENERIC: Record<'statement' | 'belief', CueDef> = {
  statement: cueDef([''], 'assert', 'statement', { agentOnly: true, needsSubject: true }),
  belief: cueDef([''], 'assert', 'belief', { agentOnly: true, needsSubject: true }),
};

/**
 * "Investigators discovered that …", "the mayor lamented that …": a verb outside the lexicon counts as a cue
 * when a finite clause introduced by "that" follows it directly. Null when it is no such verb.
 */
export function thatVerb(s: Scan, u: Unit, i: number): CueDef | null {
  const t = s.tokens[i]!;
  if (t.pos !== 'VERB' || CUES.has(t.norm) || NOT_REPORTING.test(t.norm) || s.tokens[i + 1]?.norm !== 'that' || i + 2 >= u.t1) return null;
  if (s.text.charCodeAt(t.start) < 97) return null; // a capitalised word is more likely a misread name
  if (/^(?:DET|ADJ|ADP)$/.test(s.tokens[i - 1]?.pos ?? '')) return null; // "the reported plan that", "a shared view that"
  for (let k = i + 2; k < Math.min(u.t1, i + 14); k++) {
    const n = s.tokens[k]!;
    if (PUNCT_BOUNDARY.has(n.norm) && n.norm !== '“' && n.norm !== '"') return null;
    if (n.pos === 'VERB' || n.pos === 'AUX') return k > i + 2 ? GENERIC[COGNITION.test(t.norm) ? 'belief' : 'statement'] : null;
  }
  return null;
}

/** verbs that pass their subject to a cue after "to": "appeared to suggest", "went on to explain", "tried to argue" */
const CATENATIVE = /^(?:appears?|appeared|seems?|seemed|tries|tried|try|trying|continues?|continued|begins?|began|begun|starts?|started|proceeds?|proceeded|moved?|moves|rushed|hastened|sought|seeks?|wants?|wanted|hopes?|hoped|plans?|planned|decided|decides?|agreed|agrees?|promised|vowed|threatened|went|goes|go)$/;

/** Index of the verb leading to the cue at `i` through "to" ("went on to explain"), or -1. */
export function catenativeLead(s: Scan, u: Unit, i: number): number {
  if (i - 2 < u.t0 || s.tokens[i - 1]!.norm !== 'to') return -1;
  let k = i - 2;
  if (s.tokens[k]!.norm === 'on' && k - 1 >= u.t0) k--; // "went on to"
  const v = s.tokens[k]!;
  if (!CATENATIVE.test(v.norm) || !/^(?:VERB|AUX|NOUN)$/.test(v.pos)) return -1;
  if (/^(?:went|goes|go)$/.test(v.norm) && k === i - 2) return -1; // "went to explain" is travel, "went on to explain" a cue
  return k;
}
