/** Finding what is claimed: the clause or quotation after a cue, or before it ("…, X said"). */
import type { ChainLink } from '../../../core/doc.js';
import { quoteAt, type Unit } from '../../lib/claims-text.js';
import { PUNCT_BOUNDARY, QUOTE_CLOSE, QUOTE_OPEN, chainLink, trimSpan, type Scan } from './scan.js';

export interface Content {
  start: number;
  end: number;
  quote: boolean;
  chain: ChainLink[];
}

const WORD = String.raw`[A-Z][\p{L}\d&'’-]*(?:\.[\p{L}\d]+)*`;
/** a capitalised name on one line: "The Afghan Islamic Press (AIP) news agency", "EurasiaNet.org" */
const NAME = String.raw`(?!an?\s)((?:the\s+)?${WORD}(?:[ \t]+(?:${WORD}|of|and|for|the|de|al)(?=\s|$|[,.;:)(]))*(?:[ \t]*\([A-Z][A-Za-z]*\))?(?:[ \t]+(?:news[ \t]+agency|television|newspaper|website|radio|channel|agency))?)`;
/** "in a statement quoted by X", "in an interview with X", "in a piece for X", "for X", "to X" after a cue */
const CHAIN_PP = new RegExp(
  String.raw`\s*,?\s*(?:(?:in|during)\s+(?:(?:an?|the|his|her|its|their)\s+)?(?:exclusive\s+|recent\s+|televised\s+|joint\s+)?(?:statements?|piece|interview|article|op-ed|column|post|speech|address|letter|remarks|comments|report|tweet|video|briefing|message|broadcast)(?:\s+(?:quoted\s+by|published\s+by|carried\s+by|with|for|to|on|in)\s+${NAME})?|(?:for|to|with)\s+${NAME}|on\s+condition\s+of\s+anonymity(?:\s+because[^,.;]*)?)`,
  'uy',
);

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
    if (s.inTime[p] || ((t.norm === 'on' || t.norm === 'in') && s.inTime[p + 1])) {
      p++;
      while (p < u.t1 && s.inTime[p]) p++;
      continue;
    }
    CHAIN_PP.lastIndex = t.start;
    const m = CHAIN_PP.exec(s.text);
    if (!m || m[0].trim() === '' || CHAIN_PP.lastIndex > u.end) break;
    const name = m[1] ?? m[2];
    if (name) {
      const at = s.text.indexOf(name, t.start);
      chain.push(chainLink(s, at, at + name.length, 'outlet'));
    }
    p = tokenAt(s, u, CHAIN_PP.lastIndex);
  }
  return p;
}

/** The addressee of "told": "told Asia-Plus" is an outlet; "told me", "told a meeting" are not. */
function skipAddressee(s: Scan, u: Unit, p: number, chain: ChainLink[]): number {
  const a = p;
  const inName = (k: number) => s.tokens[k]!.start === s.tokens[k - 1]!.end && !/^[,;:)“”"]$/.test(s.tokens[k]!.norm); // Asia-Plus, EurasiaNet.org
  while (p < u.t1 && (/^(?:PROPN|NOUN|DET|PRON|ADJ|NUM|PART)$/.test(s.tokens[p]!.pos) || (p > a && inName(p))) && s.tokens[p]!.norm !== 'that') p++;
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

/** Content after the cue's last token `ce`, or null when the cue ends its clause. */
export function contentAfter(s: Scan, u: Unit, ce: number, addressee: boolean, chain: ChainLink[]): Content | null {
  let p = stripAfterCue(s, u, ce + 1, chain);
  if (addressee) p = stripAfterCue(s, u, skipAddressee(s, u, p, chain), chain);
  while (p < u.t1 && /^(?:that|:|,)$/.test(s.tokens[p]!.norm)) p++;
  if (p >= u.t1) return null;
  const t = s.tokens[p]!;
  if (QUOTE_OPEN.has(t.norm)) {
    const q = quoteAt(s.quotes, t.start + 1);
    if (q && q.close - q.open > 3) {
      const [a, b] = trimSpan(s.text, q.open + 1, q.close);
      return { start: a, end: b, quote: true, chain: [] };
    }
  }
  if (/^[.!?]$/.test(t.norm) || t.norm === '(') return null;
  let [a, b] = trimSpan(s.text, t.start, Math.max(unitEnd(s, u), t.end));
  const tail = CHAIN_TAIL.exec(s.text.slice(a, b));
  if (tail) {
    const name = tail[1];
    if (name) {
      const at = s.text.lastIndexOf(name, b);
      chain.push(chainLink(s, at, at + name.length, 'outlet'));
    }
    [a, b] = trimSpan(s.text, a, a + tail.index);
  }
  const open = s.text.lastIndexOf('“', b);
  const q = open >= a ? quoteAt(s.quotes, open + 1) : null;
  if (q && q.close > b) b = q.close; // a quotation opened in the content runs to its closing mark
  if (b - a < 3) return null;
  return { start: a, end: b, quote: false, chain: [] };
}

/** Content before the source starting at token `from`: a quotation just before it, or the clause before the comma. */
export function contentBefore(s: Scan, u: Unit, from: number, clauseStart: number): Content | null {
  let k = from - 1;
  while (k >= u.t0 && /^[,—–-]$/.test(s.tokens[k]!.norm)) k--;
  if (k < u.t0) {
    // the quotation may close the previous unit: “…” / the source starts the next line
    const before = s.text.slice(0, s.tokens[from]!.start).trimEnd();
    const close = before.length - 1;
    if (close >= 0 && QUOTE_CLOSE.has(before[close]!)) return quoteContent(s, close);
    return null;
  }
  const t = s.tokens[k]!;
  if (QUOTE_CLOSE.has(t.norm)) return quoteContent(s, t.start);
  const [a, b] = trimSpan(s.text, Math.max(clauseStart, u.start), t.end);
  return b - a >= 8 ? { start: a, end: b, quote: false, chain: [] } : null;
}

function quoteContent(s: Scan, closeAt: number): Content | null {
  const q = quoteAt(s.quotes, closeAt - 1) ?? quoteAt(s.quotes, closeAt);
  if (!q) return null;
  const [a, b] = trimSpan(s.text, q.open + 1, q.close);
  return b - a >= 3 ? { start: a, end: b, quote: true, chain: [] } : null;
}
