/** Claims without a reporting verb: the author's hedged assertions and cited block quotations. */
import type { ChainLink, ClaimAnn, Span } from '../../../core/doc.js';
import { extractQuantities } from '../../lib/claims-quantities.js';
import { mentionsIn, quoteAt, type Unit } from '../../lib/claims-text.js';
import { AUTHOR_MARKER_RE } from './lexicon.js';
import { chainLink, trimSpan, type Scan } from './scan.js';
import { hedgesIn, stanceOf } from './stance.js';

type Draftless = Omit<ClaimAnn, 'id'>;

const BELIEF_MARKER = /believed|thought|suspected|expected|likely/i;
const FALSE_MARKER = /false|untrue|wrong|incorrect|unfounded/i;
const CONNECTIVE = /^(?:however|moreover|meanwhile|nevertheless|still|yet|but|and|also|thus|therefore|additionally|furthermore)\b[,\s]*/i;

type Parts = Pick<Draftless, 'speaker' | 'chain' | 'cue' | 'kind' | 'stance' | 'hedges' | 'quote' | 'sourcing' | 'quantities' | 'spans'>;

/** The whole record, fields in `ClaimAnn`'s order (a spread plus new fields would give each object a map of its own in V8). */
function record(s: Scan, content: Span, evidence: Span, stage: string, p: Parts): Draftless {
  return {
    speaker: p.speaker,
    chain: p.chain,
    cue: p.cue,
    kind: p.kind,
    stance: p.stance,
    hedged: p.hedges.length > 0,
    hedges: p.hedges,
    quote: p.quote,
    sourcing: p.sourcing,
    saidOn: null,
    content: s.text.slice(content.start, content.end),
    about: mentionsIn(s.mentions, content.start, content.end).map((m) => m.id),
    quantities: p.quantities,
    evidence,
    spans: p.spans,
    stage,
  };
}

/** The author's own claim, only for sentences carrying an epistemic marker ("is believed to", "proved to be false"). */
export function authorClaim(s: Scan, u: Unit, stage: string): Draftless | null {
  const sentence = s.text.slice(u.start, u.end);
  const m = AUTHOR_MARKER_RE.exec(sentence);
  if (!m || quoteAt(s.quotes, u.start + m.index)) return null;
  const lead = CONNECTIVE.exec(sentence)?.[0].length ?? 0;
  const [a, b] = trimSpan(s.text, u.start + lead, u.end);
  if (b - a < 12) return null;
  const content = { start: a, end: b };
  const text = s.text.slice(a, b);
  const cue: [number, number] = [u.start + m.index, u.start + m.index + m[0].length];
  const qs = extractQuantities(s.text, a, b, s.times);
  const hedges = hedgesIn(sentence, null);
  return record(s, content, { start: u.start, end: u.end }, stage, {
    speaker: { kind: 'author', mention: null, text: null },
    chain: [],
    cue: m[0],
    kind: BELIEF_MARKER.test(m[0]) ? 'belief' : 'statement',
    stance: FALSE_MARKER.test(m[0]) ? 'deny' : stanceOf('assert', text, qs.length > 0),
    hedges,
    quote: false,
    sourcing: 'unattributed',
    quantities: qs,
    spans: { source: null, cue, content: [a, b] },
  });
}

export interface Citation {
  paren: Span;
  block: Span;
  link: ChainLink;
  /** a claim for the cited block, used when no cue inside it made one */
  claim: Draftless | null;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** "(Roth, The New York Times, May 29, 2015)", "(Asia-Plus, May 12)" */
const CITATION_RE = new RegExp(`\\(((?:(?!\\s*${MONTH})[^()\\n,]{2,80},\\s*){0,3}(?!\\s*${MONTH})[^()\\n,]{2,80}),\\s*(?:${MONTH}(?:\\s+\\d{1,2})?(?:,\\s*\\d{4})?|\\d{4})\\)`, 'g');

/** Parenthetical source citations closing a block quotation, one pass over the text. */
export function citationBlocks(s: Scan): Citation[] {
  const out: Citation[] = [];
  CITATION_RE.lastIndex = 0;
  for (let m = CITATION_RE.exec(s.text); m; m = CITATION_RE.exec(s.text)) {
    const paren = { start: m.index, end: m.index + m[0].length };
    const innerStart = m.index + 1;
    const link = chainLink(s, innerStart, innerStart + m[1]!.length, 'citation');
    const blockStart = s.text.lastIndexOf('\n', m.index - 1) + 1;
    const [a, b] = trimSpan(s.text, blockStart, m.index);
    const block = { start: blockStart, end: paren.end };
    out.push({ paren, block, link, claim: b - a >= 40 ? blockClaim(s, { start: a, end: b }, paren, link) : null });
  }
  return out;
}

function blockClaim(s: Scan, content: Span, paren: Span, link: ChainLink): Draftless {
  const first = link.text.split(',')[0]!.trim();
  const who = mentionsIn(s.mentions, paren.start, paren.end)[0];
  const text = s.text.slice(content.start, content.end);
  const qs = extractQuantities(s.text, content.start, content.end, s.times);
  const hedges = hedgesIn(text, null);
  return record(s, content, { start: content.start, end: paren.end }, '', {
    speaker: { kind: 'named', mention: who?.id ?? null, text: first },
    chain: [link],
    cue: s.text.slice(paren.start, paren.end),
    kind: 'statement',
    stance: stanceOf('assert', text, qs.length > 0),
    hedges,
    quote: true,
    sourcing: 'named',
    quantities: qs,
    spans: { source: [paren.start + 1, paren.start + 1 + first.length], cue: [paren.start, paren.end], content: [content.start, content.end] },
  });
}
