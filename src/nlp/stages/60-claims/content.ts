/** Finding what is claimed after a cue: the clause or quotation, where it ends; contents before the cue are in before.ts. */
import type { ChainLink } from '../../../core/doc.js';
import { lastAtOrBefore, quoteAt, type Unit } from '../../lib/claims-text.js';
import { introducedMessage } from './cues.js';
import { CUES, TIME_WORD } from './lexicon.js';
import { PUNCT_BOUNDARY, QUOTE_CLOSE, QUOTE_OPEN, capitalised, chainLink, trimSpan, type Scan } from './scan.js';

/** A content of fewer characters than this reports nothing (a lone word's stub, a cut-down clause). */
export const MIN_CONTENT = 3;

export interface Content {
  start: number;
  end: number;
  quote: boolean;
  chain: ChainLink[];
}

const WORD = String.raw`[A-Z][\p{L}\d&'’-]*(?:\.[\p{L}\d]+)*`;
/** a capitalised name on one line: "The Afghan Islamic Press (AIP) news agency", "EurasiaNet.org" */
const NAME = String.raw`(?!an?\s)((?:the\s+)?${WORD}(?:[ \t]+(?:${WORD}|of|and|for|the|de|al)(?=\s|$|[,.;:)(]))*(?:[ \t]*\([A-Z][A-Za-z]*\))?(?:[ \t]+(?:news[ \t]+agency|television|newspaper|website|radio|channel|agency))?)`;
/** a broadcast or platform after "on": a quoted programme (on CBS's “Face the Nation”), a capitalised name ending in a media word, or an acronym */
const PROGRAM = String.raw`((?:(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,3}\p{Lu}[\p{L}.]*['’]s\s+)?[“"][^”"\n]{2,40}[”"]|(?:\p{Lu}[\p{L}.]*\s+){0,3}(?:News|TV|Television|Radio|Network|Channel|Sunday|Nation|Twitter|Facebook|Instagram|YouTube)\b|\p{Lu}{3,6}\b)`;
/** "in a statement quoted by X", "in an interview with X", "in a piece for X", "for X", "to X" after a cue */
const CHAIN_PP = new RegExp(
  String.raw`\s*,?\s*(?:(?:in|during|at)\s+(?:(?:an?|the|his|her|its|their)\s+)?(?:[a-z][a-z-]+\s+){0,2}(?:statements?|piece|interview|article|op-ed|column|post|speech|address|letter|remarks|comments|report|tweet|video|briefing|message|broadcast|(?:news|press)\s+conference|rally|hearing|event|email|phone\s+call|call)\b(?:\s+(?:quoted\s+by|published\s+by|carried\s+by|with|for|to|on|in)\s+${NAME})?|(?:for|to|with)\s+${NAME}|on\s+condition\s+of\s+anonymity(?:\s+because[^,.;]*)?|on\s+${PROGRAM})`,
  'uy',
);

/** ", citing X," / ", quoting X," between a cue and its "that" */
const CITING = /\s*,\s*(?:citing|quoting)\s+([^,;.:“”"()]{2,90}?)\s*,(?=\s*(?:that\b|[“"]))/uy;

/** the same phrases closing a content: "it fired rockets in a statement quoted by X" */
const CHAIN_TAIL = new RegExp(
  String.raw`,?\s+(?:in|during)\s+(?:an?|the|his|her|its|their)\s+(?:exclusive\s+|recent\s+)?(?:statements?|piece|interview|article|post|speech|address|letter|report|tweet|video|briefing|message)(?:\s+(?:quoted\s+by|published\s+by|carried\s+by|with|for|to|on)\s+${NAME})?$`,
  'u',
);

/** Index of the first token at or after character `pos`. */
function tokenAt(s: Scan, u: Unit, pos: number): number {
  let k = u.t0;
  while (k < u.t1 && s.tokens[k]!.start < pos) k++;
  return k;
}

/** Skips time phrases and chain phrases after a cue, collecting outlets; returns the next token index. */
function stripAfterCue(s: Scan, u: Unit, p: number, chain: ChainLink[]): number {
  for (let guard = 0; guard < 5 && p < u.t1; guard++) {
    const t = s.tokens[p]!;
    const timeWord = (k: number) => s.inTime[k] || (TIME_WORD.test(s.tokens[k]!.norm) && s.tokens[k]!.pos !== 'DET'); // "Friday afternoon"
    if (timeWord(p) || ((t.norm === 'on' || t.norm === 'in') && s.inTime[p + 1])) {
      p++;
      while (p < u.t1 && timeWord(p)) p++;
      continue;
    }
    CITING.lastIndex = s.tokens[p - 1]!.end;
    const cited = CITING.exec(s.text);
    if (cited && CITING.lastIndex <= u.end) {
      // "reported, citing an Iraqi military source, that …": whom the report rests on is a citation link
      const at = s.text.indexOf(cited[1]!, s.tokens[p - 1]!.end);
      chain.push(chainLink(s, at, at + cited[1]!.trimEnd().length, 'citation'));
      p = tokenAt(s, u, CITING.lastIndex);
      continue;
    }
    CHAIN_PP.lastIndex = t.start;
    const m = CHAIN_PP.exec(s.text);
    if (!m || m[0].trim() === '' || CHAIN_PP.lastIndex > u.end) break;
    const name = m[1] ?? m[2] ?? m[3];
    const at = name ? s.text.indexOf(name, t.start) : -1;
    if (name && !s.inTime[tokenAt(s, u, at)]) chain.push(chainLink(s, at, at + name.length, 'outlet')); // not "on Friday"
    p = tokenAt(s, u, CHAIN_PP.lastIndex);
  }
  return p;
}

/** The addressee of "told": "told Asia-Plus" is an outlet; "told me", "told a meeting" are not. */
function skipAddressee(s: Scan, u: Unit, p: number, chain: ChainLink[]): number {
  const a = p;
  const inName = (k: number) => s.tokens[k]!.start === s.tokens[k - 1]!.end && !/^[,;:)“”"]$/.test(s.tokens[k]!.norm); // Asia-Plus, EurasiaNet.org
  const nominal = (k: number) => /^(?:PROPN|NOUN|DET|PRON|ADJ|NUM|PART)$/.test(s.tokens[k]!.pos) && !s.inTime[k] && !TIME_WORD.test(s.tokens[k]!.norm);
  // one noun phrase: "told reporters the pier is safe" stops before the content's own determiner or subject pronoun
  const opensClause = (k: number) => k > a && /^(?:NOUN|PROPN|PRON)$/.test(s.tokens[k - 1]!.pos) && (s.tokens[k]!.pos === 'DET' || /^(?:he|she|they|it|we|i|you)$/.test(s.tokens[k]!.norm));
  while (p < u.t1 && (nominal(p) || (p > a && inName(p))) && s.tokens[p]!.norm !== 'that' && !opensClause(p)) p++;
  if (p === a) return p;
  const first = s.tokens[a]!;
  const named = first.pos === 'PROPN' || (first.norm === 'the' && s.tokens[a + 1]?.pos === 'PROPN');
  if (named) chain.push(chainLink(s, first.start, s.tokens[p - 1]!.end, 'outlet'));
  return p;
}

/** End of the unit's last non-punctuation token. */
function unitEnd(s: Scan, u: Unit): number {
  let k = u.t1 - 1;
  while (k > u.t0 && PUNCT_BOUNDARY.has(s.tokens[k]!.norm) && !QUOTE_CLOSE.has(s.tokens[k]!.norm)) k--;
  return s.tokens[k]!.end;
}

/** words that may stand between a cue and its "that" ("said on Monday that", "told reporters in Moscow that") */
const BEFORE_THAT_STOP = /^(?:[.;:!?()“”"—–]|which|who|whom|whose|where|when|if|because|but|while|and|or)$/;

/** Index just after a complementiser "that" closing the cue's adjuncts, or -1 when the words before it are no adjuncts. */
function thatAhead(s: Scan, u: Unit, p: number, addressee: boolean): number {
  const first = s.tokens[p];
  if (!first || first.norm === 'that') return -1;
  // "replied curtly that P", "said again that P": manner adverbs before the clause
  // (not "so that", nor "proposed just that in 2013": a clause's subject follows the "that")
  if (first.pos === 'ADV' && s.tokens[p + 1]?.norm === 'that' && !/^(?:so|now|such)$/.test(first.norm) && /^(?:DET|PRON|PROPN|NOUN|NUM|ADJ)$/.test(s.tokens[p + 2]?.pos ?? '')) return p + 2;
  if (!addressee && first.pos !== 'ADP' && !s.inTime[p] && !TIME_WORD.test(first.norm)) return -1;
  for (let k = p + 1; k < Math.min(u.t1, p + 16); k++) {
    const t = s.tokens[k]!;
    const title = QUOTE_OPEN.has(t.norm) ? quoteAt(s.quotes, t.start + 1) : null;
    if (title && title.close - title.open < 40 && !/[.!?,]/.test(s.text.slice(title.open, title.close))) {
      while (k + 1 < u.t1 && s.tokens[k + 1]!.start <= title.close) k++; // a programme's title: told X’s “Morning Show” that
      continue;
    }
    if (t.norm === 'that') return /^(?:ADP|DET)$/.test(s.tokens[k - 1]!.pos) ? -1 : k + 1; // not "in that case"
    if (((t.pos === 'VERB' || t.pos === 'AUX') && !capitalised(s, k)) || BEFORE_THAT_STOP.test(t.norm)) return -1;
  }
  return -1;
}

/** Skips a leading ", according to X," inside the content: it becomes a chain link of its own draft. */
function skipAccording(s: Scan, u: Unit, p: number): number {
  if (s.tokens[p]?.norm !== 'according' || s.tokens[p + 1]?.norm !== 'to') return p;
  let k = p + 2;
  while (k < u.t1 && !PUNCT_BOUNDARY.has(s.tokens[k]!.norm)) k++;
  if (s.tokens[k]?.norm !== ',') return p;
  while (k < u.t1 && s.tokens[k]!.norm === ',') k++;
  return k;
}

/** Content after the cue's last token `ce`, or null when the cue ends its clause. */
export function contentAfter(s: Scan, u: Unit, ce: number, addressee: boolean, chain: ChainLink[]): Content | null {
  let p = stripAfterCue(s, u, ce + 1, chain);
  if (addressee) p = stripAfterCue(s, u, skipAddressee(s, u, p, chain), chain);
  const afterThat = thatAhead(s, u, ce + 1, addressee);
  if (afterThat > p) p = afterThat;
  p = pastIntroducingPhrase(s, u, p);
  while (p < u.t1 && /^(?:that|:|,)$/.test(s.tokens[p]!.norm) && !demonstrativeSubject(s, p)) p++;
  const judged = judgedObject(s, u, ce, p);
  if (judged) return judged;
  if (judgement(s, u, p)) p += 2; // "dismissed as baseless reports that P": the judgement before a long object
  p = skipAccording(s, u, p);
  p = pastParticipialAdjunct(s, u, p);
  if (p >= u.t1) return null;
  const t = s.tokens[p]!;
  // "…,” X replied, before adding that P": a participial adjunct after the cue is a report of its own, not this one's content
  if (/^(?:before|after|while|without)$/.test(t.norm) && s.tokens[p - 1]?.norm === ',' && /ing$/.test(s.tokens[p + 1]?.norm ?? '')) return null;
  if (QUOTE_OPEN.has(t.norm)) {
    const q = quoteAt(s.quotes, t.start + 1);
    // a quoted phrase the clause goes on past (said “a bomb” had gone off) is part of a paraphrase, not the content
    if (q && q.close - q.open > 3 && !clauseGoesOn(s, u, q.close) && !fragmentGoesOn(s, u, q)) {
      const [a, b] = trimSpan(s.text, q.open + 1, q.close);
      return { start: a, end: b, quote: true, chain: [] };
    }
  }
  if (/^[.!?]$/.test(t.norm) || t.norm === '(') return null;
  let [a, b] = trimSpan(s.text, t.start, Math.max(clauseEnd(s, u, p), t.end));
  const tail = CHAIN_TAIL.exec(s.text.slice(a, b));
  if (tail) {
    const name = tail[1];
    if (name) {
      const at = s.text.lastIndexOf(name, b);
      chain.push(chainLink(s, at, at + name.length, 'outlet'));
    }
    [a, b] = trimSpan(s.text, a, a + tail.index);
  }
  const around = quoteAt(s.quotes, s.tokens[ce]!.start);
  const open = s.text.lastIndexOf('“', b);
  const q = open >= a ? quoteAt(s.quotes, open + 1) : null;
  if (around && around.close < b) [a, b] = trimSpan(s.text, a, around.close); // a report inside a quotation ends with it
  else if (q && q.close > b) b = q.close; // a quotation opened in the content runs to its closing mark
  else b = trimTimeTail(s, u, p, a, objectEnd(s, u, p, b));
  if (b - a < 3 || mannerOnly(s, p, b)) return null;
  return { start: a, end: b, quote: false, chain: [] };
}

/** "as false", "as baseless" at `p`: a judgement of the object, which follows it or came before it. */
function judgement(s: Scan, u: Unit, p: number): boolean {
  return p + 2 < u.t1 && s.tokens[p]!.norm === 'as' && s.tokens[p + 1]!.pos === 'ADJ' && !AS_MUCH.test(s.tokens[p + 1]!.norm);
}
/** "said as much", "as early as May": "as" with an amount or a time, not a judgement */
const AS_MUCH = /^(?:much|many|little|few|well|such|usual|possible|likely|long|far|soon|early|late|recently)$/;

/** "rejected that as false": a demonstrative right after the cue is the object judged, pointing back at an earlier claim. */
function judgedObject(s: Scan, u: Unit, ce: number, p: number): Content | null {
  const d = s.tokens[ce + 1];
  if (!d || p !== ce + 2 || !/^(?:that|this|those|these)$/.test(d.norm) || !judgement(s, u, p)) return null;
  if (!/^(?:[.,;:!?)—–]|and|but)$/.test(s.tokens[p + 2]!.norm)) return null; // "rejected that as false reports said": no object of its own
  return { start: d.start, end: d.end, quote: false, chain: [] };
}

/** "said that was not her view": a "that" before a finite verb is the reported clause's subject, not its complementiser */
function demonstrativeSubject(s: Scan, p: number): boolean {
  const next = s.tokens[p + 1];
  if (s.tokens[p]!.norm !== 'that' || !next) return false;
  return (next.pos === 'AUX' && FINITE.test(next.norm)) || (next.pos === 'VERB' && /(?:[^s]s|ed)$/.test(next.norm));
}

/** participles that work as prepositions and go on with the content ("…, the Times said, including schedules") */
const PREPOSITION_LIKE = /^(?:including|excluding|regarding|concerning|following|considering|involving|pending|barring|according|assuming|beginning|starting)$/;
/** a finite verb form: after a participle, it makes the participle a gerund subject */
const FINITE = /^(?:is|are|was|were|will|would|can|could|should|may|might|must|has|have|had|does|did)$/;

/** A finite verb: an auxiliary, "'s" read as one, or a verb in "-s"/"-ed" not after "to" ("doing interviews gives …"). */
function finiteAt(s: Scan, k: number): boolean {
  const t = s.tokens[k]!;
  if (FINITE.test(t.norm)) return true;
  if (/^['’]s$/.test(t.norm)) return t.pos === 'AUX';
  return t.pos === 'VERB' && /(?:[^s]s|ed)$/.test(t.norm) && s.tokens[k - 1]?.norm !== 'to';
}

/**
 * "she said, referencing the bank's sales drive": a participle that is no cue, set off by a comma after the cue, says
 * how or when the words were spoken. The content follows a comma after it ("said, speaking to reporters, that P"), or
 * there is none after the cue (u.t1: the caller looks before the source).
 */
function pastParticipialAdjunct(s: Scan, u: Unit, p: number): number {
  const t = s.tokens[p];
  if (!t || s.tokens[p - 1]?.norm !== ',' || t.pos !== 'VERB' || !/[a-z]ing$/.test(t.norm) || PREPOSITION_LIKE.test(t.norm)) return p;
  if (CUES.get(t.norm)?.some((d) => d.words.length === 1)) return p;
  for (let k = p + 1; k < u.t1; k++) {
    const n = s.tokens[k]!.norm;
    if (finiteAt(s, k)) return p; // "he said, replacing Clinton would be harder": a gerund opening the reported clause
    if (n === ',' || n === '—' || n === ':') {
      let q = k + 1;
      if (s.tokens[q]?.norm === 'that') q++;
      return q < u.t1 ? q : u.t1;
    }
    if (QUOTE_OPEN.has(n)) return u.t1;
  }
  return u.t1;
}

/** manner and place words that modify a cue ("replied online", "explained further"); "-ly" adverbs are matched apart */
const MANNER = /^(?:online|further|again|back|later|too|also|here|there|abroad|live|aloud|briefly|publicly|privately)$/;

/** "replied quickly", "answered online", "complained bitterly": only modifiers of the cue follow it, no content ("thinks so" has one) */
function mannerOnly(s: Scan, p: number, b: number): boolean {
  for (let k = p; k < s.tokens.length && s.tokens[k]!.start < b; k++) {
    const t = s.tokens[k]!;
    if (t.pos === 'PUNCT') continue;
    if (!/^(?:ADV|ADJ)$/.test(t.pos) || !(/..ly$/.test(t.norm) || MANNER.test(t.norm))) return false;
  }
  return true;
}

/** "wrote on her blog: P", "said at the hearing on Monday: P": a short phrase of place or medium before the colon that introduces P. */
function pastIntroducingPhrase(s: Scan, u: Unit, p: number): number {
  const message = introducedMessage(s, u, p - 1); // "released the following statement: P"
  if (message >= 0) return message;
  if (p >= u.t1 || !/^(?:on|in|at|during|via|through|over|to)$/.test(s.tokens[p]!.norm)) return p; // not "think about X: …"
  if (s.tokens[p]!.pos !== 'ADP') return p;
  for (let k = p + 1; k < Math.min(u.t1, p + 8); k++) {
    const n = s.tokens[k]!.norm;
    if (n === ':') return k;
    if (PUNCT_BOUNDARY.has(n) || /^(?:VERB|AUX)$/.test(s.tokens[k]!.pos)) return p;
  }
  return p;
}

/** "the strikes, even if they did no damage, are aimed at …": the aside closes with a comma and the subject's verb follows. */
function verbAfterAside(s: Scan, u: Unit, comma: number, b: number): boolean {
  for (let k = comma + 1; k + 1 < u.t1 && s.tokens[k]!.start < b; k++) {
    if (s.tokens[k]!.norm !== ',') continue;
    let v = k + 1;
    if (QUOTE_OPEN.has(s.tokens[v]!.norm)) v++; // "…, “is a …”"
    if (s.tokens[v]!.pos === 'ADV') v++;
    const t = s.tokens[v];
    return !!t && (/^(?:VERB|AUX)$/.test(t.pos) || /[^e]ed$/.test(t.norm)) && !/ing$/.test(t.norm); // the tagger reads some past forms as nouns
  }
  return false;
}

/** words opening a clause embedded in a noun phrase ("the raid that killed X", "whether the video should be released") */
const EMBEDDING = /^(?:that|which|who|whom|whose|whether|if|what|how|why|where|when|to)$/;
/** words opening an adjunct the writer adds after an object ("…, as the nominee looks to …", "…, during a forum") */
const ADJUNCT_START = /^(?:as|while|because|after|before|during|since|despite|amid|notwithstanding|even)$/;

/**
 * "praised the plan, which …", "offered advice, as the nominee …": a content with no verb of its own before a comma
 * opening a relative clause or adjunct is the cue's object, and ends there; a clause ("the plan was late, as …") runs on.
 */
function objectEnd(s: Scan, u: Unit, p: number, b: number): number {
  if (!/^(?:DET|NOUN|PROPN|ADJ|NUM)$/.test(s.tokens[p]!.pos)) return b; // "to form a task force, which …", "in the counties, which …"
  if (s.tokens[p - 1]?.norm === 'that') return b; // "said that X, who is running, “is a …”": a that-clause is no object
  let embedded = false;
  for (let k = p; k < u.t1 && s.tokens[k]!.start < b; k++) {
    const t = s.tokens[k]!;
    if (quoteAt(s.quotes, t.start) && !QUOTE_OPEN.has(t.norm)) continue;
    const after = s.tokens[k + 1]?.norm ?? '';
    if (k > p && t.norm === ',' && (ADJUNCT_START.test(after) || /^(?:which|who|whose)$/.test(after)) && !verbAfterAside(s, u, k, b)) return trimSpan(s.text, s.tokens[p]!.start, t.start)[1];
    if (EMBEDDING.test(t.norm)) embedded = true;
    if (!embedded && /^(?:VERB|AUX)$/.test(t.pos) && !/ing$/.test(t.norm) && !(/(?:ed|en)$/.test(t.norm) && k > p && /^(?:NOUN|PROPN)$/.test(s.tokens[k - 1]!.pos))) return b;
  }
  return b;
}

/** "said “thousands” of emails were missing": a quoted fragment in lower case that the sentence goes on past with words */
function fragmentGoesOn(s: Scan, u: Unit, q: { open: number; close: number }): boolean {
  if (!/^\p{Ll}/u.test(s.text[q.open + 1] ?? '')) return false;
  let k = u.t0;
  while (k < u.t1 && s.tokens[k]!.start <= q.close) k++;
  return k < u.t1 && /^(?:of|had|have|has|were|was|is|are|would|will)$/.test(s.tokens[k]!.norm); // not "“we will win” and left"
}

/** The sentence goes on with a verb after a quotation closing at `close` ("“a bomb” had gone off"), not with a new source or adjunct. */
function clauseGoesOn(s: Scan, u: Unit, close: number): boolean {
  let k = u.t0;
  while (k < u.t1 && s.tokens[k]!.start <= close) k++;
  if (k >= u.t1 || /^\p{P}$/u.test(s.tokens[k]!.norm)) return false;
  if (s.tokens[k]!.pos === 'ADV' && k + 1 < u.t1) k++; // "“a bomb” had", "“the deal” never was"
  return /^(?:VERB|AUX)$/.test(s.tokens[k]!.pos);
}

/** End of the content clause: the unit's end, or a semicolon outside quotations (a new independent clause). */
function clauseEnd(s: Scan, u: Unit, p: number): number {
  for (let k = p + 1; k < u.t1; k++) {
    if (s.tokens[k]!.norm === ';' && !quoteAt(s.quotes, s.tokens[k]!.start)) return s.tokens[k - 1]!.end;
  }
  return unitEnd(s, u);
}

const TIME_TAIL = /[\s,]+(?:(?:within|in|on|at|during|after|before|by|over|for|since)\s+)?(?:(?:a|an|the|one|two|three|few|several|\d+|last|next|this|that|same|following|previous|coming|past)\s+)*(?:days?|hours?|weeks?|months?|years?|minutes?|morning|evening|night|weekend)$/i;

/** "dismissed the figure within a day" → "the figure": a verbless content loses its trailing time adjunct. */
function trimTimeTail(s: Scan, u: Unit, p: number, a: number, b: number): number {
  for (let k = p; k < u.t1 && s.tokens[k]!.start < b; k++) if (/^(?:VERB|AUX)$/.test(s.tokens[k]!.pos)) return b;
  const m = TIME_TAIL.exec(s.text.slice(a, b));
  let end = m && m.index > 0 ? a + m.index : b;
  // a recognised time expression closing the content ("on January 11"), with its preposition
  const ti = lastAtOrBefore(s.times, end - 1);
  const last = ti >= 0 && s.times[ti]!.end === end && s.times[ti]!.start > a ? s.times[ti] : undefined;
  if (last) {
    end = last.start;
    const prep = /\s+(?:on|in|at|during|since|by|within)\s*$/.exec(s.text.slice(a, end));
    if (prep) end = a + prep.index;
  }
  const trimmed = trimSpan(s.text, a, end)[1];
  return trimmed - a >= MIN_CONTENT ? trimmed : b;
}

/** "“Very big,” X said in response.": what follows the cue is a phrase without a verb, so it reports nothing. */
export function verblessPhrase(s: Scan, u: Unit, c: Content): boolean {
  let first = true;
  for (let k = u.t0; k < u.t1; k++) {
    const t = s.tokens[k]!;
    if (t.start < c.start || t.end > c.end) continue;
    if (first && t.pos !== 'ADP') return false;
    first = false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return !first;
}

/** The text before token `at` in the sentence ends with a closing quotation mark ("“…,” X said"). */
export function quoteEndsBefore(s: Scan, u: Unit, at: number, anyLength = false): boolean {
  const before = s.text.slice(u.start, s.tokens[at]!.start);
  if (!/[,!?.]?\s*[”"]\s*$/.test(before) || (before.trim().length <= 12 && !anyLength) || quoteAt(s.quotes, s.tokens[at]!.start) !== null) return false;
  // "On this week's broadcast of “Morning Desk,” X said …": a title after a preposition or article is no quotation
  const q = quoteAt(s.quotes, u.start + before.trimEnd().length - 2);
  if (!q) return true;
  let k = u.t0;
  while (k < at && s.tokens[k]!.start < q.open) k++;
  const prev = k > u.t0 ? s.tokens[k - 1]! : null;
  return !(prev && /^(?:ADP|DET)$/.test(prev.pos) && (s.text.slice(q.open + 1, q.close).match(/\S+/g)?.length ?? 0) <= 5);
}

/** "X — even as he says P — has …": a report opened inside a dash parenthetical ends at its closing dash. */
export function withinDashes(s: Scan, u: Unit, from: number, c: Content): Content {
  let open = -1;
  for (let k = from - 1; k >= u.t0; k--) {
    const n = s.tokens[k]!.norm;
    if (/^[—–]$/.test(n)) {
      open = k;
      break;
    }
    if (/^[.;:!?]$/.test(n)) break;
  }
  if (open < 0) return c;
  for (let k = from; k < u.t1 && s.tokens[k]!.start < c.end; k++) {
    if (/^[—–]$/.test(s.tokens[k]!.norm) && s.tokens[k]!.start > c.start) return endAt(s, c, s.tokens[k]!.start) ?? c;
  }
  return c;
}

/** The content cut to end at `end` (trimmed), or null when too little of it is left. */
export function endAt(s: Scan, c: Content, end: number): Content | null {
  const [a, b] = trimSpan(s.text, c.start, end);
  return b - a >= MIN_CONTENT ? { start: a, end: b, quote: c.quote, chain: c.chain } : null;
}
