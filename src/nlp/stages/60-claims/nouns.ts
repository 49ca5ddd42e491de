/** Noun cues: "X's announcement that P", "his claim that P", "the allegation by X that P". */
import type { ChainLink } from '../../../core/doc.js';
import type { Unit } from '../../lib/claims-text.js';
import type { Draft } from './build.js';
import { contentAfter } from './content.js';
import { POSSESSIVE_DETERMINER, cueDef, type CueDef, type Kind, type Stance } from './lexicon.js';
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
for (const [forms, stance, kind] of ROWS) for (const f of forms.split(' ')) NOUN_CUES.set(f, cueDef([f], stance, kind));

/** nouns whose holder's view of something follows a preposition: "her criticism of the Fed", "his support for the bill" */
const PREP_ROWS: [string, Stance, Kind][] = [
  ['criticism criticisms condemnation condemnations accusations allegations', 'allege', 'statement'],
  ['claims claim praise defense defence endorsement', 'assert', 'statement'],
  ['opposition concerns concern fears fear worries doubts skepticism scepticism disdain admiration', 'assert', 'belief'],
  ['denial denials rejection', 'deny', 'statement'],
  ['demands demand warnings warning', 'predict', 'statement'],
];
const PREP_CUES = new Map<string, CueDef>();
for (const [forms, stance, kind] of PREP_ROWS) for (const f of forms.split(' ')) PREP_CUES.set(f, cueDef([f], stance, kind));
/** nouns taking an infinitive that states an intention: "their plan to cut taxes", "his refusal to testify" */
const TO_CUES = new Set('promise promises pledge pledges vow vows threat threats commitment call calls'.split(' '));
const INTENTION: CueDef = cueDef(['plan'], 'predict', 'intention');
const HOLDER_PREP = /^(?:of|for|about|on|against|over|toward|towards)$/;
/** nouns that name a deed when a place follows: "the group's defence of Mosul" is fighting, not arguing */
const DEED_OF_PLACE = new Set(['defense', 'defence']);

/** holders named by a possessive: third person only ("my plan to …" is the writer's, not a source's) */
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
export function nounCue(s: Scan, u: Unit, i: number, afterPossessive = false): Draft | null {
  const t = s.tokens[i]!;
  if (i === u.t0) return null;
  // the tagger reads "promises" in "His promises to …" as a verb; after a possessive it can only be a noun
  const possessed = afterPossessive && (POSSESSIVE_DETERMINER.test(s.tokens[i - 1]!.norm) || /^['’]s$/.test(s.tokens[i - 1]!.norm));
  if (t.pos !== 'NOUN' && !possessed) return null;
  const def = NOUN_CUES.get(t.norm);
  if (!def || !/^(?:that|by)$/.test(s.tokens[i + 1]?.norm ?? '')) return complementCue(s, u, i);
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

/** The holder before a noun cue: "the ministry's (earlier) criticism", "her support". */
function holderBefore(s: Scan, u: Unit, i: number): Subject | null {
  let k = i - 1;
  while (k > u.t0 && s.tokens[k]!.pos === 'ADJ') k--;
  const pk = s.tokens[k]!;
  if (/^['’]s$/.test(pk.norm)) return possessor(s, u, k);
  return POSSESSIVE_PRONOUN.test(pk.norm) ? { from: k, to: k, coreFrom: k, coreTo: k, chain: [] } : null;
}

/** Whether tokens [a, b] are a place name (a country, a city, a region) and nothing more, after an article if any. */
function placeOnly(s: Scan, a: number, b: number): boolean {
  const at = s.tokens[a]!.norm === 'the' && a < b ? a + 1 : a;
  const [start, end] = [s.tokens[at]!.start, s.tokens[b]!.end];
  return s.mentions.some((m) => m.start === start && m.end === end && (m.type === 'GPE' || m.type === 'LOC'));
}

/** "X's criticism of P", "his plan to P": a held view with a prepositional or infinitive complement. */
function complementCue(s: Scan, u: Unit, i: number): Draft | null {
  const next = s.tokens[i + 1];
  if (!next) return null;
  const toVerb = next.norm === 'to' && TO_CUES.has(s.tokens[i]!.norm) && s.tokens[i + 2]?.pos === 'VERB';
  const def = toVerb ? INTENTION : HOLDER_PREP.test(next.norm) ? PREP_CUES.get(s.tokens[i]!.norm) : undefined;
  if (!def) return null;
  const subject = holderBefore(s, u, i);
  if (!subject) return null;
  const who = classifySpeaker(s, subject.coreFrom, subject.coreTo, subject.from, subject.to);
  if (!who || !who.agent) return null;
  const from = toVerb ? i + 1 : i + 2;
  let k = from;
  // the complement ends before the sentence's own verb or a clause boundary
  for (; k < u.t1; k++) {
    const n = s.tokens[k]!;
    if (PUNCT_BOUNDARY.has(n.norm) || /^(?:that|which|who|because|while|but|and)$/.test(n.norm) && k > from) break;
    if (!toVerb && (n.pos === 'AUX' || (n.pos === 'VERB' && !n.norm.endsWith('ing')))) break;
  }
  if (k <= from || s.inTime[from]) return null; // "his remarks on Saturday": a time, not a topic
  if (DEED_OF_PLACE.has(s.tokens[i]!.norm) && placeOnly(s, from, k - 1)) return null;
  let end = s.tokens[k - 1]!.end;
  if (toVerb) end = clauseBeforeMatrixVerb(s, u, from + 1, end);
  const cueTo = toVerb ? i : i + 1;
  return { unit: u, def: cueDef([s.tokens[i]!.norm], def.stance, def.kind, def), cueFrom: i, cueTo, subject, who, content: { start: s.tokens[from]!.start, end, quote: false, chain: [] }, chain: [] };
}
