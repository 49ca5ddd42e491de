/** "In the latest poll, X leads by five points": a sentence framed by the poll or study its finding comes from. */
import type { Unit } from '../../lib/claims-text.js';
import type { Draft } from './build.js';
import { MIN_CONTENT } from './content.js';
import { CUES } from './lexicon.js';
import { PUNCT_BOUNDARY, QUOTE_OPEN, capitalised, trimSpan, type Scan } from './scan.js';
import { classifySpeaker } from './speaker.js';

/** what a finding can come from; reports and interviews are left to their own cues ("In a report, X said") */
const FINDING_SOURCE = /^(?:poll|polls|polling|survey|surveys|study|studies|census|tally|average|ranking|rankings|sample)$/;
const MAX_FRAME = 14;

/**
 * The opening "In <poll>," of a sentence as a claim of that poll: cue "In", the poll as source (with a participial
 * description after it: "In the poll, conducted in May, …"), the rest of the sentence as content.
 */
export function pollFrame(s: Scan, u: Unit): Draft | null {
  let i = u.t0;
  while (i < u.t1 && /^(?:CCONJ|ADV)$/.test(s.tokens[i]!.pos)) i++; // "But in the same poll, …"
  if (i < u.t1 && s.tokens[i]!.norm === ',') i++;
  if (s.tokens[i]?.norm !== 'in') return null;
  let k = i + 1;
  let head = false;
  while (k < u.t1 && k - i <= MAX_FRAME && !PUNCT_BOUNDARY.has(s.tokens[k]!.norm)) {
    const t = s.tokens[k]!;
    if (FINDING_SOURCE.test(t.norm) && /^(?:NOUN|PROPN)$/.test(t.pos)) head = true;
    else if (!head && (((t.pos === 'VERB' || t.pos === 'AUX') && !capitalised(s, k)) || t.pos === 'PRON')) return null; // "in which", "in saying so"
    k++;
  }
  if (!head || s.tokens[k]?.norm !== ',' || k === i + 1) return null;
  let srcTo = k - 1;
  // "In the poll, conducted in early September, …": a description between commas belongs to the source
  if (s.tokens[k + 1]?.pos === 'VERB' && /ed$/.test(s.tokens[k + 1]!.norm)) {
    let c = k + 2;
    while (c < u.t1 && c - k <= MAX_FRAME && !PUNCT_BOUNDARY.has(s.tokens[c]!.norm)) c++;
    if (s.tokens[c]?.norm !== ',') return null;
    srcTo = c - 1;
    k = c;
  }
  const from = s.tokens[k + 1];
  if (!from || QUOTE_OPEN.has(from.norm)) return null;
  const [a, b] = trimSpan(s.text, from.start, u.end);
  if (b - a < MIN_CONTENT) return null;
  let coreTo = k - 1;
  while (coreTo > i + 1 && !FINDING_SOURCE.test(s.tokens[coreTo]!.norm)) coreTo--; // "the poll released Monday": the core ends at its head
  const who = classifySpeaker(s, i + 1, coreTo, i + 1, srcTo);
  if (!who) return null;
  return {
    unit: u, def: CUES.get('according')![0]!, cueFrom: i, cueTo: i, who,
    subject: { from: i + 1, to: srcTo, coreFrom: i + 1, coreTo, chain: [] },
    content: { start: a, end: b, quote: false, chain: [] }, chain: [],
  };
}
