/** Drafting attributions in one sentence: cue → source → content, then folding chains and nested reports. */
import type { ChainLink } from '../../../core/doc.js';
import { lastAtOrBefore, mentionsIn, type Unit } from '../../lib/claims-text.js';
import { contentBefore, joinAround } from './before.js';
import { MIN_CONTENT, contentAfter, quoteEndsBefore, verblessPhrase, withinDashes, type Content } from './content.js';
import { CLAUSE_TAKING, CUES, MEDIUM_NOUNS, NOTHING, SAY_LIKE, WITHHELD, type CueDef } from './lexicon.js';
import { settleDrafts } from './settle.js';
import { HEDGING_PASSIVE, cueAllowed, matchCue, progressive } from './cues.js';
import { PUNCT_BOUNDARY, QUOTE_CLOSE, QUOTE_OPEN, capitalised, trimSpan, type Scan } from './scan.js';
import { catenativeLead, thatVerb } from './generic.js';
import { closeRelative, closeRestrictive, closeSubordinate } from './edges.js';
import { pollFrame } from './frames.js';
import { BE, antecedent, leadSubject, shownSpeaker, subordinateSubject } from './lead.js';
import { nounCue } from './nouns.js';
import { classifySpeaker, type SpeakerInfo } from './speaker.js';
import { subjectAfter } from './after.js';
import { skipToSubjectEnd, subjectBefore, type Subject } from './subject.js';

export interface Draft {
  unit: Unit;
  def: CueDef;
  cueFrom: number;
  cueTo: number;
  subject: Subject | null;
  /** null: the speaker of the previous draft in the sentence ("…, noting that …") */
  who: SpeakerInfo | null;
  content: Content;
  chain: ChainLink[];
}

/** "according to X, P" / "P, according to X" */
function according(s: Scan, u: Unit, i: number, last: number): Draft | null {
  let k = last + 1;
  while (k < u.t1 && !PUNCT_BOUNDARY.has(s.tokens[k]!.norm)) k++;
  if (k === last + 1) return null;
  const srcTo = k - 1;
  const subject: Subject = { from: last + 1, to: srcTo, coreFrom: last + 1, coreTo: srcTo, chain: [] };
  const beforeEnd = i > u.t0 ? s.tokens[i - 1]!.end : u.start;
  const [ba, bb] = trimSpan(s.text, u.start, beforeEnd);
  // "However, according to …"; mid-sentence after a comma and a conjunction ("…, because, according to X, P", "…, and
  // according to X, P"): P is the report, not the clause before the conjunction
  const conj = (k: number) => /^(?:CCONJ|SCONJ)$/.test(s.tokens[k]!.pos);
  const comma = (k: number) => s.tokens[k]!.norm === ',';
  const connective = i - u.t0 <= 2 || (i - 2 > u.t0 && ((comma(i - 1) && conj(i - 2)) || (conj(i - 1) && comma(i - 2))));
  let ai = k;
  while (ai < u.t1 && /^[,:]$/.test(s.tokens[ai]!.norm)) ai++;
  const after = ai < u.t1 ? trimSpan(s.text, s.tokens[ai]!.start, u.end) : null;
  const hasAfter = after !== null && after[1] - after[0] > 3;
  let span: [number, number] | null;
  if (connective || bb - ba < 3) span = hasAfter ? after : null;
  else span = hasAfter ? trimSpan(s.text, u.start, u.end) : [ba, bb]; // mid-sentence: the whole clause, approximately
  if (!span) return null;
  const quote = QUOTE_OPEN.has(s.text[span[0]] ?? '');
  let coreTo = srcTo; // "according to a local official who asked not to be named": the core ends at the relative pronoun
  for (let r = last + 2; r <= srcTo; r++) if (/^(?:who|whom|whose|which|that)$/.test(s.tokens[r]!.norm)) { coreTo = r - 1; break; }
  subject.coreTo = coreTo;
  const who = classifySpeaker(s, last + 1, coreTo, last + 1, srcTo) ?? documentSource(s, last + 1, srcTo);
  if (!who) return null;
  return {
    unit: u, def: CUES.get('according')![0]!, cueFrom: i, cueTo: last, subject, who,
    content: { start: span[0], end: span[1], quote, chain: [] }, chain: [],
  };
}

/** "according to the polling average of …", "according to an email": a document or figure as source, unnamed unless capitalised */
function documentSource(s: Scan, from: number, to: number): SpeakerInfo | null {
  const words = s.tokens.slice(from, to + 1);
  if (!words.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN') || /^(?:plan|schedule|law|rules?|tradition|custom)$/.test(words[words.length - 1]!.norm)) return null;
  const text = s.text.slice(words[0]!.start, words[words.length - 1]!.end);
  const m = mentionsIn(s.mentions, words[0]!.start, words[words.length - 1]!.end)[0];
  if (m) return { speaker: { kind: 'named', mention: m.id, text }, sourcing: 'named', impersonal: null, agent: false };
  return { speaker: { kind: 'anonymous', mention: null, text }, sourcing: 'anonymous', impersonal: null, agent: false };
}

const withTo = (x: Subject, to: number): Subject => ({ from: x.from, to, coreFrom: x.coreFrom, coreTo: x.coreTo, chain: x.chain });

/** "Sen. Jane Roe (D-Wis.) said": the short parenthetical after the name belongs to the source span. */
function withParenthetical(s: Scan, subject: Subject, cue: number): Subject {
  if (s.tokens[subject.to + 1]?.norm !== '(') return subject;
  for (let k = subject.to + 2; k < Math.min(cue, subject.to + 10); k++) if (s.tokens[k]!.norm === ')') return withTo(subject, k);
  return subject;
}

const acceptable = (who: SpeakerInfo | null, def: CueDef) => who !== null && (who.agent || !def.agentOnly);


/**
 * "Any reading of the deal, said Jane Roe, an expert, would find …" / "That is not enough, says X.": a cue right after a
 * comma in mid-sentence, followed by its source. Not after an adverb between commas ("Officials, however, said X …").
 */
function midInverted(s: Scan, u: Unit, i: number, last: number): Subject | null {
  // only "said"/"says": after other verbs a noun phrase is as often their object ("noted the rule", "told the Herald")
  if (i < u.t0 + 2 || i !== last || s.tokens[i - 1]!.norm !== ',' || !/^(?:said|says)$/.test(s.tokens[i]!.norm)) return null;
  if (QUOTE_CLOSE.has(s.tokens[i - 2]!.norm)) return null; // "“P,” said X" is the quotation's own path
  let k = i - 2;
  while (k > u.t0 && s.tokens[k]!.norm !== ',') k--;
  if (s.tokens[k]!.norm === ',' && s.tokens.slice(k + 1, i - 1).every((t) => t.pos === 'ADV')) return null;
  const next = s.tokens[last + 1];
  if (!next || !(capitalised(s, last + 1) || /^(?:a|an|the)$/.test(next.norm))) return null;
  // "Kasich, a lawyer, said the family …": a name and its appositive before the cue are its subject
  const before = subjectBefore(s, u, i);
  if (before.kind === 'found' && classifySpeaker(s, before.subject.coreFrom, before.subject.coreTo, before.subject.from, before.subject.to)?.speaker.kind === 'named') return null;
  return subjectAfter(s, u, last, true);
}

/** A content that is one prepositional phrase: "during the call", "at a rally in Norwick". */
function adjunctOnly(s: Scan, u: Unit, c: Content): boolean {
  let k = u.t0;
  while (k < u.t1 && s.tokens[k]!.start < c.start) k++;
  if (s.tokens[k]?.pos !== 'ADP') return false;
  for (let j = k + 1; j < u.t1 && s.tokens[j]!.start < c.end; j++) if (/^(?:VERB|AUX)$/.test(s.tokens[j]!.pos) || s.tokens[j]!.norm === 'that') return false;
  return true;
}

/** "Said Roe: “…”", "Said Roe, “…”" — a sentence opening with the cue, then its source and a colon or a comma and a quotation. */
function openingInverted(s: Scan, u: Unit, i: number, last: number, def: CueDef): Draft | null {
  if (i !== u.t0 || !SAY_LIKE.test(s.tokens[last]!.norm)) return null;
  let k = last + 1;
  while (k < Math.min(u.t1, last + 8) && !PUNCT_BOUNDARY.has(s.tokens[k]!.norm)) k++;
  const mark = s.tokens[k]?.norm;
  if (k === last + 1 || !(mark === ':' || (mark === ',' && QUOTE_OPEN.has(s.tokens[k + 1]?.norm ?? '')))) return null; // "Said X, “…”"
  const subject: Subject = { from: last + 1, to: k - 1, coreFrom: last + 1, coreTo: k - 1, chain: [] };
  const who = classifySpeaker(s, last + 1, k - 1, last + 1, k - 1);
  const chain: ChainLink[] = [];
  const content = acceptable(who, def) ? contentAfter(s, u, k - 1, false, chain) : null;
  return content && { unit: u, def, cueFrom: i, cueTo: last, subject, who, content, chain };
}

function verbCue(s: Scan, u: Unit, i: number, last: number, def: CueDef, prior: Draft[]): Draft | null {
  const opening = openingInverted(s, u, i, last, def);
  if (opening) return opening;
  let subject: Subject | null = null;
  let inherit = false;
  let inverted = false;
  if (def.participle && !progressive(s, u, i)) {
    // "…, saying …" continues an attribution; "warning shots", "…, threatening the government" do not
    let p = i - 1; // "…, while also saying", "…, before adding that"
    while (p > u.t0 && s.tokens[p]!.pos === 'ADV' && !/^(?:before|after|while)$/.test(s.tokens[p]!.norm)) p--;
    const opener = s.tokens[p]?.norm ?? '';
    // "X issued a statement saying P", "X sent a letter urging Y …": the message says it, its sender speaks
    const message = p === i - 1 && MEDIUM_NOUNS.has(opener) && !/^(?:interview|conference|briefing|speech|address)$/.test(opener);
    // "footage of X saying …", "a video shows X asking …": the one shown speaking is the speaker
    subject = p === i - 1 && !message ? shownSpeaker(s, u, p) : null;
    if (!subject) {
      if ((!/^(?:,|—|–|and|while|by|before|after)$/.test(opener) && !message) || (opener === 'by' && p < i - 1)) return null; // "began by saying"
      if (/^(?:before|after)$/.test(s.tokens[p]!.norm) && s.tokens[p - 1]?.norm !== ',') return null; // "long before saying it"? only after a comma
      if (prior.some((p) => !p.def.sourceAfter)) inherit = true; // "according to X" is a channel, not the subject a participle shares
      else if (!(subject = leadSubject(s, u, i))) return null; // "Kirk, who faces a race, withdrew, saying …": the sentence's subject
    }
  } else if ((subject = midInverted(s, u, i, last))) {
    inverted = true;
  } else {
    const r = subjectBefore(s, u, i, def.kind === 'statement' && !def.needsSubject && !def.agentOnly);
    if (r.kind === 'negated') return null;
    if (r.kind === 'found' && r.objectOf !== undefined) return objectRelative(s, u, i, last, def, r.subject, r.objectOf);
    if (r.kind === 'found' && acceptable(classifySpeaker(s, r.subject.coreFrom, r.subject.coreTo, r.subject.from, r.subject.to), def)) subject = withParenthetical(s, r.subject, i);
    else if (r.kind === 'elided') {
      if (r.relative) {
        const ante = antecedent(s, u, r.at, true); // the source span runs to the pronoun ("an architect, who said"), the speaker is the antecedent
        subject = ante && withTo(ante, r.to ?? r.at);
      }
      else {
        const shared = sharedSubject(s, u, r.at, prior);
        if (shared === 'inherit') inherit = true;
        else subject = shared;
      }
    }
    if (!subject && !inherit && SAY_LIKE.test(s.tokens[last]!.norm)) {
      subject = subjectAfter(s, u, last);
      inverted = subject !== null;
    }
  }
  if (!subject && !inherit) return null;
  if (subject && !def.passiveSpeaker && isPassive(s, u, subject, i)) return passive(s, u, i, last, def, subject);
  if (def.needsSubject && subject && impersonalPronoun(s, subject, def)) return null;
  const chain: ChainLink[] = [...(subject?.chain ?? [])];
  let content = inverted ? null : adjunctless(s, last, contentAfter(s, u, last, def.addressee === true, chain));
  // "“P,” X said on Friday, noting …": the quotation before the source is the content, not what trails the cue
  if (content && !content.quote && subject && quoteEndsBefore(s, u, subject.from, verblessPhrase(s, u, content))) content = contentBefore(s, u, subject.from, u.start) ?? content;
  // "“…?” X told reporters during the call.": a quotation ending the sentence before (on the same line) is the content,
  // not the adjunct after the cue
  else if (content && !content.quote && subject?.from === u.t0 && adjunctOnly(s, u, content) && /[”"]\s*$/.test(s.text.slice(s.text.lastIndexOf('\n', u.start) + 1, u.start))) {
    content = contentBefore(s, u, subject.from, u.start) ?? content;
  }
  // "A means “P1,” she says, “P2.”": the quotation after the cue is the second half of the one before the source
  else if (content?.quote && subject && !inverted && subject.from > u.t0 && subject.to + 1 === i && quoteEndsBefore(s, u, subject.from)) {
    const first = contentBefore(s, u, subject.from, u.start);
    // one span over both halves (and the source between, as for "A, X said, B"), from the clause's start when the first
    // quotation opens mid-sentence ("The vote means “P1,”")
    if (first?.quote) {
      const midSentence = /^\p{Ll}/u.test(s.text[first.start] ?? '');
      content = { start: midSentence ? trimSpan(s.text, u.start, first.start)[0] : first.start, end: content.end, quote: !midSentence, chain: content.chain };
    }
  }
  // the content before the source only past punctuation, "as" or a quotation ("P, X said"; "P, as X said"; "“P” X
  // said"), never past another word ("some note that X … has proposed little": what precedes "that" is another clause)
  const lead = subject && subject.from > u.t0 ? s.tokens[subject.from - 1]!.norm : ',';
  if (!content && subject && (inverted || /^(?:[,—–:]|as)$/.test(lead) || QUOTE_CLOSE.has(lead))) content = contentBefore(s, u, inverted ? i : subject.from, u.start);
  // "A, said X, an expert, would read it as B": the reported clause runs on past the source, one span as for "A, X said, B"
  if (content && inverted && !content.quote && subject && s.tokens[subject.to + 1]?.norm === ',' && /^(?:VERB|AUX)$/.test(s.tokens[subject.to + 2]?.pos ?? '')) {
    content = { start: content.start, end: trimSpan(s.text, content.start, s.tokens[u.t1 - 1]!.end)[1], quote: content.quote, chain: content.chain };
  }
  if (!content) return null;
  // "X did not deny that P", "X never claimed P", "X has not blamed Y": a negated report states neither P nor its denial;
  // only a withheld answer stays ("X did not say whether P": what X declined to say, asserting nothing)
  if (!inverted && negatedCue(s, u, i) && !WITHHELD.test(s.text.slice(content.start, content.end))) return null;
  if (NOTHING.test(s.text.slice(content.start, content.end))) return null; // "the group has said nothing": no report either
  if (!content.quote && functionWordsOnly(s, content)) return null; // "responded within [an hour]": a bare "within" says nothing
  if (subject && /^(?:who|whom|which)$/.test(s.tokens[subject.to]!.norm)) {
    content = closeRelative(s, u, subject.to, content); // "X, who said P, resigned"
    if (subject.from === u.t0) content = closeRestrictive(s, u, subject.to, content); // "A man who said P was fired"
  }
  else if (!inverted) content = closeSubordinate(s, u, i, content); // "Although X said P, Y …"
  // "an engineer, who said": the description ends before the relative pronoun the source span runs to
  const descTo = subject && /^(?:who|which|that)$/.test(s.tokens[subject.to]!.norm) ? subject.coreTo : subject?.to ?? 0;
  const who = subject ? classifySpeaker(s, subject.coreFrom, subject.coreTo, subject.from, descTo) : null;
  if (subject && !acceptable(who, def)) return null;
  if (subject && prior.length === 0) content = joinAround(s, u, content, Math.min(subject.from, i), Math.max(subject.to, last));
  if (!content.quote) content = withinDashes(s, u, Math.min(subject?.from ?? i, i), content);
  return { unit: u, def, cueFrom: i, cueTo: last, subject, who, content, chain };
}

/** Whether a content is a preposition with nothing but function words after it ("within"). */
function functionWordsOnly(s: Scan, c: Content): boolean {
  let lo = Math.max(0, lastAtOrBefore(s.tokens, c.start));
  if (lo < s.tokens.length && s.tokens[lo]!.end <= c.start) lo++; // the first token reaching into the content
  for (let k = lo; k < s.tokens.length && s.tokens[k]!.start < c.end; k++) {
    if (!/^(?:ADP|PART|CCONJ|SCONJ|PUNCT|SYM)$/.test(s.tokens[k]!.pos)) return false; // "about that" points back
  }
  return lo < s.tokens.length && s.tokens[lo]!.start < c.end && s.tokens[lo]!.pos === 'ADP';
}

/** "did not deny", "has never claimed", "isn't saying": a negator between the subject and the cue at `i`. */
function negatedCue(s: Scan, u: Unit, i: number): boolean {
  const j = skipToSubjectEnd(s, u, i);
  return j >= u.t0 && /^(?:not|n't|n’t|never)$/.test(s.tokens[j]!.norm);
}

/**
 * The subject a verb after a clause word at `at` shares ("X arrived on Monday and says …"), or 'inherit' to take the
 * previous draft's speaker: a verb coordinated after an earlier report shares its source, but "according to X" is a
 * channel, not that subject ("Y watched the videos, according to X, and said …").
 */
function sharedSubject(s: Scan, u: Unit, at: number, prior: Draft[]): Subject | 'inherit' | null {
  const own = s.tokens[at]!.norm === 'and' ? subordinateSubject(s, u, at) : null; // "… after she attacked X and blamed Y"
  if (own) return own;
  if (prior.some((p) => !p.def.sourceAfter)) return 'inherit';
  return leadSubject(s, u, at) ?? (prior.length > 0 ? 'inherit' : null);
}

/** "as X said before he died": a lone adverbial clause after the cue says when, not what ("said before P, Q" keeps it) */
function adjunctless(s: Scan, last: number, c: Content | null): Content | null {
  if (!c || c.quote || s.tokens[last + 1]?.norm === ',') return c; // "P, X said, after two weeks": one interrupted clause
  if (!/^(?:before|after|because|since|until|once)\b/i.test(s.text.slice(c.start, c.end))) return c;
  let verbs = 0; // one verb is the adjunct's own ("before he died"); more carry a reported clause ("after the vote he would resign")
  for (let k = last + 1; k < s.tokens.length && s.tokens[k]!.start < c.end; k++) if (s.tokens[k]!.start >= c.start && /^(?:VERB|AUX)$/.test(s.tokens[k]!.pos)) verbs++;
  return verbs <= 1 && !s.text.slice(c.start, c.end).includes(',') ? null : c;
}

/** "this suggests", "all agreed": no speaker; "he wants", "they plan" name one through the pronoun. */
function impersonalPronoun(s: Scan, subject: Subject, def: CueDef): boolean {
  const t = s.tokens[subject.coreTo]!;
  if (t.pos !== 'PRON' && t.pos !== 'DET') return false;
  if (subject.coreFrom !== subject.coreTo) return t.pos === 'DET';
  return !/^(?:he|she|they|we|i|you|who|some|many|most|few|several|both)$/.test(t.norm) && !(t.norm === 'it' && def.kind !== 'statement');
}

/** "a similar claim, which officials denied": the antecedent is the content, the relative clause's subject the source. */
function objectRelative(s: Scan, u: Unit, i: number, last: number, def: CueDef, subject: Subject, rel: number): Draft | null {
  const who = classifySpeaker(s, subject.coreFrom, subject.coreTo, subject.from, subject.to);
  const next = s.tokens[last + 1];
  // (the tagger may read the predicate's verb as a noun: "laws that some say target fishermen")
  const predicate = next && ((/^(?:VERB|AUX)$/.test(next.pos) && !/ing$/.test(next.norm) && CLAUSE_TAKING.test(s.tokens[last]!.norm)) || (next.pos === 'NOUN' && /^(?:say|says|said)$/.test(s.tokens[last]!.norm) && /^(?:NOUN|PROPN|DET)$/.test(s.tokens[last + 2]?.pos ?? '')));
  // "some note that X has proposed little": a cue with an object of its own takes no antecedent as its object
  if (!predicate && /^(?:DET|NOUN|PROPN|PRON|ADJ|NUM)$/.test(next?.pos ?? '')) return null;
  if (predicate && acceptable(who, def)) {
    // "laws that some say target fishermen", "a hacker who officials say is tied to X": the antecedent is the subject of
    // what is said, and the predicate after the cue its content, to the clause's end
    let e = last + 1;
    while (e + 1 < u.t1 && !/^[,;:.!?—–()]$/.test(s.tokens[e + 1]!.norm)) e++;
    const [a, b] = trimSpan(s.text, next.start, s.tokens[e]!.end);
    return b - a >= MIN_CONTENT ? { unit: u, def, cueFrom: i, cueTo: last, subject, who, content: { start: a, end: b, quote: false, chain: [] }, chain: [] } : null;
  }
  const ante = antecedent(s, u, rel);
  if (!ante || !acceptable(who, def)) return null;
  const [a, b] = trimSpan(s.text, s.tokens[ante.from]!.start, s.tokens[ante.to]!.end);
  return { unit: u, def, cueFrom: i, cueTo: last, subject, who, content: { start: a, end: b, quote: false, chain: [] }, chain: [] };
}

/** "X is believed to …", "it is expected that …": the subject is what is claimed, not who claims it. */
function isPassive(s: Scan, u: Unit, subject: Subject, i: number): boolean {
  let k = i - 1; // "are not easily dismissed": adverbs and negation between the auxiliary and the participle
  while (k > subject.to && (s.tokens[k]!.pos === 'ADV' || /^(?:not|n't|n’t|never)$/.test(s.tokens[k]!.norm))) k--;
  const prev = s.tokens[k];
  return k > subject.to && k >= u.t0 && !!prev && BE.test(prev.norm) && /(?:ed|thought|said|known|found|seen|shown|told|written|heard)$/.test(s.tokens[i]!.norm);
}

function passive(s: Scan, u: Unit, i: number, last: number, def: CueDef, subject: Subject): Draft | null {
  const chain: ChainLink[] = [];
  const isIt = subject.coreFrom === subject.coreTo && s.tokens[subject.coreFrom]!.norm === 'it';
  const by = s.tokens[last + 1]?.norm === 'by' ? subjectAfter(s, u, last + 1) : null;
  const content = isIt ? contentAfter(s, u, last, false, chain) : contentFrom(s, u, subject.from);
  if (!content) return null;
  if (!by && !HEDGING_PASSIVE.test(s.tokens[i]!.norm)) return null; // "it should be noted that": emphasis, not a source
  const who: SpeakerInfo = (by && classifySpeaker(s, by.coreFrom, by.coreTo, by.from, by.to)) ?? { speaker: { kind: 'author', mention: null, text: null }, sourcing: 'unattributed', impersonal: null, agent: true };
  return { unit: u, def, cueFrom: i, cueTo: last, subject: by, who, content, chain };
}

function contentFrom(s: Scan, u: Unit, from: number): Content | null {
  const [a, b] = trimSpan(s.text, s.tokens[from]!.start, u.end);
  return b - a >= 8 ? { start: a, end: b, quote: false, chain: [] } : null;
}

/** Attributions cued in one sentence, in order. */
export function draftUnit(s: Scan, u: Unit): Draft[] {
  const frame = pollFrame(s, u);
  const drafts: Draft[] = frame ? [frame] : [];
  for (let i = u.t0; i < u.t1; i++) {
    const def = matchCue(s, u, i) ?? thatVerb(s, u, i);
    if (!def || !cueAllowed(s, u, i, def)) {
      const n = nounCue(s, u, i);
      if (n) drafts.push(n);
      continue;
    }
    const last = i + Math.max(1, def.words.length) - 1;
    const lead = catenativeLead(s, u, i);
    const d = def.sourceAfter ? according(s, u, i, last) : verbCue(s, u, lead >= 0 ? lead : i, last, def, drafts);
    if (d) {
      if (lead >= 0 && drafts[drafts.length - 1]?.cueFrom === lead) drafts.pop(); // "plans to announce": one claim, cued by both
      drafts.push(d);
      i = def.sourceAfter && d.subject ? d.subject.to : last; // no cues inside "according to a source who asked …"
      // "reported, citing X, that P": the citation is this report's link, not a cue of its own
      if (d.chain.some((c) => c.role === 'citation')) while (i + 1 < u.t1 && s.tokens[i + 1]!.start < d.content.start) i++;
    } else {
      const n = nounCue(s, u, i, true); // "His promises to cut taxes": a cue word read as a verb but without a subject is a noun
      if (n) drafts.push(n);
    }
  }
  return settleDrafts(s, drafts);
}
