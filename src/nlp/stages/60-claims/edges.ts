/** Where a report embedded in a relative or an opening subordinate clause ends: where the sentence's own clause resumes. */
import type { Unit } from '../../lib/claims-text.js';
import { endAt, type Content } from './content.js';
import { PUNCT_BOUNDARY, QUOTE_CLOSE, type Scan } from './scan.js';

/**
 * "Okafor, who said the pier was unsafe, resigned", "X, a man who has refused to Y, said": a report inside a
 * relative clause ends at its closing comma when the sentence's own verb resumes there. `rel` is the relative pronoun.
 */
export function closeRelative(s: Scan, u: Unit, rel: number, c: Content): Content {
  if (c.quote || rel <= u.t0) return c;
  let k = rel + 1; // the first comma inside the content, and only it: "said the pier, which is old, must close" runs on
  while (k < u.t1 && s.tokens[k]!.start < c.end && (s.tokens[k]!.norm !== ',' || s.tokens[k]!.start <= c.start)) k++;
  if (k >= u.t1 || s.tokens[k]!.start >= c.end) return c;
  let v = k + 1;
  const closing = v < u.t1 && QUOTE_CLOSE.has(s.tokens[v]!.norm); // "who called it “a disgrace,” resigned"
  if (closing) v++;
  while (v < u.t1 && s.tokens[v]!.pos === 'ADV') v++;
  const t = s.tokens[v];
  if (!t || !/^(?:VERB|AUX)$/.test(t.pos) || /ing$/.test(t.norm)) return c;
  return endAt(s, c, closing ? s.tokens[k + 1]!.end : s.tokens[k]!.start) ?? c;
}

/** a finite auxiliary or copula: the sentence's own verb when it follows a complete reported clause */
const FINITE_AUX = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|shall|may|might|must|does|do|did)$/;
/** words that open another clause or join one: past them the content's structure is not followed */
const JOINS = /^(?:that|which|who|whom|whose|where|when|than|and|or|but|because|if|as|while|after|before|since|although|though|unless|until)$/;

/**
 * "A fisherman who said the pier was unsafe was fired": a report inside a relative clause without commas that opens
 * the sentence's subject ends where the sentence's own verb follows the reported clause's finite verb group. `rel` is
 * the relative pronoun. Only a plain clause is cut; past a joining word or punctuation the content is left whole.
 */
export function closeRestrictive(s: Scan, u: Unit, rel: number, c: Content): Content {
  if (c.quote || s.tokens[rel - 1]?.norm === ',') return c;
  let k = rel + 1;
  while (k < u.t1 && s.tokens[k]!.start < c.start) k++;
  const inContent = (j: number) => j < u.t1 && s.tokens[j]!.start < c.end;
  while (inContent(k) && !/^(?:VERB|AUX)$/.test(s.tokens[k]!.pos)) {
    if (JOINS.test(s.tokens[k]!.norm) || PUNCT_BOUNDARY.has(s.tokens[k]!.norm)) return c;
    k++;
  }
  let finite = false; // the reported clause's own verb group must be finite ("would open", "was unsafe")
  while (inContent(k) && (/^(?:VERB|AUX|PART)$/.test(s.tokens[k]!.pos) || (s.tokens[k]!.pos === 'ADV' && !JOINS.test(s.tokens[k]!.norm)))) {
    if (s.tokens[k]!.pos === 'AUX' && FINITE_AUX.test(s.tokens[k]!.norm)) finite = true;
    k++;
  }
  if (!finite) return c;
  for (; inContent(k); k++) {
    const t = s.tokens[k]!;
    if (JOINS.test(t.norm) || PUNCT_BOUNDARY.has(t.norm) || QUOTE_CLOSE.has(t.norm)) return c;
    if (t.pos === 'AUX' && FINITE_AUX.test(t.norm)) return endAt(s, c, t.start) ?? c;
  }
  return c;
}

const SUBORDINATOR = /^(?:although|though|while|whereas|because|since|when|after|before|if|as|once|until|unless)$/;

/**
 * "Although she said P, she later changed her mind": a report inside a sentence's opening subordinate clause ends at
 * the comma where the main clause (a subject, then its verb) begins. `cue` is the cue's first token.
 */
export function closeSubordinate(s: Scan, u: Unit, cue: number, c: Content): Content {
  let k = u.t0;
  while (k < cue && s.tokens[k]!.pos === 'CCONJ') k++;
  if (c.quote || !SUBORDINATOR.test(s.tokens[k]!.norm)) return c;
  for (let j = k + 1; j < cue; j++) if (PUNCT_BOUNDARY.has(s.tokens[j]!.norm)) return c; // the cue is in the main clause
  for (let j = cue + 1; j < u.t1 && s.tokens[j]!.start < c.end; j++) {
    if (s.tokens[j]!.norm !== ',' || s.tokens[j]!.start <= c.start) continue;
    // only the first comma: "said the plan, which is old, was bad" runs on
    return mainClauseAt(s, u, j + 1) ? (endAt(s, c, s.tokens[j]!.start) ?? c) : c;
  }
  return c;
}

/** a subject and its verb start at token k, perhaps after a prepositional or time phrase ("at the town hall this week she said") */
function mainClauseAt(s: Scan, u: Unit, k: number): boolean {
  for (let j = k; j < Math.min(u.t1, k + 10); j++) {
    const t = s.tokens[j]!;
    if (PUNCT_BOUNDARY.has(t.norm) || /^(?:which|who|whom|whose|and|or|but)$/.test(t.norm)) return false;
    if (/^(?:PRON|PROPN|NOUN)$/.test(t.pos) && j + 1 < u.t1) {
      let v = j + 1;
      while (v < u.t1 && /^(?:ADV|PROPN|NOUN)$/.test(s.tokens[v]!.pos) && v < j + 4) v++;
      if (/^(?:VERB|AUX)$/.test(s.tokens[v]!.pos) && !/ing$/.test(s.tokens[v]!.norm)) return true;
    }
  }
  return false;
}
