/** The per-document view the claim finder works over, built once in linear time. */
import type { ChainLink, Doc, Mention, TimeExpr, Token } from '../../../core/doc.js';
import { layer, token } from '../../../core/doc.js';
import { claimUnits, mentionsIn, quoteRegions, type QuoteRegion, type Unit } from '../../lib/claims-text.js';
import { CUES } from './lexicon.js';

export interface Scan {
  text: string;
  tokens: readonly Token[];
  mentions: readonly Mention[];
  times: readonly TimeExpr[];
  quotes: QuoteRegion[];
  units: Unit[];
  /** per token: 1 when it lies inside a time expression */
  inTime: Uint8Array;
}

export function buildScan(doc: Doc): Scan {
  const { text, tokens } = doubleHyphenView(twoQuoteView(doc.text, layer(doc, 'tokens')));
  const times = layer(doc, 'times');
  const mentions = [...layer(doc, 'mentions')].sort((a, b) => a.start - b.start);
  const inTime = new Uint8Array(tokens.length);
  let ti = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (ti < times.length && times[ti]!.end <= t.start) ti++;
    if (ti < times.length && times[ti]!.start < t.end) inTime[i] = 1;
  }
  return {
    text,
    tokens,
    mentions,
    times,
    quotes: quoteRegions(text),
    units: colonBlocks(text, tokens, claimUnits(text, layer(doc, 'sentences'), tokens)),
    inTime,
  };
}

/**
 * A line ending "X said:" and the paragraph after it, read as one unit, so the quotation or block the colon
 * introduces is X's. Only when a reporting verb stands within four words of the colon ("Related:" stays alone).
 */
function colonBlocks(text: string, tokens: readonly Token[], units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const next = units[i + 1];
    const colon = u.t1 - 1;
    if (next && colon > u.t0 && tokens[colon]!.norm === ':' && /\n/.test(text.slice(u.end, next.start)) && introduced(tokens, u.t0, colon)) {
      out.push({ start: u.start, end: next.end, t0: u.t0, t1: next.t1 });
      i++;
    } else out.push(u);
  }
  return out;
}

/** a statement cue of the lexicon within four words of the colon ("He said:", "She wrote on her blog:") */
const introduced = (tokens: readonly Token[], t0: number, colon: number): boolean => {
  for (let k = colon - 1; k >= Math.max(t0, colon - 4); k--) if (CUES.get(tokens[k]!.norm)?.some((d) => d.words.length === 1 && d.kind === 'statement')) return true;
  return false;
};

/**
 * Some outlets quote with two apostrophes (''…''). The scan reads each pair as one straight quote mark
 * followed by a space, same length, so offsets stay those of the document; the pair's second token is dropped.
 */
function twoQuoteView(text: string, tokens: readonly Token[]): { text: string; tokens: readonly Token[] } {
  if (!text.includes("''")) return { text, tokens };
  const view = text.replace(/''/g, '" ');
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (t.norm === "'" && next && next.norm === "'" && next.start === t.end && text.startsWith("''", t.start)) {
      out.push(token(t.start, t.start + 1, t.pos, '"', t.sentence));
      i++;
    } else out.push(t);
  }
  return { text: view, tokens: out };
}

/** Typewriter dashes ("X -- who …", "ORLANDO (Reuters) - X …") read as the dash they stand for. */
function doubleHyphenView(v: { text: string; tokens: readonly Token[] }): { text: string; tokens: readonly Token[] } {
  if (!v.text.includes('--') && !v.text.includes(' - ')) return v;
  const dash = (t: Token) => t.norm === '--' || (t.norm === '-' && /\s/.test(v.text[t.start - 1] ?? '') && /\s/.test(v.text[t.end] ?? ''));
  // a packed array (not map()'s holey one): the scan's readers then see one kind of array
  const tokens: Token[] = [];
  for (const t of v.tokens) tokens.push(dash(t) ? token(t.start, t.end, t.pos, '—', t.sentence) : t);
  return { text: v.text, tokens };
}

export const PUNCT_BOUNDARY = new Set([',', ';', ':', '(', ')', '“', '”', '"', '—', '–', '.', '!', '?', '‘']);
export const QUOTE_OPEN = new Set(['“', '"']);
export const QUOTE_CLOSE = new Set(['”', '"']);

/** Whether token `k` starts with a capital: a name, whatever the tagger made of it ("the Valley Herald" read as a verb). */
export function capitalised(s: Scan, k: number): boolean {
  const t = s.tokens[k];
  return t !== undefined && /\p{Lu}/u.test(s.text[t.start] ?? '');
}

/**
 * "Jolly said …" opening a sentence: a capitalised word the tagger did not read as a name is one when the document
 * also writes it capitalised inside a sentence ("Rep. David Jolly").
 */
export function nameElsewhere(s: Scan, k: number): boolean {
  const t = s.tokens[k]!;
  const word = s.text.slice(t.start, t.end);
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  for (let at = s.text.indexOf(word); at >= 0; at = s.text.indexOf(word, at + 1)) {
    if (at === t.start || /[\p{L}\p{N}]/u.test(s.text[at + word.length] ?? '')) continue;
    const before = s.text.slice(Math.max(0, at - 3), at);
    if (/[\p{L}\p{N},]\s$/u.test(before)) return true; // preceded by a word or comma, not a sentence start
  }
  return false;
}

/** Whether token `k` ends a hyphenated compound ("self-described", "prize-winning", "so-called"): a modifier, not a verb. */
export function compoundTail(s: Scan, k: number): boolean {
  const h = s.tokens[k - 1];
  const w = s.tokens[k - 2];
  return k >= 2 && h!.norm === '-' && w!.end === h!.start && h!.end === s.tokens[k]!.start;
}

export function tokText(s: Scan, a: number, b: number): string {
  return s.text.slice(s.tokens[a]!.start, s.tokens[b]!.end);
}

/** A chain link naming the first mention inside the span, if any. */
export function chainLink(s: Scan, start: number, end: number, role: ChainLink['role']): ChainLink {
  const m = mentionsIn(s.mentions, start, end)[0];
  return { mention: m?.id ?? null, text: s.text.slice(start, end), role };
}

/** Trims trailing punctuation and whitespace off a character span. */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  while (end > start && /[\s,.;:!?]/.test(text[end - 1]!)) end--;
  while (start < end && /\s/.test(text[start]!)) start++;
  return [start, end];
}
