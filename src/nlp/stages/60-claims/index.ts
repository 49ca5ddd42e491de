/** Stage 60: who claims what on whose authority — attributed statements, beliefs and intentions. */
import type { ChainLink, ClaimAnn, Doc, Span } from '../../../core/doc.js';
import { layer } from '../../../core/doc.js';
import { stageTag, type Stage } from '../../../core/stage.js';
import type { NlpContext } from '../../context.js';
import { extractQuantities } from '../../lib/claims-quantities.js';
import { lastAtOrBefore, mentionsIn, quoteAt, type Unit } from '../../lib/claims-text.js';
import { draftUnit, type Draft } from './build.js';
import { authorClaim, citationBlocks, type Citation } from './extra.js';
import { dashQuotes, labelClaim } from './marks.js';
import { BETWEEN_SUBJECT_AND_CUE } from './lexicon.js';
import { QUOTE_CLOSE, QUOTE_OPEN, buildScan, trimSpan, type Scan } from './scan.js';
import { hedgesIn, stanceOf } from './stance.js';

export const claimsStage: Stage<NlpContext> = {
  name: '60-claims',
  version: '85',
  requires: ['sentences', 'tokens', 'mentions', 'links', 'times'],
  produces: ['claims'],
  run(doc) {
    doc.layers.claims = findClaims(doc, stageTag(claimsStage));
  },
};

/** All claims in document order; ids `c<offset>` (where the cue, else the evidence, starts) stay put when other claims change. */
export function findClaims(doc: Doc, stage: string): ClaimAnn[] {
  layer(doc, 'links'); // declared input: speakers are mentions, links resolve them downstream
  const s = buildScan(doc);
  const citations = citationBlocks(s);
  const out: Omit<ClaimAnn, 'id'>[] = [];
  let prevQuote: Omit<ClaimAnn, 'id'> | null = null;
  let prevStart = 0;
  for (const u of s.units) {
    const before = out.length;
    const drafts = draftUnit(s, u);
    // "“P1,” X said. “I say P2 …”": a first-person report inside the reopened quotation does not stop it continuing X's
    if (drafts.length > 0 && drafts.every((d) => openingQuote(s, u, d.cueFrom))) continueQuote(s, u, prevQuote, out);
    const label = labelClaim(s, u, stage);
    if (label && drafts.length > 0) out.push(label); // "ROE: … X said …": the answer is Roe's, the report inside it X's
    let last: Omit<ClaimAnn, 'id'> | null = null;
    const hosts: Omit<ClaimAnn, 'id'>[] = [];
    for (const d of drafts) {
      const c = finish(s, d, last, stage, prevStart);
      out.push(c);
      // "according to X" is a channel, never the subject a later cue shares
      if (d.def.sourceAfter) continue;
      // an elided subject is the last report's not nested in another's content ("X stressed her support of Y and said …" is X's)
      const at = c.spans.cue![0];
      if (!hosts.some((h) => h.spans.content && at >= h.spans.content[0] && at < h.spans.content[1])) last = c;
      hosts.push(c);
    }
    if (drafts.length === 0) {
      const a = label ?? (continueQuote(s, u, prevQuote, out) ? null : authorClaim(s, u, stage));
      if (a) out.push(a);
    }
    // the sentence's quoted claim is what a following quotation continues, even when a participle trails it ("…,” said X, speaking of Y.")
    const inUnit = out.filter((c, k) => k >= before && c.evidence.end >= u.start);
    const lastOut = out[out.length - 1];
    if (inUnit.length > 0) prevQuote = inUnit.reverse().find((c) => c.quote || introducedByColon(s, c)) ?? null;
    else if (lastOut && lastOut.evidence.end >= u.start) prevQuote = lastOut.quote || introducedByColon(s, lastOut) ? lastOut : null;
    prevStart = u.start;
  }
  attachCitations(s, out, citations, stage);
  for (const d of dashQuotes(s, stage)) {
    // a signed quotation belongs to its signer, whatever continuation guess was made before
    const at = out.findIndex((c) => c.quote && c.spans.content?.[0] === d.spans.content![0]);
    if (at >= 0) out.splice(at, 1);
    out.push(d);
  }
  resolveFirstPerson(s, out);
  out.sort((a, b) => (a.spans.cue?.[0] ?? a.evidence.start) - (b.spans.cue?.[0] ?? b.evidence.start));
  if (s.text !== doc.text) for (const c of out) restoreText(doc.text, c);
  const used = new Map<number, number>();
  return out.map((c) => {
    const at = c.spans.cue?.[0] ?? c.evidence.start;
    const n = (used.get(at) ?? 0) + 1;
    used.set(at, n);
    return withId(n === 1 ? `c${at}` : `c${at}-${n}`, c);
  });
}

/** The record with its id, fields in `ClaimAnn`'s order: one object shape, whichever rule made the claim. */
function withId(id: string, c: Omit<ClaimAnn, 'id'>): ClaimAnn {
  return {
    id,
    speaker: c.speaker,
    chain: c.chain,
    cue: c.cue,
    kind: c.kind,
    stance: c.stance,
    hedged: c.hedged,
    hedges: c.hedges,
    quote: c.quote,
    sourcing: c.sourcing,
    saidOn: c.saidOn,
    content: c.content,
    about: c.about,
    quantities: c.quantities,
    evidence: c.evidence,
    spans: c.spans,
    stage: c.stage,
  };
}

/** The scan may read a quoting convention differently; strings shown to users come from the document itself. */
function restoreText(text: string, c: Omit<ClaimAnn, 'id'>): void {
  if (c.spans.content) c.content = text.slice(c.spans.content[0], c.spans.content[1]);
  if (c.spans.source && c.speaker.text?.includes('"')) c.speaker = { kind: c.speaker.kind, mention: c.speaker.mention, text: text.slice(c.spans.source[0], c.spans.source[1]) };
}

/** `contextFrom`: start of the previous sentence, where "4,000 of them" looks for its unit. */
/** `prior`: the sentence's previous claim, whose speaker (and source span) an elided subject shares ("…, adding that …"). */
function finish(s: Scan, d: Draft, prior: Omit<ClaimAnn, 'id'> | null, stage: string, contextFrom: number): Omit<ClaimAnn, 'id'> {
  const inherited = prior?.speaker ?? null;
  const who = d.who ?? { speaker: inherited ?? { kind: 'author', mention: null, text: null }, sourcing: sourcingOf(inherited), impersonal: null, agent: true };
  const { end } = d.content;
  const start = splitQuoteStart(s, d);
  const content = s.text.slice(start, end);
  const quantities = extractQuantities(s.text, start, end, s.times, Math.min(contextFrom, start));
  const evidence: Span = { start: Math.min(d.unit.start, start), end: Math.max(d.unit.end, end) };
  const hedges = hedgesIn(s.text.slice(evidence.start, evidence.end), who.impersonal);
  const cueSpan = cueExtent(s, d);
  const src = d.subject ? ([s.tokens[d.subject.from]!.start, s.tokens[d.subject.to]!.end] as [number, number]) : d.who ? null : (prior?.spans.source ?? null);
  return {
    speaker: who.speaker,
    chain: dedupeChain(d.chain),
    cue: s.text.slice(s.tokens[d.cueFrom]!.start, s.tokens[d.cueTo]!.end), // the cue word itself; the span also covers auxiliaries
    kind: d.def.kind,
    stance: stanceOf(d.def.stance, content, quantities.length > 0),
    hedged: hedges.length > 0,
    hedges,
    quote: d.content.quote,
    sourcing: who.sourcing,
    saidOn: saidOn(s, d),
    content,
    about: mentionsIn(s.mentions, start, end).filter((m) => m.start >= start && m.end <= end).map((m) => m.id),
    quantities,
    evidence,
    spans: { source: src, cue: cueSpan, content: [start, end] },
    stage,
  };
}

/** "“P1,” X said, “P2”": the content is both pieces, so it starts at the first. */
function splitQuoteStart(s: Scan, d: Draft): number {
  const { start } = d.content;
  const lead = s.tokens[d.subject ? Math.min(d.subject.from, d.cueFrom) : d.cueFrom]!.start;
  if (!d.content.quote || start < lead || !QUOTE_OPEN.has(s.text[d.unit.start] ?? '')) return start;
  const q = quoteAt(s.quotes, d.unit.start + 1);
  if (!q || q.close >= lead || !/^[\s,”"]*$/.test(s.text.slice(q.close, lead))) return start;
  return q.open + 1;
}

// (an emphatic "itself" belongs with neither the source nor the cue)
const CUE_AUX = new Set([...[...BETWEEN_SUBJECT_AND_CUE].filter((w) => !/sel(?:f|ves)$/.test(w)), 'not', "n't", 'n’t', 'never', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'must', 'has', 'have', 'had']);
const CUE_MEDIUM = /\s*in\s+(?:an?|the|his|her|its|their)\s+(?:\w+\s+)?(?:statement|interview|speech|tweet|email|letter|post)\b/y;

/** The cue as a reader sees it: auxiliaries and adverbs before the verb ("has also said", "often says") and a medium after it ("said in a statement"). */
function cueExtent(s: Scan, d: Draft): [number, number] {
  let from = d.cueFrom;
  const floor = d.subject && d.subject.to < d.cueFrom ? d.subject.to + 1 : d.unit.t0;
  const adverb = (k: number) => !s.inTime[k] && CUE_AUX.has(s.tokens[k]!.norm) || (s.tokens[k]!.pos === 'ADV' && s.tokens[k]!.norm.endsWith('ly'));
  while (from - 1 >= floor && adverb(from - 1) && !quoteAt(s.quotes, s.tokens[from - 1]!.start)) from--;
  let end = s.tokens[d.cueTo]!.end;
  CUE_MEDIUM.lastIndex = end;
  // after the cue, before the content ("said in a statement that P") or with the content before ("“P,” X said in an interview")
  const before = d.content.end <= s.tokens[d.cueFrom]!.start;
  const m = d.content.start < end && !before ? null : CUE_MEDIUM.exec(s.text);
  if (m && (before || end + m[0].length <= d.content.start)) end += m[0].length;
  return [s.tokens[from]!.start, end];
}

function sourcingOf(sp: ClaimAnn['speaker'] | null): ClaimAnn['sourcing'] {
  if (!sp || sp.kind === 'author') return 'unattributed';
  return sp.kind === 'named' ? 'named' : 'anonymous';
}

/** The date a statement was made: a time expression around its source and cue, or opening the sentence ("On May 8, X claimed"). */
function saidOn(s: Scan, d: Draft): string | null {
  const u = d.unit;
  const cueStart = s.tokens[d.cueFrom]!.start;
  const cueEnd = s.tokens[d.cueTo]!.end;
  const from = Math.min(cueStart, d.subject ? s.tokens[d.subject.from]!.start : cueStart);
  const to = d.content.start > cueEnd ? d.content.start : Math.min(u.end, cueEnd + 60);
  let i = lastAtOrBefore(s.times, u.start - 1) + 1;
  for (; i < s.times.length && s.times[i]!.start < u.end; i++) {
    const t = s.times[i]!;
    if (t.start < u.start || /\d0['’]?s$/.test(t.text)) continue;
    const opening = t.start - u.start <= 3 && t.end < d.content.start;
    const near = t.start >= from && t.end <= to && (t.end <= d.content.start || t.start >= d.content.end);
    if ((opening || near) && !quoteAt(s.quotes, t.start)) return t.value;
  }
  return null;
}

/** "X said: P." — what follows the colon runs on over the paragraph's next sentences. */
function introducedByColon(s: Scan, c: Omit<ClaimAnn, 'id'>): boolean {
  const cue = c.spans.cue;
  const content = c.spans.content;
  return !!cue && !!content && content[0] > cue[1] && /^\s*:\s*$/.test(s.text.slice(cue[1], content[0]));
}

function continueColon(s: Scan, u: Unit, prev: Omit<ClaimAnn, 'id'>): boolean {
  if (prev.quote || !introducedByColon(s, prev) || /\n/.test(s.text.slice(prev.evidence.end, u.start))) return false;
  const [start] = prev.spans.content!;
  const [, end] = trimSpan(s.text, u.start, u.end);
  prev.content = s.text.slice(start, end);
  prev.about = [...new Set([...prev.about, ...mentionsIn(s.mentions, u.start, end).map((m) => m.id)])];
  prev.quantities = [...prev.quantities, ...extractQuantities(s.text, u.start, end, s.times)];
  prev.evidence = { start: prev.evidence.start, end: u.end };
  prev.spans = { source: prev.spans.source, cue: prev.spans.cue, content: [start, end] };
  return true;
}

/** A whole-sentence quotation right after a quoted claim continues it ("“…,” X said. “…”"): the claim's content grows to cover it. */
function continueQuote(s: Scan, u: Unit, prev: Omit<ClaimAnn, 'id'> | null, out: Omit<ClaimAnn, 'id'>[]): boolean {
  if (prev && !prev.quote) return continueColon(s, u, prev);
  if (!prev || !prev.spans.content || !/^[“"]/.test(s.text.slice(u.start, u.start + 1))) return false;
  const q = quoteAt(s.quotes, u.start + 1);
  if (!q || q.open < prev.spans.content[1]) return false;
  if (q.close < u.end - 2 || q.close - q.open < 20) return false; // the quotation must be the sentence, not a phrase in it
  // a new paragraph starts a new voice, unless the quotation before it was left open to reopen here ("“P1¶“P2”")
  if (/\n\s*\n/.test(s.text.slice(prev.evidence.end, u.start)) && !leftOpen(s, prev.spans.content[1])) return false;
  const otherVoice = (c: Omit<ClaimAnn, 'id'>) => c !== prev && c.speaker.text !== prev.speaker.text; // "…, speaking of Y" is still X
  if (out.some((c) => otherVoice(c) && c.spans.content && c.spans.content[0] > prev.spans.content![0] && c.spans.content[0] <= q.close)) return false;
  const [start] = prev.spans.content;
  const end = q.close;
  prev.content = s.text.slice(start, end);
  prev.about = [...new Set([...prev.about, ...mentionsIn(s.mentions, q.open, end).map((m) => m.id)])];
  prev.quantities = [...prev.quantities, ...extractQuantities(s.text, q.open + 1, end, s.times)];
  prev.evidence = { start: prev.evidence.start, end: Math.max(u.end, end) };
  prev.spans = { source: prev.spans.source, cue: prev.spans.cue, content: [start, end] };
  return true;
}

/** Token `k` lies inside a quotation opened at the unit's start. */
function openingQuote(s: Scan, u: Unit, k: number): boolean {
  const q = quoteAt(s.quotes, s.tokens[k]!.start);
  return !!q && q.open === u.start;
}

/** The quotation ending at `end` runs to its paragraph's end without a closing mark. */
function leftOpen(s: Scan, end: number): boolean {
  const q = quoteAt(s.quotes, end - 1);
  return !!q && !QUOTE_CLOSE.has(s.text[q.close] ?? '');
}

function attachCitations(s: Scan, out: Omit<ClaimAnn, 'id'>[], cites: Citation[], stage: string): void {
  for (const c of cites) {
    let covered = false;
    for (const claim of out) {
      if (claim.evidence.start >= c.block.start && claim.evidence.end <= c.paren.end) {
        claim.chain.push(c.link);
        covered = true;
      }
    }
    if (!covered && c.claim) {
      c.claim.stage = stage;
      out.push(c.claim);
    }
  }
}

/** "“… I told them …,” X said": a first-person report inside a quotation (or a labelled answer) is X's; a quoted one without an enclosing quoted claim is dropped. */
function resolveFirstPerson(s: Scan, out: Omit<ClaimAnn, 'id'>[]): void {
  for (let i = out.length - 1; i >= 0; i--) {
    const c = out[i]!;
    const src = c.spans.source;
    if (!src || !/^(?:I|we|We)$/.test(s.text.slice(src[0], src[1]))) continue;
    // outside quotation marks "I" is the writer's, unless a labelled answer or a colon's content holds it ("ROE: I think …")
    const quoted = quoteAt(s.quotes, src[0]) !== null;
    const host = out.find((h) => h !== c && (h.quote || !quoted) && h.spans.content && h.spans.content[0] <= src[0] && src[1] <= h.spans.content[1]);
    if (host) {
      c.speaker = host.speaker;
      c.sourcing = host.sourcing;
    } else if (quoted) out.splice(i, 1);
  }
}

function dedupeChain(chain: ChainLink[]): ChainLink[] {
  const seen = new Set<string>();
  return chain.filter((c) => (seen.has(c.text + c.role) ? false : (seen.add(c.text + c.role), true)));
}
