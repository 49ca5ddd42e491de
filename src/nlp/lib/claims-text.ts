/** Text structure shared by the claim, event and relation stages: rejoined sentences, quote regions, mention lookup. */
import type { Mention, Sentence, Span, Token } from '../../core/doc.js';

/** A sentence with its token index range [t0, t1). */
export interface Unit extends Span {
  t0: number;
  t1: number;
}

const TERMINAL = /[.!?:;"”»)\]…]\s*$/;

/**
 * Sentences rejoined across hard line wraps: stage 10 starts a sentence at every line break,
 * which cuts wrapped paragraphs mid-clause. A break is a wrap when no blank line follows, the
 * line does not end a sentence, and the next line starts in lower case or the line is long.
 */
export function claimUnits(text: string, sentences: readonly Sentence[], tokens: readonly Token[]): Unit[] {
  const units: Unit[] = [];
  let ti = 0;
  for (const s of sentences) {
    const t0 = ti;
    while (ti < tokens.length && tokens[ti]!.start < s.end) ti++;
    const prev = units[units.length - 1];
    if (prev && isWrap(text, prev, s)) {
      prev.end = s.end;
      prev.t1 = ti;
    } else units.push({ start: s.start, end: s.end, t0, t1: ti });
  }
  return units;
}

function isWrap(text: string, prev: Span, next: Span): boolean {
  const gap = text.slice(prev.end, next.start);
  // (splits on one line after an abbreviation or inside an initialism are stage 10's to avoid: see 10-tokens)
  if (!/^[ \t]*\n[ \t]*$/.test(gap)) return false;
  const prevText = text.slice(prev.start, prev.end);
  if (TERMINAL.test(prevText)) return false;
  const lineStart = text.lastIndexOf('\n', prev.end - 1) + 1;
  const firstChar = text[next.start] ?? '';
  return /[a-z0-9]/.test(firstChar) || prev.end - lineStart >= 45;
}

/** A quotation: `open` is the opening mark's offset, `close` the closing mark's (or the paragraph end when unclosed). */
export interface QuoteRegion {
  open: number;
  close: number;
}

/** Curly and straight double quotes, in one linear scan; an unclosed quote ends with its paragraph (see `paragraphEnd`). */
export function quoteRegions(text: string): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  let open = -1;
  let straight = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || (c === 0x22 && open < 0)) {
      if (open >= 0) out.push({ open, close: i });
      open = i;
      straight = c === 0x22;
    } else if (c === 0x201d || (c === 0x22 && (straight || closingPosition(text, i)))) {
      // mixed marks close too ("“…," / "…”"): a straight mark after a word and before a space closes a curly quote
      if (open >= 0) out.push({ open, close: i });
      open = -1;
    } else if (c === 0x0a && open >= 0 && (text.charCodeAt(i + 1) === 0x0a || paragraphEnd(text, i))) {
      out.push({ open, close: i });
      open = -1;
    }
  }
  if (open >= 0) out.push({ open, close: text.length });
  return out;
}

function closingPosition(text: string, i: number): boolean {
  return /[^\s“]/.test(text[i - 1] ?? ' ') && /[\s,.;:!?)—–]|^$/.test(text[i + 1] ?? '');
}

/**
 * A single line break ends a paragraph (and an unclosed quotation) when the line ends a sentence and the next
 * line starts a new one; a quotation running on over paragraphs reopens with its own mark.
 */
function paragraphEnd(text: string, nl: number): boolean {
  let k = nl - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r')) k--;
  const next = text[nl + 1] ?? '';
  return /[.!?…]/.test(text[k] ?? '') && /[A-Z“"]/.test(next);
}

/** Index of the last item whose start is ≤ pos (items sorted by start), or -1. */
export function lastAtOrBefore<T extends { start: number }>(items: readonly T[], pos: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start <= pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** The quote region strictly containing offset `pos`, or null. */
export function quoteAt(regions: readonly QuoteRegion[], pos: number): QuoteRegion | null {
  let lo = 0;
  let hi = regions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = regions[mid]!;
    if (pos <= r.open) hi = mid - 1;
    else if (pos >= r.close) lo = mid + 1;
    else return r;
  }
  return null;
}

/** Mentions overlapping [start, end), in order; mentions must be sorted by start. */
export function mentionsIn(mentions: readonly Mention[], start: number, end: number): Mention[] {
  const out: Mention[] = [];
  let i = lastAtOrBefore(mentions, start);
  if (i < 0) i = 0;
  while (i > 0 && mentions[i - 1]!.end > start) i--;
  for (; i < mentions.length && mentions[i]!.start < end; i++) {
    if (mentions[i]!.end > start) out.push(mentions[i]!);
  }
  return out;
}
