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
import { buildScan, type Scan } from './scan.js';
import { hedgesIn, stanceOf } from './stance.js';

export const claimsStage: Stage<NlpContext> = {
  name: '60-claims',
  version: '2',
  requires: ['sentences', 'tokens', 'mentions', 'links', 'times'],
  produces: ['claims'],
  run(doc) {
    doc.layers.claims = findClaims(doc, stageTag(claimsStage));
  },
};

/** All claims in document order, ids `c0…`. */
export function findClaims(doc: Doc, stage: string): ClaimAnn[] {
  layer(doc, 'links'); // declared input: speakers are mentions, links resolve them downstream
  const s = buildScan(doc);
  const citations = citationBlocks(s);
  const out: Omit<ClaimAnn, 'id'>[] = [];
  let prevQuote: Omit<ClaimAnn, 'id'> | null = null;
  let prevStart = 0;
  for (const u of s.units) {
    const drafts = draftUnit(s, u);
    let last: ClaimAnn['speaker'] | null = null;
    for (const d of drafts) {
      const c = finish(s, d, last, stage, prevStart);
      last = c.speaker;
      out.push(c);
    }
    if (drafts.length === 0) {
      const cont = continuedQuote(s, u, prevQuote, out);
      const a = labelClaim(s, u, stage) ?? cont ?? authorClaim(s, u, stage);
      if (a) out.push(a);
    }
    const lastOut = out[out.length - 1];
    if (lastOut && lastOut.evidence.end >= u.start) prevQuote = lastOut.quote ? lastOut : null;
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
  return out.map((c, i) => ({ id: `c${i}`, ...c }));
}

/** `contextFrom`: start of the previous sentence, where "4,000 of them" looks for its unit. */
function finish(s: Scan, d: Draft, inherited: ClaimAnn['speaker'] | null, stage: string, contextFrom: number): Omit<ClaimAnn, 'id'> {
  const who = d.who ?? { speaker: inherited ?? { kind: 'author', mention: null, text: null }, sourcing: sourcingOf(inherited), impersonal: null, agent: true };
  const { start, end } = d.content;
  const content = s.text.slice(start, end);
  const quantities = extractQuantities(s.text, start, end, s.times, Math.min(contextFrom, start));
  const evidence: Span = { start: Math.min(d.unit.start, start), end: Math.max(d.unit.end, end) };
  const hedges = hedgesIn(s.text.slice(evidence.start, evidence.end), who.impersonal);
  const cueSpan: [number, number] = [s.tokens[d.cueFrom]!.start, s.tokens[d.cueTo]!.end];
  const src = d.subject ? ([s.tokens[d.subject.from]!.start, s.tokens[d.subject.to]!.end] as [number, number]) : null;
  return {
    speaker: who.speaker,
    chain: dedupeChain(d.chain),
    cue: s.text.slice(cueSpan[0], cueSpan[1]),
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

/** A whole-sentence quotation right after a quoted claim continues it ("“…,” X said. “…”"). */
function continuedQuote(s: Scan, u: Unit, prev: Omit<ClaimAnn, 'id'> | null, out: Omit<ClaimAnn, 'id'>[]): Omit<ClaimAnn, 'id'> | null {
  if (!prev || !/^[“"]/.test(s.text.slice(u.start, u.start + 1))) return null;
  const q = quoteAt(s.quotes, u.start + 1);
  if (!q || (prev.spans.content && q.open < prev.spans.content[1])) return null;
  if (q.close < u.end - 2 || q.close - q.open < 20) return null; // the quotation must be the sentence, not a phrase in it
  if (/\n\s*\n/.test(s.text.slice(prev.evidence.end, u.start))) return null; // a new paragraph starts a new voice
  const start = q.open + 1;
  const end = q.close;
  const content = s.text.slice(start, end).trim();
  if (out.some((c) => c.spans.content?.[0] === start)) return null;
  return {
    ...prev,
    content,
    quote: true,
    about: mentionsIn(s.mentions, start, end).map((m) => m.id),
    quantities: extractQuantities(s.text, start, end, s.times),
    evidence: { start: u.start, end: Math.max(u.end, end) },
    spans: { ...prev.spans, content: [start, start + content.length] },
    saidOn: prev.saidOn,
  };
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
    if (!covered && c.claim) out.push({ ...c.claim, stage });
  }
}

/** "“… I told them …,” X said": a first-person report inside a quotation is X's; without an enclosing quoted claim it is dropped. */
function resolveFirstPerson(s: Scan, out: Omit<ClaimAnn, 'id'>[]): void {
  for (let i = out.length - 1; i >= 0; i--) {
    const c = out[i]!;
    const src = c.spans.source;
    if (!src || !/^(?:I|we|We)$/.test(s.text.slice(src[0], src[1])) || !quoteAt(s.quotes, src[0])) continue;
    const host = out.find((h) => h !== c && h.quote && h.spans.content && h.spans.content[0] <= src[0] && src[1] <= h.spans.content[1]);
    if (host) {
      c.speaker = host.speaker;
      c.sourcing = host.sourcing;
    } else out.splice(i, 1);
  }
}

function dedupeChain(chain: ChainLink[]): ChainLink[] {
  const seen = new Set<string>();
  return chain.filter((c) => (seen.has(c.text + c.role) ? false : (seen.add(c.text + c.role), true)));
}
