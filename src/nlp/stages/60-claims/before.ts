/** Contents before the cue ("“P,” X said", "P, X said") and contents the source and cue split ("The pier, X said, will close"). */
import type { Token } from '../../../core/doc.js';
import { quoteAt, type Unit } from '../../lib/claims-text.js';
import { MIN_CONTENT, type Content } from './content.js';
import { PUNCT_BOUNDARY, QUOTE_CLOSE, QUOTE_OPEN, trimSpan, type Scan } from './scan.js';

/** Content before the source starting at token `from`: a quotation just before it, or the clause before the comma. */
export function contentBefore(s: Scan, u: Unit, from: number, clauseStart: number): Content | null {
  let k = from - 1;
  while (k >= u.t0 && (/^[,—–-]$/.test(s.tokens[k]!.norm) || (k === from - 1 && s.tokens[k]!.norm === 'as'))) k--; // "P, as X said"
  if (k < u.t0) {
    // the quotation may close the previous unit: “…” / the source starts the next line
    const before = s.text.slice(0, s.tokens[from]!.start).trimEnd();
    const close = before.length - 1;
    if (close >= 0 && QUOTE_CLOSE.has(before[close]!)) return quoteContent(s, close);
    return null;
  }
  const t = s.tokens[k]!;
  if (QUOTE_CLOSE.has(t.norm)) {
    const q = quoteContent(s, t.start);
    return q && /^\p{Ll}/u.test(s.text[q.start] ?? '') ? (clauseAround(s, u, q, clauseStart, t.end) ?? q) : q;
  }
  const [a, b] = trimSpan(s.text, Math.max(clauseStart, u.start), t.end);
  return b - a >= 8 ? { start: a, end: b, quote: false, chain: [] } : null;
}

/**
 * "using the tax ''is a misguided approach,'' said X": a quotation opening in lower case finishes a clause the writer
 * began, so the content is that clause, from its last comma, colon or dash (or the sentence start) to the closing mark.
 */
function clauseAround(s: Scan, u: Unit, q: Content, clauseStart: number, markEnd: number): Content | null {
  let k = u.t0;
  while (k < u.t1 && s.tokens[k]!.end <= q.start - 1) k++; // the first token at the opening mark
  const open = k - 1 >= u.t0 && QUOTE_OPEN.has(s.tokens[k - 1]!.norm) ? k - 1 : k;
  let from = open;
  while (from - 1 >= u.t0 && s.tokens[from - 1]!.start >= clauseStart && !/^[,;:—–(]$/.test(s.tokens[from - 1]!.norm)) from--;
  if (from >= open) return null;
  const [a] = trimSpan(s.text, s.tokens[from]!.start, q.end);
  return { start: a, end: markEnd, quote: true, chain: [] }; // ends quoting: a quotation after it continues it
}

function quoteContent(s: Scan, closeAt: number): Content | null {
  const q = quoteAt(s.quotes, closeAt - 1) ?? quoteAt(s.quotes, closeAt);
  if (!q) return null;
  const [a, b] = trimSpan(s.text, q.open + 1, q.close);
  return b - a >= MIN_CONTENT ? { start: a, end: b, quote: true, chain: [] } : null;
}

/**
 * A content split by its source and cue covers both pieces: "The museum, X said, would open" and
 * "“P1,” X said, “P2.”". `lead` is the first token of the source-and-cue, `tail` its last.
 */
export function joinAround(s: Scan, u: Unit, c: Content, lead: number, tail: number): Content {
  const leadAt = s.tokens[lead]!.start;
  // "The club's outlay, X said, “is a fine example” of adapting": a quotation opening in lower case goes on with the
  // clause the source interrupts, so the content is that whole clause
  const continues = c.quote && QUOTE_OPEN.has(s.tokens[tail + 2]?.norm ?? '') && /^\p{Ll}/u.test(s.text[c.start] ?? '');
  if (c.start >= s.tokens[tail]!.end && (!c.quote || continues) && lead - 1 > u.t0 && s.tokens[lead - 1]!.norm === ',') {
    const before = s.tokens.slice(u.t0, lead - 1);
    const first = s.tokens[tail + 1]?.norm === ',' ? s.tokens[tail + 2] : undefined;
    if (!first || before.some((t) => QUOTE_CLOSE.has(t.norm))) return c;
    if (continues ? first.end > c.start : first.start < c.start) return c;
    // the source and cue interrupt one reported clause, so what precedes them in that clause is reported too
    // ("The pier, X said, will close"); a clause opened by "where"/"which"/"but" starts after that word
    let from = u.t0;
    for (let k = lead - 2; k >= u.t0; k--) {
      if (/^(?:where|which|who|whom|whose|that|because|while|although|though|whereas|but|[;:—–])$/.test(s.tokens[k]!.norm)) {
        from = k + 1;
        break;
      }
    }
    if (from >= lead - 1) return c;
    const start = trimSpan(s.text, s.tokens[from]!.start, leadAt)[0];
    if (continues) {
      let k = u.t1 - 1; // to the clause's last word, past the closing mark and full stop
      while (k > tail && (PUNCT_BOUNDARY.has(s.tokens[k]!.norm) || QUOTE_CLOSE.has(s.tokens[k]!.norm))) k--;
      return { start, end: Math.max(c.end, s.tokens[k]!.end), quote: false, chain: c.chain };
    }
    return { start, end: c.end, quote: c.quote, chain: c.chain };
  }
  if (c.quote && c.end <= leadAt) {
    // "“P1,” X said, “P2”", also past an adjunct: "“P1,” X said during a rally in Y, “but P2”"
    let k = tail + 1;
    const stops = (t: Token) => /^(?:VERB|AUX)$/.test(t.pos) && !(t.norm.endsWith('ing') && s.tokens[k - 1]!.norm === ','); // "…, pointing to the chart, “P2”"
    while (k < u.t1 && k <= tail + 12 && !QUOTE_OPEN.has(s.tokens[k]!.norm) && !stops(s.tokens[k]!) && !/^[.;:!?]$/.test(s.tokens[k]!.norm)) k++;
    if (k === tail + 1 || k >= u.t1 || !QUOTE_OPEN.has(s.tokens[k]!.norm) || s.tokens[k - 1]!.norm !== ',' && !/^(?:but|and)$/.test(s.tokens[k - 1]!.norm)) return c;
    const q = quoteAt(s.quotes, s.tokens[k]!.start + 1);
    if (q && q.close <= u.end + 1) return { start: c.start, end: trimSpan(s.text, c.start, q.close)[1], quote: c.quote, chain: c.chain };
  }
  return c;
}
