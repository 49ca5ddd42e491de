/** Recognising a cue: a lexicon entry in the right form and sense ("said", not "reported from Kabul" or "the so-called"). */
import { quoteAt, type Unit } from '../../lib/claims-text.js';
import { catenativeLead } from './generic.js';
import { BETWEEN_SUBJECT_AND_CUE, CLAUSE_WORDS, CUES, MEDIUM_NOUNS, POSSESSIVE_DETERMINER, QUANTIFIER, type CueDef } from './lexicon.js';
import { PUNCT_BOUNDARY, QUOTE_OPEN, capitalised, compoundTail, type Scan } from './scan.js';

/** agentless passives that report unnamed sourcing ("is believed to", "have been accused of") */
export const HEDGING_PASSIVE = /^(?:believed|thought|expected|said|reported|alleged|suspected|accused|claimed|estimated|feared|rumou?red)$/;

export function matchCue(s: Scan, u: Unit, i: number): CueDef | null {
  const list = CUES.get(s.tokens[i]!.norm);
  if (!list) return null;
  for (const def of list) {
    if (i + def.words.length > u.t1) continue;
    if (def.words.every((w, k) => s.tokens[i + k]!.norm === w)) return def;
  }
  return null;
}

/** A cue inside a quotation counts only as the quotation's first word (X, “confirmed that …”). */
export function cueAllowed(s: Scan, u: Unit, i: number, def: CueDef): boolean {
  const t = s.tokens[i]!;
  if (compoundTail(s, i)) return false; // "the self-described socialist", "a so-called deal": a modifier
  // "…, said X when asked about Y": a passive participle after a subordinator reports nobody's words
  if (i > u.t0 && t.norm.endsWith('ed') && /^(?:when|if|once|unless|until|whether|though|although)$/.test(s.tokens[i - 1]!.norm)) return false;
  // "…, promising to lift the fees": a participle with its infinitive the tagger reads as an adjective
  const participleAdj = t.pos === 'ADJ' && def.participle === true && s.tokens[i - 1]?.norm === ',' && s.tokens[i + 1]?.norm === 'to';
  if (def.words.length === 1 && t.pos !== 'VERB' && t.pos !== 'AUX' && !participleAdj && !misreadVerb(s, u, i) && !(t.norm.endsWith('ing') && progressive(s, u, i))) return false;
  const q = quoteAt(s.quotes, t.start);
  if (q && s.text.slice(q.open + 1, t.start).trim() !== '' && !firstPerson(s, u, i)) return false;
  if (notAttribution(s, u, i + def.words.length - 1, def)) return false;
  const prev = i > u.t0 ? s.tokens[i - 1]!.norm : '';
  // "his repeated attempts", "their stated aim", "his recently announced plan": a participle between a possessive
  // (and its adverbs) and its noun describes it
  const det = s.tokens[beforeAdverbs(s, u, i)];
  if (det && POSSESSIVE_DETERMINER.test(det.norm) && /ed$/.test(t.norm) && /^(?:NOUN|PROPN)$/.test(s.tokens[i + 1]?.pos ?? '')) return false;
  if (prev === 'to' && catenativeLead(s, u, i) >= 0) return true;
  if (prev === 'by' && def.participle) return true; // "responded by saying"
  return def.sourceAfter === true || !/^(?:to|the|a|an|by|of|for|with|so-called)$/.test(prev);
}

/** "put the death toll at 23", "placed the number of fighters at about 2,000" */
const FIGURE_AT = /^\s+(?:the|its|their|his|her|our)\s+(?:[\p{L}-]+\s+){0,4}?(?:toll|number|figure|count|total|tally|losses|casualties|strength|cost|size)\s+(?:of\s+[\p{L}\s-]{1,40}?\s+)?at\s+(?:(?:about|around|nearly|roughly|approximately|almost|some|between|over|under|least|more\s+than|up\s+to)\s+)*[\d$€£]/u;
const DATA_SOURCE = /^(?:study|studies|survey|surveys|poll|polls|polling|report|reports|analysis|analyses|review|audit|census|research|data|inquiry|investigation|probe|assessment|average|index|tally|count|figures|numbers|statistics|records|documents|footage|transcript)$/;
const SHARE_WORD = /^(?:third|thirds|half|quarter|quarters|fifth|fifths|majority|majorities|plurality|minority|percent|respondents)$/;

/** "The foundation estimates that …", "Roe plans to …": a present-tense cue the tagger read as a plural noun. */
function misreadVerb(s: Scan, u: Unit, i: number): boolean {
  const t = s.tokens[i]!;
  const prev = s.tokens[i - 1];
  const next = s.tokens[i + 1];
  if (t.pos !== 'NOUN' || i === u.t0 || !prev || !next) return false;
  const named = capitalised(s, i - 1);
  if (s.text.charCodeAt(t.start) < 97) return false;
  // "The polling average shows Clinton ahead": a tally before a present-tense report
  if (/^(?:shows|finds|suggests|indicates)$/.test(t.norm) && DATA_SOURCE.test(prev.norm)) return /^(?:PRON|DET|PROPN|NUM)$/.test(next.pos) || next.norm === 'that';
  // "laws that some say target X", "a man who officials say is tied to Y": a report set inside a relative clause, its predicate next
  if (!t.norm.endsWith('s') && /^(?:that|who|which)$/.test(s.tokens[i - 2]?.norm ?? '') && (QUANTIFIER.test(prev.norm) || (prev.pos === 'NOUN' && /[^s]s$/.test(prev.norm)))) {
    return next.pos === 'AUX' || (next.pos === 'VERB' && !next.norm.endsWith('ing')) || (next.pos === 'NOUN' && s.tokens[i + 2]?.pos === 'NOUN');
  }
  // "Six in 10 say they …", "a third say that …", "Both think Y …": a share of the people polled or a quantifier, then the bare form and a clause
  if (!t.norm.endsWith('s') && (prev.pos === 'NUM' || SHARE_WORD.test(prev.norm) || QUANTIFIER.test(prev.norm))) return /^(?:PRON|DET|PROPN)$/.test(next.pos) || next.norm === 'that';
  // "the study, which notes that …", "X, who claims the post …": a present-tense cue right after a relative pronoun
  if (t.norm.endsWith('s') && /^(?:who|which)$/.test(prev.norm)) return next.norm === 'that' || /^(?:PRON|DET|PROPN)$/.test(next.pos);
  if (!(/^(?:NOUN|PROPN|PRON)$/.test(prev.pos) || named) || /^(?:['’]s|its|his|her|their)$/.test(prev.norm)) return false;
  if (!t.norm.endsWith('s')) {
    // "records obtained by X show that …": a complementiser (not a relative "that" before its verb) after a bare form
    if (next.norm === 'that') return !/^(?:VERB|AUX)$/.test(s.tokens[i + 2]?.pos ?? 'VERB');
    // "polls show a close race": a plural subject right before it
    const plural = /[^s']s$/.test(prev.norm) && /^(?:NOUN|PROPN)$/.test(prev.pos);
    if (plural && DATA_SOURCE.test(prev.norm) && /^(?:show|showed|suggest|indicate)$/.test(t.norm)) {
      // "Early polls show voters rejecting X"; "P, records show." — a tally reporting, before or after what it shows
      return /^(?:DET|NUM|PRON|PROPN|NOUN|ADJ)$/.test(next.pos) || (/^[.,]$/.test(next.norm) && afterCommaNoun(s, u, i));
    }
    // "documents from his tax return show he took …": the data source heads the phrase, a clause follows
    if (/^(?:show|suggest|indicate)$/.test(t.norm) && next.pos === 'PRON' && /^(?:VERB|AUX)$/.test(s.tokens[i + 2]?.pos ?? '') && dataSourceBefore(s, u, i - 1)) return true;
    return plural && /^(?:DET|NUM|PRON|PROPN)$/.test(next.pos) && !s.inTime[i + 1];
  }
  const name = prev.pos === 'PROPN' || named;
  if (next.norm === '.' && name) return afterCommaName(s, u, i); // "P, The Valley Herald reports." / "“P,” Roe notes."
  // "the Associated Press reports more than half of … gave money": a name, a reporting verb, then a clause
  // "The woman disputes the idea that …": a singular noun after its article, then the verb and its object
  const singular = prev.pos === 'NOUN' && !/s$/.test(prev.norm) && s.tokens[i - 2]?.pos === 'DET';
  if ((name || singular) && REPORTING_S.test(t.norm) && /^(?:DET|PRON|PROPN|NUM|ADJ)$/.test(next.pos) && (finiteAhead(s, u, i + 2) || next.pos === 'DET')) return true;
  return /^(?:that|to|:|“|")$/.test(next.norm) || (next.norm === ',' && QUOTE_OPEN.has(s.tokens[i + 2]?.norm ?? ''));
}

const REPORTING_S = /^(?:reports|notes|writes|claims|argues|adds|warns|says|states|insists|contends|concludes|disputes|denies|rejects|confirms|admits|believes|fears|doubts)$/;

/** a finite verb from token k to the clause's end ("more than half of the people … gave") */
function finiteAhead(s: Scan, u: Unit, k: number): boolean {
  for (let j = k; j < u.t1; j++) {
    const t = s.tokens[j]!;
    if (/^[.;:!?]$/.test(t.norm)) return false;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/.test(t.norm)) return true;
  }
  return false;
}

/** "P, F.A.A. records show": a short noun phrase between a comma and the cue at `i` */
function afterCommaNoun(s: Scan, u: Unit, i: number): boolean {
  let k = i - 1;
  while (k > u.t0 && k > i - 6 && !PUNCT_BOUNDARY.has(s.tokens[k]!.norm) && /^(?:NOUN|PROPN|ADJ|DET|NUM)$/.test(s.tokens[k]!.pos)) k--;
  return k < i - 1 && s.tokens[k]!.norm === ',';
}

/** Only a name (and its article) between a comma and token `i`: an attribution closing its sentence. */
function afterCommaName(s: Scan, u: Unit, i: number): boolean {
  let k = i - 1;
  while (k > u.t0 && k > i - 8 && (/^(?:PROPN|DET)$/.test(s.tokens[k]!.pos) || capitalised(s, k))) k--;
  if (k < i - 1 && /^[”"]$/.test(s.tokens[k]!.norm) && s.tokens[k - 1]?.norm === ',') return true; // "“P,” Roe notes."
  return k < i - 1 && s.tokens[k]!.norm === ',';
}

/** "is saying", "have been warning": a progressive form is a finite cue, not a participle continuing another. */
export function progressive(s: Scan, u: Unit, i: number): boolean {
  let k = i - 1;
  while (k >= u.t0 && (s.tokens[k]!.pos === 'ADV' || /^(?:also|then|now|still|again|repeatedly|publicly|openly|not|n't|n’t)$/.test(s.tokens[k]!.norm))) k--;
  if (k < u.t0) return false;
  // "’s" before an "-ing" word: a contraction ("she's warning that …") only when the tagger reads a verb, else a possessive
  if (/^['’]s$/.test(s.tokens[k]!.norm)) return k === i - 1 && s.tokens[i]!.pos === 'VERB';
  return /^(?:is|are|was|were|am|been|be|['’]re)$/.test(s.tokens[k]!.norm);
}

/** Senses of cue verbs that report no statement: "reported from Kabul", "reported to the commander", "the men accused of", "asked not to be named". */
function notAttribution(s: Scan, u: Unit, last: number, def: CueDef): boolean {
  const w = def.words[0]!;
  const next = last + 1 < u.t1 ? s.tokens[last + 1]!.norm : '';
  const before = s.tokens[last - def.words.length]?.norm ?? '';
  if (def.infinitive && next !== 'to') return true;
  // "as X put it", "X put it bluntly:" — not "put it on the table"
  if (/^puts?$/.test(w) && def.words[1] === 'it') {
    const manner = /^(?:[,.:;”"]|)$/.test(next) || s.tokens[last + 1]?.pos === 'ADV' || (next === 'this' && s.tokens[last + 2]?.norm === 'way');
    return !manner && !asBefore(s, u, last - 1);
  }
  if (def.written) return !writtenBefore(s, u, last - 1);
  if (def.messageColon) return introducedMessage(s, u, last) < 0;
  if (def.figureAt) return !FIGURE_AT.test(s.text.slice(s.tokens[last]!.end, s.tokens[Math.min(u.t1, last + 15) - 1]!.end));
  // "the international wanted list", "the recently released report": a participle between a modifier and its noun describes it
  if (def.words.length === 1 && /^(?:DET|ADJ)$/.test(s.tokens[beforeAdverbs(s, u, last)]?.pos ?? '') && s.tokens[last + 1]?.pos === 'NOUN' && /(?:ed|en)$/.test(w)) return true;
  if (/^(?:been|being|be)$/.test(before) && next !== 'by' && !HEDGING_PASSIVE.test(w) && !w.endsWith('ing')) return true; // "had been added along the road"
  if (/^report/.test(w) && (/^(?:from|to|for|back|directly|receiving|seeing)$/.test(next) || (next === 'on' && !s.inTime[last + 2]))) return true;
  if (/^(?:accuse|accused|alleged|blamed)$/.test(w) && /^(?:of|by|in)$/.test(next)) return true;
  if (/^ask/.test(w) && next === 'not' && s.tokens[last + 2]?.norm === 'to') return true;
  if (/^add/.test(w) && next !== 'that' && !/^[,:“"]$/.test(next) && !PRONOUN_START.test(next)) return addsThing(s, u, last);
  // "called into a radio show", "called an emergency meeting": phoning and convening, not naming or saying
  if (/^call(?:s|ed|ing)?$/.test(w) && (/^(?:into|in|up|off|back|out|to)$/.test(next) || convenes(s, u, last))) return true;
  // seeing and finding report a view only with a clause or "as": "saw that …", "sees X as Y", "found the deal was void";
  // not "saw the tweet", "found a way", "chemicals found in fridges"
  // a study, poll or report finds its object: "a 2014 study found 31 cases", unlike "investigators found weapons"
  if (/^(?:see|sees|saw|seen|find|finds|found)$/.test(w) && next !== 'that' && !clauseOrAs(s, u, last) && !(/^f/.test(w) && dataSourceBefore(s, u, last - 1))) return true;
  // posting, repeating and requesting report words only with a clause, a colon or a quotation ("posted that …",
  // "posted on Twitter: “…”"), not a thing ("posted a video", "repeated the vote", "requested a recount")
  // ("repeated his promise to …": the noun names the claim, and carries it)
  if (/^(?:post|repeat|request)(?:s|ed|ing)?$/.test(w) && (POSSESSIVE_DETERMINER.test(next) || (!/^(?:[,:“"]|that)$/.test(next) && !clauseOrAs(s, u, last) && !/^(?:[:“"]|that)$/.test(s.tokens[colonAfterPhrase(s, u, last)]?.norm ?? '')))) return true;
  // challenging a claim disputes it; challenging a rival for a seat is a deed
  if (/^challeng/.test(w) && next !== 'that' && !s.tokens.slice(last + 1, last + 5).some((t) => DISPUTED.test(t.norm))) return true;
  // "maintains a lead", "maintained close ties": keeping something, not holding a view ("maintains that …" does)
  if (/^maintain/.test(w) && !/^(?:[,:“"]|that)$/.test(next)) return true;
  // "continued to trail", "continues to rise": going on with something, not speaking on
  if (/^continu/.test(w) && !/^(?:[,:.;“"]|that|)$/.test(next)) return true;
  return false;
}

/** "One banner read “…”", "a sign that reads …": the words of a sign, message or headline, read out */
const WRITTEN = /^(?:signs?|banners?|placards?|posters?|messages?|headlines?|captions?|slogans?|inscriptions?|notes?|letters?|tweets?|posts?|statements?|t-shirts?|shirts?|billboards?|graffiti|text)$/;
function writtenBefore(s: Scan, u: Unit, k: number): boolean {
  const thing = (j: number) => WRITTEN.test(s.tokens[j]!.norm);
  let j = k;
  while (j >= u.t0 && s.tokens[j]!.pos === 'ADV') j--;
  if (j < u.t0) return false;
  // "one" and relative pronouns only when a written thing is near ("one read …" after "signs", "a banner that read …")
  if (/^(?:one|which|that)$/.test(s.tokens[j]!.norm)) {
    for (let b = j - 1; b >= Math.max(0, j - 25); b--) if (thing(b)) return true;
    return false;
  }
  // the subject's head, perhaps before a prepositional phrase ("the sign on the gate reads")
  for (let b = j; b >= Math.max(u.t0, j - 6) && !PUNCT_BOUNDARY.has(s.tokens[b]!.norm) && !/^(?:VERB|AUX)$/.test(s.tokens[b]!.pos); b--) if (thing(b)) return true;
  return false;
}

/** "as" opens the clause of the cue ending at k ("As Ms. Roe put it"), within a few words */
function asBefore(s: Scan, u: Unit, k: number): boolean {
  for (let j = k; j >= Math.max(u.t0, k - 6); j--) {
    if (s.tokens[j]!.norm === 'as') return j === u.t0 || PUNCT_BOUNDARY.has(s.tokens[j - 1]!.norm);
    if (PUNCT_BOUNDARY.has(s.tokens[j]!.norm)) return false;
  }
  return false;
}

/** a study, survey, poll, report or tally heads the clause before the cue (within a dozen words, no punctuation between) */
function dataSourceBefore(s: Scan, u: Unit, k: number): boolean {
  for (let j = k; j >= Math.max(u.t0, k - 12); j--) {
    const t = s.tokens[j]!;
    const modifier = t.pos === 'VERB' && /(?:ed|en)$/.test(t.norm) && /^(?:NOUN|PROPN)$/.test(s.tokens[j - 1]?.pos ?? ''); // "a poll … released Wednesday"
    if (PUNCT_BOUNDARY.has(t.norm) || (/^(?:VERB|AUX)$/.test(t.pos) && !modifier) || CLAUSE_WORDS.has(t.norm)) return false;
    if (DATA_SOURCE.test(t.norm)) return true;
  }
  return false;
}

/** The colon after "the following statement", "a statement on Friday" right after the cue, or -1. */
export function introducedMessage(s: Scan, u: Unit, last: number): number {
  let medium = false;
  for (let k = last + 1; k < Math.min(u.t1, last + 9); k++) {
    const t = s.tokens[k]!;
    if (t.norm === ':') return medium ? k : -1;
    if (MEDIUM_NOUNS.has(t.norm)) medium = true;
    else if (PUNCT_BOUNDARY.has(t.norm) || /^(?:VERB|AUX)$/.test(t.pos)) return -1;
  }
  return -1;
}

/** what one can challenge by saying it is wrong */
const DISPUTED = /^(?:claims?|results?|findings?|reports?|ruling|rulings|decision|assertions?|accounts?|figures?|numbers?|data|legitimacy|validity|accuracy|notion|idea|premise|view|characterization|count|tally|estimates?|allegations?)$/;

/** The token after a short prepositional phrase following the cue ("posted on Twitter: …" → the colon), else the cue + 1. */
function colonAfterPhrase(s: Scan, u: Unit, last: number): number {
  if (s.tokens[last + 1]?.pos !== 'ADP') return last + 1;
  for (let k = last + 2; k < Math.min(u.t1, last + 7); k++) if (PUNCT_BOUNDARY.has(s.tokens[k]!.norm) || s.tokens[k]!.norm === 'that') return k;
  return last + 1;
}

/** The token before `i` and the "-ly" adverbs just before it ("the recently released report" → "the"). */
function beforeAdverbs(s: Scan, u: Unit, i: number): number {
  let k = i - 1;
  while (k > u.t0 && s.tokens[k]!.pos === 'ADV' && /ly$/.test(s.tokens[k]!.norm)) k--;
  return k;
}

/** the object of "called" is a gathering: "called a meeting", "called snap elections" */
function convenes(s: Scan, u: Unit, last: number): boolean {
  if (POSSESSIVE_DETERMINER.test(s.tokens[last + 1]?.norm ?? '')) return false; // "called her vote a mistake": naming, not convening
  for (let k = last + 1; k < Math.min(u.t1, last + 5); k++) {
    // "called a vote on X" convenes; "called the vote a sham" names it
    if (/^(?:meetings?|sessions?|votes?|elections?|strikes?|referendum|summit|conference|halt|truce|ceasefire|recess|hearing)$/.test(s.tokens[k]!.norm)) return !/^(?:a|an)$/.test(s.tokens[k + 1]?.norm ?? '');
    if (PUNCT_BOUNDARY.has(s.tokens[k]!.norm)) return false;
  }
  return false;
}

/** A finite verb (a clause) or "as" after the cue, before the next punctuation. */
function clauseOrAs(s: Scan, u: Unit, last: number): boolean {
  const first = s.tokens[last + 1];
  if (!first || first.pos === 'ADP') return false; // "found in", "seen by"
  for (let k = last + 1; k < Math.min(u.t1, last + 12); k++) {
    const t = s.tokens[k]!;
    if (PUNCT_BOUNDARY.has(t.norm) || /^(?:and|but|or)$/.test(t.norm)) return false; // "saw the post and removed …": a second deed
    // "saw Scott get out of the car": an object and a bare verb report a sight, not a view ("saw the deal was void")
    if (t.pos === 'VERB' && k > last + 1 && bareAfterObject(s, last, k)) return false;
    if (t.norm === 'as' || ((t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/.test(t.norm) && k > last + 1)) return true;
  }
  return false;
}

/** a verb at k in its bare form right after a short object of the cue at `last` ("saw him leave", "saw the men cross") */
function bareAfterObject(s: Scan, last: number, k: number): boolean {
  if (k - last > 4 || /(?:s|ed|en)$/.test(s.tokens[k]!.norm) || /^(?:was|were|had|did|could|would|will|is|are)$/.test(s.tokens[k]!.norm)) return false;
  const obj = s.tokens[k - 1]!;
  return /^(?:him|her|them|me|us)$/.test(obj.norm) || obj.pos === 'PROPN' || (obj.pos === 'NOUN' && /^(?:DET|NUM)$/.test(s.tokens[last + 1]!.pos));
}

const PRONOUN_START = /^(?:he|she|they|it|we|i|there|this)$/;

/** "added the four men to its register": "add" with an object and "to" is no statement */
function addsThing(s: Scan, u: Unit, last: number): boolean {
  for (let k = last + 1; k < Math.min(u.t1, last + 25); k++) {
    const t = s.tokens[k]!;
    if (t.norm === 'to' && t.pos === 'ADP') return true;
    if (PUNCT_BOUNDARY.has(t.norm) || t.pos === 'AUX') return false;
  }
  return false;
}

/** "… I told them …" inside a quotation: the quoted speaker's own report, resolved to them afterwards */
function firstPerson(s: Scan, u: Unit, i: number): boolean {
  let k = i - 1;
  while (k >= u.t0 && (BETWEEN_SUBJECT_AND_CUE.has(s.tokens[k]!.norm) || s.tokens[k]!.pos === 'ADV')) k--;
  return k >= u.t0 && /^(?:i|we)$/.test(s.tokens[k]!.norm);
}
