/** The subject a later cue shares with its sentence, and the antecedent a relative pronoun reports for. */
import type { Unit } from '../../lib/claims-text.js';
import { BETWEEN_SUBJECT_AND_CUE, SUBJECT_PRONOUN, TIME_WORD, canSpeak } from './lexicon.js';
import { PUNCT_BOUNDARY, capitalised, type Scan } from './scan.js';
import { classifySpeaker } from './speaker.js';
import type { Subject } from './subject.js';

export const BE = /^(?:is|are|was|were|been|being|be)$/;

/** prepositions that stay inside a noun phrase ("a claim against Uzbekistan", "the head of the service") */
const NP_PREP = /^(?:of|against|about|over|on|from|by|in|for|with|at)$/;

/** "…, who confirmed" / "a claim, which X denied": the relative pronoun's antecedent is the noun phrase before it. */
export function antecedent(s: Scan, u: Unit, at: number, speaking = false): Subject | null {
  let end = at - 1;
  if (end >= u.t0 && s.tokens[end]!.norm === ',') end--;
  const last = end;
  while (end > u.t0 && (s.inTime[end] || TIME_WORD.test(s.tokens[end]!.norm))) end--; // "a letter from his doctor Friday afternoon that says"
  if (end < last && end > u.t0 && /^(?:on|in|at|during)$/.test(s.tokens[end]!.norm)) end--; // "… on Friday that says"
  let a = end + 1;
  let start = -1; // the leftmost determiner or proper name opening a noun phrase
  for (let k = end; k >= u.t0; k--) {
    const t = s.tokens[k]!;
    if (PUNCT_BOUNDARY.has(t.norm) || /^(?:VERB|AUX|SCONJ|CCONJ|PRON)$/.test(t.pos) || t.norm === 'to') break;
    if (t.pos === 'ADP' && !(NP_PREP.test(t.norm) && k > u.t0 && /^(?:NOUN|PROPN)$/.test(s.tokens[k - 1]!.pos))) break;
    a = k;
    if (t.pos === 'DET' || (t.pos === 'PROPN' && (k === u.t0 || s.tokens[k - 1]!.pos !== 'PROPN'))) start = k;
  }
  // past leading modifiers ("only the mayor"), and for "who" not into a noun's prepositional phrase ("members of the
  // group, who said"; with "which" the group itself speaks: "members of the government, which denied")
  const person = speaking && s.tokens[at]!.norm === 'who';
  if (start >= 0 && start > a && !(person && s.tokens.slice(a, start).some((t) => t.pos === 'ADP'))) a = start;
  // "a blow for X, who said": a common noun that cannot speak before the preposition leaves the phrase after it to speak
  // (an antecedent that is what is said keeps the whole phrase: "an accusation against X, which Y rejected")
  for (let k = a + 1; speaking && k < end; k++) {
    const t = s.tokens[k]!;
    const noun = s.tokens[k - 1]!;
    if (t.pos === 'ADP' && NP_PREP.test(t.norm) && noun.pos === 'NOUN' && !canSpeak(noun.norm)) a = k + 1; // "praise from the head of …"
  }
  if (a > end || end < u.t0) return null;
  return { from: a, to: end, coreFrom: a, coreTo: end, chain: [] };
}

/**
 * The sentence's subject when a later cue shares it: "X, a lawyer, bemoaned Y and said P", "In May, X granted Y, saying P".
 * Skips an opening connective or time phrase, an appositive, adverbs and auxiliaries before the subject's own verb.
 */
export function leadSubject(s: Scan, u: Unit, before: number): Subject | null {
  let a = u.t0;
  while (a < before && /^(?:CCONJ|ADV|INTJ)$/.test(s.tokens[a]!.pos) && !PUNCT_BOUNDARY.has(s.tokens[a]!.norm)) a++; // "But", "Meanwhile"
  if (s.tokens[a]?.norm === ',') a++;
  a = afterDateline(s, u, a, before);
  const opener = introComma(s, u, a, before);
  if (opener >= 0) a = opener + 1;
  // "On Thursday, however, X …": a connective between commas after the opening phrase
  if (opener >= 0 && s.tokens[a]?.pos === 'ADV' && s.tokens[a + 1]?.norm === ',') a += 2;
  let b = a;
  // (a capitalised word after a name is part of it, whatever its tag: "The Valley Herald filed …")
  const namePart = (k: number) => k > a && s.tokens[k]!.pos === 'VERB' && s.tokens[k - 1]!.pos === 'PROPN' && capitalised(s, k);
  // "A reporter for USA Today …", "The mayor of Kulob …": a prepositional phrase after the noun (not a date)
  const postmodifier = (k: number) =>
    k > a && /^(?:of|for|at|from|in)$/.test(s.tokens[k]!.norm) && /^(?:NOUN|PROPN)$/.test(s.tokens[k - 1]!.pos) && /^(?:DET|PROPN|NOUN|ADJ)$/.test(s.tokens[k + 1]?.pos ?? '') && !s.inTime[k + 1];
  while (b < before && (/^(?:PROPN|NOUN|DET|ADJ|NUM|PART|PRON)$/.test(s.tokens[b]!.pos) || joinsNames(s, b) || namePart(b) || postmodifier(b)) && !PUNCT_BOUNDARY.has(s.tokens[b]!.norm) && !(b > a && /^(?:PRON)$/.test(s.tokens[b]!.pos) && /^(?:PROPN|NOUN)$/.test(s.tokens[b - 1]!.pos)) && !(b > a && pastReadAsAdjective(s, b))) b++;
  if (b === a) return null;
  const np = b - 1;
  let v = b;
  if (s.tokens[v]?.norm === ',') {
    // past an appositive: "X, her opponent, said"; a relative clause inside it is fine ("X, who lost, conceded")
    let k = v + 1;
    while (k < before && k < v + 25 && s.tokens[k]!.norm !== ',' && !/^[.;:()“”"]$/.test(s.tokens[k]!.norm)) k++;
    if (s.tokens[k]?.norm !== ',' || k >= before) return null;
    v = k + 1;
  }
  let copula = false; // "X was upfront about Y, saying …", "X has been on the sidelines, arguing …"
  // "The council on Friday made …": a date between the subject and its verb
  if (v < before && s.tokens[v]!.pos === 'ADP' && s.inTime[v + 1]) v++;
  while (v < before && s.inTime[v]) v++;
  while (v < before && (s.tokens[v]!.pos === 'ADV' || BETWEEN_SUBJECT_AND_CUE.has(s.tokens[v]!.norm) || BE.test(s.tokens[v]!.norm))) {
    if (BE.test(s.tokens[v]!.norm)) copula = true;
    v++;
  }
  const verb = s.tokens[v];
  if (!verb || v >= before || (!copula && !/^(?:VERB|AUX)$/.test(verb.pos) && !pastReadAsAdjective(s, v)) || (verb.norm.endsWith('ing') && !copula)) return null; // "X is filing a complaint, claiming …"
  const who = classifySpeaker(s, a, np, a, np);
  return who && who.agent ? { from: a, to: np, coreFrom: a, coreTo: np, chain: [] } : null;
}

/** "Roe belittled the issue": a past form the tagger read as an adjective, between a name and its object */
const pastReadAsAdjective = (s: Scan, k: number): boolean =>
  s.tokens[k]!.pos === 'ADJ' && /[^e]ed$/.test(s.tokens[k]!.norm) && /^(?:PROPN|PRON)$/.test(s.tokens[k - 1]?.pos ?? '') && /^(?:DET|PRON|PROPN)$/.test(s.tokens[k + 1]?.pos ?? '');

/** "Donald Trump and Hillary Clinton vied …": "and" between two names inside one subject */
const joinsNames = (s: Scan, k: number): boolean =>
  s.tokens[k]!.norm === 'and' && (s.tokens[k - 1]?.pos === 'PROPN' || capitalised(s, k - 1)) && (s.tokens[k + 1]?.pos === 'PROPN' || (s.tokens[k + 1]?.norm === 'the' && s.tokens[k + 2]?.pos === 'PROPN'));

/** "ORLANDO, Fla. (Reuters) — X met …": the token after a dateline's dash, else `a` */
function afterDateline(s: Scan, u: Unit, a: number, before: number): number {
  for (let k = a; k < Math.min(before, a + 10); k++) {
    const t = s.tokens[k]!;
    if (/^[—–]$/.test(t.norm)) return k > a ? k + 1 : a;
    if (t.pos !== 'PROPN' && !capitalised(s, k) && !/^[,().]$/.test(t.norm)) return a;
  }
  return a;
}

/** The comma closing an opening time or prepositional phrase ("In August,", "On Tuesday night,", "According to X,"), or -1. */
function introComma(s: Scan, u: Unit, a: number, before: number): number {
  const t = s.tokens[a];
  if (!t || !(t.pos === 'ADP' || s.inTime[a] || (t.norm === 'according' && s.tokens[a + 1]?.norm === 'to'))) return -1;
  for (let k = a + 1; k < Math.min(before, a + 14); k++) { // "During a national security speech earlier in the day,"
    const n = s.tokens[k]!;
    if (n.norm === ',') return k;
    if (/^(?:VERB|AUX)$/.test(n.pos) || PUNCT_BOUNDARY.has(n.norm)) return -1;
  }
  return -1;
}

/** recordings ("footage of X saying") and verbs that show or let one hear someone speaking ("shows X saying") */
const RECORDING = /^(?:footage|videos?|clips?|recordings?|audio|tapes?)$/;
const SHOWING = /^(?:show|shows|showed|showing|shown|heard|hear|hears|saw|see|sees|seen|captured|caught|depicts|depicted|features|featured)$/;

/**
 * "footage of X saying …", "a video shows X asking …": the name (or object pronoun) just before a speaking
 * participle, after "of" a recording or after a verb of showing, hearing or seeing; null otherwise.
 */
export function shownSpeaker(s: Scan, u: Unit, p: number): Subject | null {
  const last = s.tokens[p];
  if (p <= u.t0 || !last) return null; // a participle opening its sentence has no one shown before it
  let a = p;
  if (!/^(?:him|her|them)$/.test(last.norm)) {
    if (last.pos !== 'PROPN') return null;
    while (a - 1 > u.t0 && s.tokens[a - 1]!.pos === 'PROPN') a--;
  }
  const before = s.tokens[a - 1];
  if (a - 1 < u.t0 || !before) return null;
  const shown = before.norm === 'of' ? RECORDING.test(s.tokens[a - 2]?.norm ?? '') : SHOWING.test(before.norm) && before.pos === 'VERB';
  return shown ? { from: a, to: p, coreFrom: a, coreTo: p, chain: [] } : null;
}

const SUBORDINATOR = /^(?:after|before|when|while|because|since|although|though|once|until|as|if)$/;

/**
 * "X described Y as a disgrace after she attacked Z and blamed W": a verb coordinated inside a subordinate clause
 * shares that clause's pronoun subject, not the sentence's. `and` is the coordinator's index; null when the verb
 * before it does not open such a clause.
 */
export function subordinateSubject(s: Scan, u: Unit, and: number): Subject | null {
  for (let v = and - 1; v > u.t0 + 1; v--) {
    const t = s.tokens[v]!;
    if (PUNCT_BOUNDARY.has(t.norm)) return null;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    const pron = v - 1;
    return SUBJECT_PRONOUN.test(s.tokens[pron]!.norm) && SUBORDINATOR.test(s.tokens[pron - 1]!.norm)
      ? { from: pron, to: pron, coreFrom: pron, coreTo: pron, chain: [] }
      : null;
  }
  return null;
}

