/** Finding who speaks before a cue ("X, a researcher, said"), or none (elided, negated); after it is after.ts. */
import type { ChainLink } from '../../../core/doc.js';
import { mentionsIn, quoteAt, type Unit } from '../../lib/claims-text.js';
import { BETWEEN_SUBJECT_AND_CUE, CLAUSE_WORDS, MEDIUM_NOUNS, NEGATORS, POSSESSIVE_DETERMINER, QUANTIFIER, ROLE_HEADS, SHARE, SUBJECT_PRONOUN } from './lexicon.js';
import { PUNCT_BOUNDARY, QUOTE_OPEN, capitalised, chainLink, compoundTail, nameElsewhere, type Scan } from './scan.js';

export interface Subject {
  /** token range of the whole source (core plus appositives and relative clauses), inclusive */
  from: number;
  to: number;
  /** token range of the speaker's own noun phrase, inclusive */
  coreFrom: number;
  coreTo: number;
  chain: ChainLink[];
}

export type SubjectResult =
  | { kind: 'found'; subject: Subject; objectOf?: number } // objectOf: "a claim, which officials denied" — the relative pronoun

  | { kind: 'elided'; at: number; relative: boolean; to?: number } // "… but hoped", "…, who confirmed"
  | { kind: 'negated' }
  | { kind: 'none' };

const isBoundary = (s: Scan, u: Unit, k: number): boolean => {
  const t = s.tokens[k]!;
  if (PUNCT_BOUNDARY.has(t.norm)) return true;
  if (!CLAUSE_WORDS.has(t.norm)) return false;
  // "Webber and Valle said", "sources in Tajikistan and north-eastern Afghanistan told": "and" inside one noun phrase
  if (t.norm === 'and' && k > u.t0 && k + 1 < u.t1) return !((nounBefore(s, u, k - 1) || SUBJECT_PRONOUN.test(s.tokens[k - 1]!.norm)) && (/^(?:PROPN|NOUN|ADJ|DET|ADV)$/.test(s.tokens[k + 1]!.pos) || POSSESSIVE_DETERMINER.test(s.tokens[k + 1]!.norm)) && !hasVerbBack(s, u, k - 1));
  return true;
};

const ARTICLE = /^(?:a|an|the)$/;

/** a noun ends at token k, or a short parenthetical after a name does ("Sen. Jane Roe (D-Wis.) and Sen. Ann Poe said") */
const nounBefore = (s: Scan, u: Unit, k: number): boolean =>
  /^(?:PROPN|NOUN)$/.test(s.tokens[k]!.pos) || (s.tokens[k]!.norm === ')' && endsName(s, u, k));

/**
 * "Jane Roe, Ann Poe and Tom Loe said": the names listed before a coordination of names, each between commas.
 * Returns where the list starts (`from` when there is none); a list must open its clause ("In Boston, X and Y said" has none).
 */
function listStart(s: Scan, u: Unit, from: number, j: number): number {
  if (!endsName(s, u, j) || !s.tokens.slice(from, j).some((t) => t.norm === 'and')) return from;
  let start = from;
  for (let c = from - 1; c > u.t0 && s.tokens[c]!.norm === ','; ) {
    let a = c - 1;
    if (s.tokens[a]!.norm === ')') a = openParen(s, u, a) - 1;
    if (a < u.t0 || s.tokens[a]!.pos !== 'PROPN') break;
    while (a - 1 >= u.t0 && s.tokens[a - 1]!.pos === 'PROPN') a--;
    if (a > u.t0 && !PUNCT_BOUNDARY.has(s.tokens[a - 1]!.norm)) break;
    start = a;
    c = a - 1;
  }
  if (start === from || (start > u.t0 && s.tokens[start - 1]!.norm === ',')) return from;
  // "Sens. Jane Roe, …": a title's point before the first name
  const dot = s.tokens[start - 1];
  return dot?.norm === '.' && start - 2 >= u.t0 && s.tokens[start - 2]!.end === dot.start && s.tokens[start - 2]!.pos === 'PROPN' ? start - 2 : start;
}

/** a finite verb between the previous punctuation and token `j` ("The troops arrived and officials said") */
function hasVerbBack(s: Scan, u: Unit, j: number): boolean {
  for (let k = j; k >= u.t0 && !PUNCT_BOUNDARY.has(s.tokens[k]!.norm); k--) {
    if (CLAUSE_WORDS.has(s.tokens[k]!.norm) && s.tokens[k]!.norm !== 'and') return false;
    if (isVerb(s, k)) return true;
  }
  return false;
}

/** a verb that is no capitalised name the tagger misread ("Josh Earnest said") */
export function isVerb(s: Scan, k: number): boolean {
  const t = s.tokens[k]!;
  if ((t.pos !== 'VERB' && t.pos !== 'AUX') || compoundTail(s, k)) return false;
  const c = s.text.charCodeAt(t.start);
  if (c >= 65 && c <= 90 && k > 0 && mentionsIn(s.mentions, t.start, t.end).length > 0) return false; // "The Valley Herald charged"
  if (c >= 65 && c <= 90 && k > 0 && s.tokens[k - 1]!.pos === 'DET') return false; // "from the Concord area": a name after an article
  // "Josh Earnest said"; "Ted Cruz, a senator, said" at the very start of a text or after a closing quotation
  return !(c >= 65 && c <= 90 && (k === 0 || !PUNCT_BOUNDARY.has(s.tokens[k - 1]!.norm) || /^[.!?”"]$/.test(s.tokens[k - 1]!.norm)) && s.tokens[k + 1]?.pos === 'PROPN');
}

/** Index of the preposition starting a time or medium phrase that ends at j ("in October", "in a statement on Friday"), or -1. */
function ppStartBack(s: Scan, u: Unit, j: number): number {
  if (j >= u.t0 && s.tokens[j]!.pos === 'PRON' && /^(?:i|you|he|she|we|they)$/.test(s.tokens[j]!.norm)) return -1; // "in September she said": the subject follows the phrase
  let hasTimeOrMedium = false;
  for (let k = j; k >= Math.max(u.t0, j - 10); k--) {
    const t = s.tokens[k]!;
    if (s.inTime[k]) hasTimeOrMedium = true;
    else if (PUNCT_BOUNDARY.has(t.norm) || CLAUSE_WORDS.has(t.norm)) return -1; // "in the video in which he announced": a clause, not an adjunct
    if (MEDIUM_NOUNS.has(t.norm)) hasTimeOrMedium = true;
    if (t.pos === 'ADP' && /^(?:in|on|at|during|via|through|over)$/.test(t.norm)) {
      if (hasTimeOrMedium && k > u.t0) return k;
    }
  }
  return -1;
}

/** "in" of "in October": a preposition whose object is a time expression */
const timePreposition = (s: Scan, j: number) => s.tokens[j]!.pos === 'ADP' && s.inTime[j + 1] === 1 && /^(?:in|on|at|during|since|by)$/.test(s.tokens[j]!.norm);

/** "this week", "last night" between a subject and its cue, which the time layer may leave unresolved */
const TIME_NOUN = /^(?:week|weekend|month|year|night|morning|afternoon|evening)$/;
const TIME_DET = /^(?:this|last|that|next)$/;
const relativeTime = (s: Scan, u: Unit, j: number) =>
  (TIME_NOUN.test(s.tokens[j]!.norm) && j - 1 >= u.t0 && TIME_DET.test(s.tokens[j - 1]!.norm)) ||
  (TIME_DET.test(s.tokens[j]!.norm) && TIME_NOUN.test(s.tokens[j + 1]?.norm ?? ''));

/** "Most said", "Many fear": a quantifier opening its clause, which the tagger may read as an adverb, is the subject */
const quantifierSubject = (s: Scan, u: Unit, j: number): boolean =>
  (QUANTIFIER.test(s.tokens[j]!.norm) && (j === u.t0 || PUNCT_BOUNDARY.has(s.tokens[j - 1]!.norm))) ||
  (j === u.t0 && nameElsewhere(s, j)); // "Jolly said": a name the tagger read as an adverb

/** quantifiers that may float after the subject they quantify */
const FLOATING = /^(?:all|each|both)$/;

/** Walks back over adverbs, auxiliaries and time/medium phrases; returns the last subject token index. */
export function skipToSubjectEnd(s: Scan, u: Unit, ci: number): number {
  let j = ci - 1;
  for (let guard = 0; guard < 6; guard++) {
    while (j >= u.t0 && !NEGATORS.has(s.tokens[j]!.norm) && (BETWEEN_SUBJECT_AND_CUE.has(s.tokens[j]!.norm) || (s.tokens[j]!.pos === 'ADV' && !quantifierSubject(s, u, j)) || s.inTime[j] || timePreposition(s, j) || relativeTime(s, u, j))) j--;
    if (j > u.t0 && FLOATING.test(s.tokens[j]!.norm) && (nounBefore(s, u, j - 1) || /^(?:they|we|you)$/.test(s.tokens[j - 1]!.norm))) {
      j--; // "The senators all said", "Roe and Poe both said": a quantifier floated after its subject
      continue;
    }
    if (j > u.t0 && s.tokens[j]!.norm === ')') {
      // "Sen. Jane Roe (D-Wis.) said": a short parenthetical closes the name
      let o = j - 1;
      while (o > Math.max(u.t0, j - 8) && s.tokens[o]!.norm !== '(' && s.tokens[o]!.norm !== ')') o--;
      if (s.tokens[o]!.norm === '(' && o > u.t0) {
        j = o - 1;
        continue;
      }
    }
    if (j > u.t0 && /^[—–]$/.test(s.tokens[j]!.norm)) {
      // "Many speakers — including X and Y — said": a parenthetical between dashes sits between the subject and the cue
      let o = j - 1;
      while (o > Math.max(u.t0, j - 30) && !/^[—–.;:!?]$/.test(s.tokens[o]!.norm)) o--;
      if (/^[—–]$/.test(s.tokens[o]!.norm) && o > u.t0 && o < j - 1) {
        j = o - 1;
        continue;
      }
    }
    const pp = ppStartBack(s, u, j);
    if (pp < 0) break;
    j = pp - 1;
  }
  return j;
}

function chunkBack(s: Scan, u: Unit, j: number): number {
  let k = j;
  for (;;) {
    while (k >= u.t0 && !isBoundary(s, u, k)) k--;
    // "Sen. Jane Roe (D-Wis.) and Sen. Ann Poe said": a name's parenthetical before "and" stays in the chunk
    if (k > u.t0 && k < j && s.tokens[k]!.norm === ')' && s.tokens[k + 1]!.norm === 'and' && endsName(s, u, k)) k = openParen(s, u, k) - 1;
    else return k; // boundary index (or t0-1); the chunk is k+1..j
  }
}

/** a finite verb inside a would-be subject; "armed men", "escaping" are modifiers, not verbs */
const hasVerb = (s: Scan, a: number, b: number) => {
  for (let k = a; k <= b; k++) {
    const t = s.tokens[k]!;
    if (t.pos !== 'VERB' || t.norm.endsWith('ing') || !isVerb(s, k)) continue;
    if (k > a && ARTICLE.test(s.tokens[k - 1]!.norm)) continue; // "a founder of the think tank X": a verb form after an article is a noun
    if (t.norm.endsWith('ed') && k > a && /^(?:DET|ADJ|ADV|ADP)$/.test(s.tokens[k - 1]!.pos)) continue;
    if (t.norm.endsWith('ed') && k === a && k < b && /^(?:NOUN|ADJ)$/.test(s.tokens[k + 1]!.pos)) continue; // "Elected officials"
    // "a customer based in Boston", "a group known as …": a participle after its noun, then a preposition
    if (/(?:ed|en|wn|rn)$/.test(t.norm) && k > a && /^(?:NOUN|PROPN)$/.test(s.tokens[k - 1]!.pos) && s.tokens[k + 1]?.pos === 'ADP') continue;
    return true;
  }
  return false;
};

/** "…, which X denied", "the report that X denied": a relative pronoun whose antecedent is the cue's object. */
function objectRelative(s: Scan, u: Unit, k: number): boolean {
  const n = s.tokens[k]!.norm;
  const prev = s.tokens[k - 1];
  if (!prev || k - 1 < u.t0) return false;
  if (n === 'which' || n === 'whom') return prev.norm === ',' || prev.pos === 'NOUN';
  return n === 'that' && prev.pos === 'NOUN';
}

/** Source before the cue at token `ci`. */
export function subjectBefore(s: Scan, u: Unit, ci: number, negatable = false): SubjectResult {
  let j = skipToSubjectEnd(s, u, ci);
  // "X has not said", "X isn't saying": a negated report is still X's attribution (what X withholds or denies);
  // a negated thought or deed ("do not show", "would not recognize") is none
  if (negatable && j > u.t0 && /^(?:not|n't|n’t|never)$/.test(s.tokens[j]!.norm)) j = skipToSubjectEnd(s, u, j);
  if (j >= u.t0 && NEGATORS.has(s.tokens[j]!.norm)) return { kind: 'negated' };
  if (j < u.t0 || s.tokens[j]!.norm === 'to') return { kind: 'none' }; // "to assert": an infinitive
  // "a cable from October 2008 describes": a date after "from" or "of" belongs to the noun before it, not to the verb
  if (j > u.t0 && /^(?:from|of|dated)$/.test(s.tokens[j]!.norm) && s.inTime[j + 1] && /^(?:NOUN|PROPN)$/.test(s.tokens[j - 1]!.pos)) {
    while (j + 1 < ci && s.inTime[j + 1]) j++;
  }
  let k = freeRelative(s, u, chunkBack(s, u, j), j, ci);
  // "officials in countries such as Russia said": the examples after "such as" end a longer subject, which speaks
  if (k > u.t0 + 1 && s.tokens[k]!.norm === 'as' && s.tokens[k - 1]!.norm === 'such') k = chunkBack(s, u, k - 2);
  if (k >= u.t0 && k < j && objectRelative(s, u, k) && !hasVerb(s, k + 1, j)) {
    return { kind: 'found', subject: { from: k + 1, to: j, coreFrom: k + 1, coreTo: j, chain: [] }, objectOf: k };
  }
  const restrictive = k >= u.t0 && k < j ? restrictiveRelative(s, u, k, j) : null;
  if (restrictive) return { kind: 'found', subject: restrictive };
  if (k >= u.t0 && /^(?:who|which|whose)$/.test(s.tokens[k]!.norm) && s.tokens[k - 1]?.norm === ',') {
    const walk = appositiveWalk(s, u, k - 1, j); // "a source at X, which operates under Y, told"
    // "The plan was drafted by X, who said": no subject before the clause, the relative pronoun's antecedent speaks
    return walk.kind === 'none' ? { kind: 'elided', at: k, relative: true } : walk;
  }
  if (k < j) {
    const mod = reducedRelative(s, k + 1, j);
    if (hasVerb(s, k + 1, mod < 0 ? j : mod - 1)) return { kind: 'none' };
    // "a strategy he warned": a pronoun right before the cue is the subject on its own
    let from = s.tokens[j]!.pos === 'PRON' && j > k + 1 && !/^(?:him|her|them|me|us|his|hers|theirs|ours|mine|yours)$/.test(s.tokens[j]!.norm) ? j : k + 1; // not "people close to him said"
    // "On May 19 reports from X claimed", "Meanwhile Trump said", "Last week Roe said"
    while (from < j && (s.inTime[from] || timePreposition(s, from) || s.tokens[from]!.pos === 'ADV' || relativeTime(s, u, from))) from++;
    // "His calls for a pier went unanswered": a possessive before the cue makes the cue a noun, not a verb with a subject
    if (from === j && j === ci - 1 && POSSESSIVE_DETERMINER.test(s.tokens[j]!.norm)) return { kind: 'none' };
    if (from === k + 1) from = listStart(s, u, from, j);
    from = contactSubject(s, from, j);
    return { kind: 'found', subject: { from, to: j, coreFrom: from, coreTo: mod > from ? mod - 1 : j, chain: [] } };
  }
  const t = s.tokens[k]!;
  // "farmers, many of whom say": the antecedent speaks through its share, the source running to the pronoun
  if (/^(?:whom|which)$/.test(t.norm) && s.tokens[k - 1]?.norm === 'of' && SHARE.test(s.tokens[k - 2]?.norm ?? '') && s.tokens[k - 3]?.norm === ',') {
    return { kind: 'elided', at: k - 2, relative: true, to: k };
  }
  if (CLAUSE_WORDS.has(t.norm)) return { kind: 'elided', at: k, relative: /^(?:who|which|that)$/.test(t.norm) };
  // "X, who calls Y a “sociopath,” said": a quotation opened inside a relative clause, the comma within its marks
  if (s.tokens[k - 1]?.norm === ',' && quotedInRelative(s, u, t.start)) return appositiveWalk(s, u, k - 1);
  if (QUOTE_OPEN.has(t.norm) && quoteAt(s.quotes, t.start - 1)?.close === t.start) return { kind: 'none' }; // a closing '"': "…," X said
  return appositiveWalk(s, u, QUOTE_OPEN.has(t.norm) ? k - 1 : k);
}

/**
 * "It was the third time AROS said …", "This is the plan he said would work": after a copula, a name or a pronoun
 * right after a noun opens a relative clause without "that", whose subject it is. Returns where the subject starts.
 */
function contactSubject(s: Scan, from: number, j: number): number {
  let cop = -1;
  for (let w = from; w < j; w++) if (s.tokens[w]!.pos === 'AUX' && /^(?:is|was|are|were)$/.test(s.tokens[w]!.norm)) cop = w;
  if (cop < 0) return from;
  for (let p = cop + 2; p <= j; p++) {
    const t = s.tokens[p]!;
    if (s.tokens[p - 1]!.pos === 'NOUN' && (t.pos === 'PROPN' || SUBJECT_PRONOUN.test(t.norm))) return p;
  }
  return from;
}

/**
 * "amounted to what the senators said was P", "This is what X says is P": inside a free relative whose report runs
 * on into a verb, the subject starts after "what" (the chunk had run back over the clause before it). Returns the
 * chunk boundary to use.
 */
function freeRelative(s: Scan, u: Unit, k: number, j: number, ci: number): number {
  if (!/^(?:said|says|say)$/.test(s.tokens[ci]!.norm) || !/^(?:is|was|are|were|would|will|had|has)$/.test(s.tokens[ci + 1]?.norm ?? '')) return k;
  for (let w = j - 1; w > k + 1; w--) if (s.tokens[w]!.norm === 'what') return w;
  return k;
}

/**
 * "Officials who spoke on condition of anonymity said", "a study that appeared in a journal found": a relative clause
 * without commas (at token `rel`) describes the noun phrase before it, which speaks; the source runs to `j`.
 */
function restrictiveRelative(s: Scan, u: Unit, rel: number, j: number): Subject | null {
  if (!/^(?:who|that|which)$/.test(s.tokens[rel]!.norm) || rel - 1 < u.t0 || j - rel > 16) return null;
  const ante = s.tokens[rel - 1]!;
  if (!(/^(?:NOUN|PROPN|PRON)$/.test(ante.pos) || ante.norm === 'those') || !hasVerb(s, rel + 1, j)) return null;
  const c = chunkBack(s, u, rel - 1);
  if (c >= rel - 1 || hasVerb(s, c + 1, rel - 1)) return null;
  const from = c + 1;
  if (/^(?:PRON|DET)$/.test(s.tokens[from]!.pos) && from === rel - 1 && !/^(?:those|some|many|others|anyone|everyone|someone|all)$/.test(s.tokens[from]!.norm)) return null; // "he who", "it that"
  return { from, to: j, coreFrom: from, coreTo: rel - 1, chain: [] };
}

/**
 * "The survey released Friday shows", "figures published by the agency show": a past participle right after the noun,
 * followed by "by", a time (or a preposition and a time) or nothing, is a reduced relative clause, not the subject's
 * verb. Returns its index or -1.
 */
function reducedRelative(s: Scan, a: number, b: number): number {
  // "the experts I interviewed said": an object relative without "that" closing the subject
  const last = s.tokens[b]!;
  if (b - 2 >= a && last.pos === 'VERB' && /^(?:i|we|he|she|they|you)$/.test(s.tokens[b - 1]!.norm) && s.tokens[b - 2]!.pos === 'NOUN') return b - 1;
  for (let k = a + 1; k <= b; k++) {
    const t = s.tokens[k]!;
    if (t.pos !== 'VERB' || !/(?:ed|en|wn)$/.test(t.norm) || !/^(?:NOUN|PROPN)$/.test(s.tokens[k - 1]!.pos)) continue;
    // passive, so transitive: "released Friday", "obtained by X", "published in May"; not "X remained on the list"
    const next = s.tokens[k + 1];
    if (k === b || !next || next.norm === 'by' || s.inTime[k + 1] || (next.pos === 'ADP' && s.inTime[k + 2])) return k;
  }
  return -1;
}

/** "X, a researcher, said" / "one of his colleagues, who wished to remain anonymous, said" / "X, according to Y, confirmed". */
function appositiveWalk(s: Scan, u: Unit, end: number, initialTo = -1): SubjectResult {
  const chain: ChainLink[] = [];
  let to = initialTo;
  for (let guard = 0; guard < 6 && end >= u.t0; guard++) {
    if (s.tokens[end]!.norm !== ',') break;
    let b = end - 1;
    // segments run comma to comma; a parenthesis inside one ("… Security (GKNB), told") stays in it, and so does an abbreviation's point ("R-Ky.,")
    const back = () => {
      while (b >= u.t0 && (!PUNCT_BOUNDARY.has(s.tokens[b]!.norm) || abbreviationPoint(s, b) || openingMark(s, b))) b--;
    };
    back();
    // "X Research (D) and Y Research (R)": parentheticals inside the segment stay in it
    for (let open: number; b >= u.t0 && s.tokens[b]!.norm === ')' && (open = openParen(s, u, b)) >= 0; back()) b = open - 1;
    let a = b + 1;
    if (a > end - 1) return { kind: 'none' };
    const first = s.tokens[a]!.norm;
    const isAccording = first === 'according' && s.tokens[a + 1]?.norm === 'to';
    const isRelative = /^(?:who|whose|which)$/.test(first);
    const prevEndsName = b >= u.t0 && s.tokens[b]!.norm === ',' && (endsName(s, u, b - 1) || ageAfterName(s, u, b - 1));
    // "X, a former aide who travelled with her, said" (a relative clause inside it), "X, at a later briefing, said"
    // "The survey, conducted for the union, found": a participle and its phrase describe the noun before them
    const prep = s.tokens[a + 1]?.pos === 'ADV' ? a + 2 : a + 1; // "conducted jointly with"
    const participial = s.tokens[a]!.pos === 'VERB' && /(?:ed|en|wn)$/.test(first) && s.tokens[prep]?.pos === 'ADP' && /^(?:NOUN|PROPN)$/.test(s.tokens[b - 1]?.pos ?? '');
    const isAppositive = participial || (prevEndsName && (!hasVerb(s, a, relativeStart(s, a, end - 1) - 1) || (s.tokens[a]!.pos === 'ADP' && !s.tokens.slice(a, end).some((t) => t.pos === 'AUX'))));
    if (isAccording) chain.push(chainLink(s, s.tokens[a + 2]?.start ?? s.tokens[a]!.start, s.tokens[end - 1]!.end, 'via'));
    // "Another cable, from October 2008, describes", "The memo, from the council, said": a date or an origin set off by
    // commas belongs to the noun before it
    const dated = (/^(?:from|of|dated)$/.test(first) && a + 1 < end && datesOnly(s, a + 1, end - 1)) || (first === 'from' && a + 1 < end && !hasVerb(s, a, end - 1));
    if (isAccording || isRelative || isAppositive || dated) {
      if (to < 0 && !isAccording) to = end - 1;
      end = b;
      continue;
    }
    let core = end - 1; // "Sen. Jane Roe (R-Texas), a candidate, said": the name before its parenthetical
    if (s.tokens[core]!.norm === ')' && openParen(s, u, core) > u.t0) core = openParen(s, u, core) - 1;
    a = chunkBack(s, u, core) + 1; // the core subject stops at clause words too ("reported that one of …")
    // "It was a blow to X, who said": a segment with a copula or an auxiliary is a clause, not a subject
    if (a > core || hasVerb(s, a, core) || s.tokens.slice(a, core + 1).some((t) => t.pos === 'AUX')) return { kind: 'none' };
    return { kind: 'found', subject: { from: roleBefore(s, u, a, core), to: Math.max(to, end - 1), coreFrom: a, coreTo: core, chain } };
  }
  return { kind: 'none' };
}

/** Whether tokens [a, b] all lie in time expressions. */
function datesOnly(s: Scan, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (!s.inTime[k]) return false;
  return true;
}

/** a name ends at token k, or a short parenthetical right after one does ("Sen. Jane Roe (R-Texas)") */
function endsName(s: Scan, u: Unit, k: number): boolean {
  if (k < u.t0) return false;
  if (s.tokens[k]!.norm !== ')') return s.tokens[k]!.pos === 'PROPN' || (k > u.t0 && s.tokens[k - 1]!.pos === 'PROPN' && capitalised(s, k)); // "Eric Garner", "Garner" read as a verb
  const open = openParen(s, u, k);
  return open > u.t0 && s.tokens[open - 1]!.pos === 'PROPN';
}
/** "Jane Roe, 63, a voter, said": an age between commas right after a name */
const ageAfterName = (s: Scan, u: Unit, k: number): boolean =>
  k - 2 >= u.t0 && s.tokens[k]!.pos === 'NUM' && /^\d{1,3}$/.test(s.tokens[k]!.norm) && s.tokens[k - 1]!.norm === ',' && endsName(s, u, k - 2);

/** token k opens a quotation (walking back, a quoted word inside a segment: "who calls Y a “sociopath,”") */
const openingMark = (s: Scan, k: number): boolean => /^[“"]$/.test(s.tokens[k]!.norm) && quoteAt(s.quotes, s.tokens[k]!.start + 1)?.open === s.tokens[k]!.start;

/** the quotation closing at `close` opened after a relative pronoun of the same comma-delimited stretch */
function quotedInRelative(s: Scan, u: Unit, close: number): boolean {
  const q = quoteAt(s.quotes, close - 1);
  if (!q || q.close !== close || q.close - q.open > 80) return false;
  let k = u.t0; // the first word after the last comma before the opening mark
  for (let j = u.t0; j < u.t1 && s.tokens[j]!.start < q.open; j++) if (s.tokens[j]!.norm === ',') k = j + 1;
  return k > u.t0 && /^(?:who|which)$/.test(s.tokens[k]!.norm);
}

/** "The group's spokesman, Jane Roe, said": the role before a name and a comma opens the source; returns its start or `a` */
function roleBefore(s: Scan, u: Unit, a: number, core: number): number {
  const comma = a - 1;
  if (comma - 1 < u.t0 || s.tokens[comma]!.norm !== ',' || !ROLE_HEADS.has(s.tokens[comma - 1]!.norm)) return a;
  for (let k = a; k <= core; k++) if (!capitalised(s, k)) return a;
  const r = chunkBack(s, u, comma - 1) + 1;
  return r < comma && !hasVerb(s, r, comma - 1) ? r : a;
}

/** "R-Ky.," — a point closing an abbreviation, attached to its word and followed by a comma. */
function abbreviationPoint(s: Scan, k: number): boolean {
  const t = s.tokens[k]!;
  return t.norm === '.' && k > 0 && s.tokens[k - 1]!.end === t.start && s.tokens[k + 1]?.norm === ',' && s.tokens[k - 1]!.norm.length <= 4;
}

/** Index of the first relative pronoun after a noun in a..b ("a former aide who …"), or b + 1. */
function relativeStart(s: Scan, a: number, b: number): number {
  for (let k = a + 1; k <= b; k++) if (/^(?:who|whom|whose|which|that)$/.test(s.tokens[k]!.norm) && /^(?:NOUN|PROPN)$/.test(s.tokens[k - 1]!.pos)) return k;
  return b + 1;
}

/** Index of the "(" matching the ")" at `close` within a few tokens, else -1. */
function openParen(s: Scan, u: Unit, close: number): number {
  for (let k = close - 1; k >= Math.max(u.t0, close - 8); k--) {
    const n = s.tokens[k]!.norm;
    if (n === '(') return k;
    if (n === ')' || n === ',' || (n === '.' && s.tokens[k - 1]!.end !== s.tokens[k]!.start)) break; // "(R-S.C.)" holds points
  }
  return -1;
}
