/** Noun cues: "X's announcement that P", "his claim that P", "the allegation by X that P". */
import type { ChainLink } from '../../../core/doc.js';
import type { Unit } from '../../lib/claims-text.js';
import type { Draft } from './build.js';
import { contentAfter } from './content.js';
import type { CueDef, Kind, Stance } from './lexicon.js';
import { PUNCT_BOUNDARY, type Scan } from './scan.js';
import { classifySpeaker } from './speaker.js';
import type { Subject } from './subject.js';

const ROWS: [string, Stance, Kind][] = [
  ['claim claims assertion assertions announcement statement insistence argument suggestion contention admission', 'assert', 'statement'],
  ['allegation allegations accusation accusations charge charges', 'allege', 'statement'],
  ['warning warnings prediction promise pledge vow threat', 'predict', 'statement'],
  ['denial denials', 'deny', 'statement'],
  ['estimate assessment', 'estimate', 'statement'],
  ['belief view fear fears hope conviction', 'assert', 'belief'],
];
const NOUN_CUES = new Map<string, CueDef>();
for (const [forms, stance, kind] of ROWS) for (const f of forms.split(' ')) NOUN_CUES.set(f, { words: [f], stance, kind });

const POSSESSIVE_PRONOUN = /^(?:his|her|their|its)$/;

/** The possessor before "'s" at token `k`: "the ministry's", "Jane Roe's". */
function possessor(s: Scan, u: Unit, k: number): Subject | null {
  let a = k - 1;
  while (a > u.t0 && /^(?:PROPN|NOUN|ADJ|DET)$/.test(s.tokens[a - 1]!.pos) && !PUNCT_BOUNDARY.has(s.tokens[a - 1]!.norm)) a--;
  if (a > k - 1 || !/^(?:PROPN|NOUN)$/.test(s.tokens[k - 1]!.pos)) return null;
  return { from: a, to: k - 1, coreFrom: a, coreTo: k - 1, chain: [] };
}

/** "by X that": the source after the noun, up to the complementiser; returns the subject and the index of "that". */
function byAgent(s: Scan, u: Unit, i: number): [Subject, number] | null {
  if (s.tokens[i + 1]?.norm !== 'by') return null;
  for (let k = i + 2; k < Math.min(u.t1, i + 10); k++) {
    const t = s.tokens[k]!;
    if (t.norm === 'that') return k > i + 2 ? [{ from: i + 2, to: k - 1, coreFrom: i + 2, coreTo: k - 1, chain: [] }, k] : null;
    if (t.pos === 'VERB' || t.pos === 'AUX' || PUNCT_BOUNDARY.has(t.norm)) return null;
  }
  return null;
}

/** "the announcement that the border would reopen surprised traders": the clause ends where the sentence's own verb follows its verb. */
function clauseBeforeMatrixVerb(s: Scan, u: Unit, from: number, end: number): number {
  for (let k = from + 1; k < u.t1 && s.tokens[k]!.start < end; k++) {
    const t = s.tokens[k]!;
    const prev = s.tokens[k - 1]!;
    if (prev.pos === 'VERB' && (t.pos === 'AUX' || (t.pos === 'VERB' && !t.norm.endsWith('ing')))) return prev.end;
  }
  return end;
}

/** A noun cue at token `i` with a named holder and a "that" clause, or null. */
export function nounCue(s: Scan, u: Unit, i: number): Draft | null {
  const t = s.tokens[i]!;
  const def = t.pos === 'NOUN' ? NOUN_CUES.get(t.norm) : undefined;
  if (!def || i === u.t0) return null;
  let subject: Subject | null = null;
  let that = i + 1;
  const by = byAgent(s, u, i);
  if (by) [subject, that] = by;
  else {
    let k = i - 1; // the holder before the noun, over adjectives: "the ministry's earlier statement"
    while (k > u.t0 && s.tokens[k]!.pos === 'ADJ') k--;
    const pk = s.tokens[k]!;
    if (/^['’]s$/.test(pk.norm)) subject = possessor(s, u, k);
    else if (POSSESSIVE_PRONOUN.test(pk.norm)) subject = { from: k, to: k, coreFrom: k, coreTo: k, chain: [] };
  }
  if (!subject || s.tokens[that]?.norm !== 'that') return null;
  const after = s.tokens[that + 1];
  if (!after || /^(?:VERB|AUX)$/.test(after.pos)) return null; // "the claim that was made": a relative clause
  const who = classifySpeaker(s, subject.coreFrom, subject.coreTo, subject.from, subject.to);
  if (!who) return null;
  const chain: ChainLink[] = [];
  const content = contentAfter(s, u, that - 1, false, chain);
  if (!content) return null;
  content.end = clauseBeforeMatrixVerb(s, u, that + 1, content.end);
  return { unit: u, def, cueFrom: i, cueTo: i, subject, who, content, chain };
}
