/** Attributions cued by punctuation, not verbs: "“…” ― Jane Roe" and "ROE: …" / "Roe: “…”". */
import type { ClaimAnn, Mention } from '../../../core/doc.js';
import { extractQuantities } from '../../lib/claims-quantities.js';
import { mentionsIn, quoteAt, type Unit } from '../../lib/claims-text.js';
import { trimSpan, type Scan } from './scan.js';
import { stanceOf } from './stance.js';

type Draftless = Omit<ClaimAnn, 'id'>;

const SPEAKING = new Set(['PERSON', 'ORG', 'GROUP']);
/** "” ― Jane A. Roe" after a closing quotation mark */
const NAME_WORD = String.raw`\p{Lu}(?:\.|[\p{L}'’-]*)`;
/** a speaker label opening a line or sentence: "ROE:", "Jane Roe:" */
const LABEL = /[“"]?[ \t]*(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3}):[ \t]+(?=\S)/uy;

function claim(s: Scan, speaker: [number, number], cue: [number, number], content: [number, number], m: Mention | undefined, stage: string): Draftless {
  const text = s.text.slice(content[0], content[1]);
  const quantities = extractQuantities(s.text, content[0], content[1], s.times);
  return {
    speaker: { kind: 'named', mention: m?.id ?? null, text: s.text.slice(speaker[0], speaker[1]) },
    chain: [],
    cue: s.text.slice(cue[0], cue[1]),
    kind: 'statement',
    stance: stanceOf('assert', text, quantities.length > 0),
    hedged: false,
    hedges: [],
    quote: true,
    sourcing: 'named',
    saidOn: null,
    content: text,
    about: mentionsIn(s.mentions, content[0], content[1]).map((x) => x.id),
    quantities,
    evidence: { start: Math.min(speaker[0], content[0]), end: Math.max(speaker[1], content[1]) },
    spans: { source: speaker, cue, content },
    stage,
  };
}

/** a signature after a closing quotation mark, on its line or the next: "” ― Jane A. Roe" */
const SIGNED = new RegExp(String.raw`[”"][^\S\n]*\n?[^\S\n]*([―—–])[^\S\n]*(${NAME_WORD}(?:[^\S\n]+${NAME_WORD}){0,4})`, 'gu'); // spaces include no-break ones

/**
 * Quotations signed with a dash and a name, as in pull quotes and readers' comments; one pass over the text.
 * Some pages open such a quotation with a closing mark, so without a matching opening mark it starts its line.
 */
export function dashQuotes(s: Scan, stage: string): Draftless[] {
  const out: Draftless[] = [];
  SIGNED.lastIndex = 0;
  for (let m = SIGNED.exec(s.text); m; m = SIGNED.exec(s.text)) {
    const close = m.index;
    const q = quoteAt(s.quotes, close - 1);
    const lineStart = s.text.lastIndexOf('\n', close - 1) + 1;
    // a comment that opens its line with a mark is the whole line, whatever quotations nest inside it
    const open = q && q.close === close && !/[“”"]/.test(s.text[lineStart] ?? '') ? q.open + 1 : lineStart;
    const content = trimSpan(s.text, open, close);
    while (content[0] < content[1] && /[“”"]/.test(s.text[content[0]]!)) content[0]++;
    if (content[1] - content[0] < 12) continue;
    const nameStart = SIGNED.lastIndex - m[2]!.length;
    const name: [number, number] = [nameStart, nameStart + m[2]!.length];
    const mention = mentionsIn(s.mentions, name[0], name[1])[0];
    if (mention && !SPEAKING.has(mention.type)) continue;
    const dash = s.text.indexOf(m[1]!, close);
    out.push(claim(s, name, [dash, dash + 1], content, mention, stage));
  }
  return out;
}

/**
 * A speaker label at the start of a unit: a transcript's "ROE: …" (all capitals) or a named
 * person or body followed by a quotation ("Roe: “…”"). Topic labels ("Tajikistan: …", "Note: …") are no speakers.
 */
export function labelClaim(s: Scan, u: Unit, stage: string): Draftless | null {
  LABEL.lastIndex = u.start;
  const m = LABEL.exec(s.text);
  if (!m || LABEL.lastIndex > u.end) return null;
  const nameStart = s.text.indexOf(m[1]!, u.start);
  const name: [number, number] = [nameStart, nameStart + m[1]!.length];
  const after = LABEL.lastIndex;
  const mention = mentionsIn(s.mentions, name[0], name[1]).find((x) => x.start <= name[0] && x.end >= name[1]);
  const caps = m[1]!.length >= 3 && m[1] === m[1]!.toUpperCase() && /\p{Lu}{3}/u.test(m[1]!);
  const quoted = /^[“"]/.test(s.text.slice(after, after + 1));
  const headline = s.text.slice(0, u.start).trim() === ''; // "Roe: The Port Will Reopen" as an article's title
  if (!caps && !(mention && SPEAKING.has(mention.type) && (quoted || headline))) return null;
  const inner = quoted ? quoteAt(s.quotes, after + 1) : null;
  // a transcript's answer runs to the end of its paragraph
  const lineEnd = s.text.indexOf('\n', after);
  let end = caps && !inner ? Math.max(u.end, lineEnd < 0 ? s.text.length : lineEnd) : u.end;
  if (caps && !inner && /[“"]/.test(s.text[u.start] ?? '')) end = reopenedParagraphs(s, end);
  const content = inner ? trimSpan(s.text, inner.open + 1, inner.close) : trimSpan(s.text, after, end);
  if (content[1] - content[0] < 8) return null;
  const colon = nameStart + m[1]!.length;
  return claim(s, name, [colon, colon + 1], content, mention, stage);
}

/** A transcript whose paragraphs each reopen with a quotation mark: the answer runs on until the next label. */
function reopenedParagraphs(s: Scan, end: number): number {
  const para = /\n[^\S\n]*\n?[^\S\n]*([“"][^\n]*)/y;
  for (let guard = 0; guard < 20; guard++) {
    para.lastIndex = end;
    const m = para.exec(s.text);
    if (!m) break;
    LABEL.lastIndex = m.index + m[0].length - m[1]!.length;
    if (LABEL.test(s.text) || /^[“"]\(/.test(m[1]!)) break; // the next speaker, or a "(CROSSTALK)" note
    end = trimSpan(s.text, end, m.index + m[0].length)[1];
  }
  return end;
}
