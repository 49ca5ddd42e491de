/** Finds byline blocks (author, outlet, date, place lines) at the top or bottom of a cleaned text. */
import type { ActorIndex } from '../../core/actor.js';
import { bylineRest, isPersonName, sourceRest } from '../line-shapes.js';
import { normaliseDate, parseDateLine } from './dates.js';

export interface BylineFound {
  author: string | null;
  outlet: string | null;
  published: string | null;
  /** indexes of the lines that are pure byline and can leave the body */
  lines: number[];
}

type Kind = 'by' | 'source' | 'date' | 'name' | 'outlet' | 'place';
interface Classified {
  kind: Kind;
  value: string;
}

/** How many non-blank lines from each end can hold a byline block. */
const EDGE_LINES = 6;

/** "Jane Doe, Reuters" / "Jane Doe and John Roe | Outlet" / "Jane Doe | May 3, 2022" → person, outlet, date parts. */
export function splitByline(rest: string): { author: string | null; outlet: string | null; published: string | null } {
  const none = { author: null, outlet: null, published: null };
  const parts = rest.split(/\s*[|•·]\s*|\s+[–—-]\s+/u).filter(Boolean);
  let published: string | null = null;
  const kept: string[] = [];
  for (const p of parts) {
    const on = /^(.*?)\s*\bon\s+(.+\d{4}.*)$/u.exec(p);
    const date = normaliseDate(on ? on[2]! : p);
    if (date) {
      published ??= date;
      if (on?.[1]) kept.push(on[1]);
    } else kept.push(p);
  }
  if (kept.length === 0) return none;
  const m = /^(.+?)(?:\s*[,/]\s*|\s+for\s+)(.+)$/u.exec(kept[0]!);
  const head = m ? m[1]! : kept[0]!;
  const outlet = m ? m[2]!.replace(/\.$/, '').trim() : (kept[1] ?? null);
  const names = head.split(/\s+(?:and|&)\s+/u);
  if (!names.every(isPersonName)) return none;
  return { author: head, outlet: outlet && !normaliseDate(outlet) ? outlet : null, published };
}

function isOutletShape(line: string, kb: ActorIndex): boolean {
  if (line.length > 60) return false;
  if (kb.outletByName(line)) return true;
  // an all-capitals masthead of one or two words ("AOPNEWS"), or a bare domain name; longer capitals are headlines
  return /^(?=.*\p{Lu}.*\p{Lu}.*\p{Lu})[\p{Lu}\d&.'’-]+(?: [\p{Lu}\d&.'’-]+)?$/u.test(line) || /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(line);
}

function classify(line: string, kb: ActorIndex): Classified | null {
  if (line.length > 140) return null;
  const by = bylineRest(line);
  if (by !== null) return splitByline(by).author ? { kind: 'by', value: by } : null;
  const src = sourceRest(line);
  if (src !== null) return { kind: 'source', value: src };
  const date = parseDateLine(line);
  if (date) return { kind: 'date', value: date.value };
  if (isPersonName(line)) return { kind: 'name', value: line.replace(/[,;]$/, '') };
  if (isOutletShape(line, kb)) return { kind: 'outlet', value: line };
  if (/^\p{Lu}[\p{L}'’.-]+(?:[ ,]+\p{Lu}[\p{L}'’.-]+){0,2}$/u.test(line) && line.length <= 40) return { kind: 'place', value: line };
  return null;
}

/** Turns a run of classified lines into a byline, if the run holds enough evidence to be one. */
function judge(run: { idx: number; c: Classified }[]): BylineFound | null {
  const found: BylineFound = { author: null, outlet: null, published: null, lines: [] };
  const kinds = new Set(run.map((r) => r.c.kind));
  // a bare name or masthead only counts next to a date, a masthead or an explicit "By"/"Source"
  const strong = kinds.has('by') || kinds.has('source') || kinds.has('date') || (kinds.has('name') && kinds.has('outlet'));
  if (!strong) return null;
  for (const { idx, c } of run) {
    // with an explicit "By" line, a bare capitalised line is a headline or heading, not a second author
    if (c.kind === 'name' && kinds.has('by')) continue;
    if (c.kind === 'by') {
      const s = splitByline(c.value);
      found.author ??= s.author;
      found.outlet ??= s.outlet;
      found.published ??= s.published;
    } else if (c.kind === 'name') found.author ??= c.value;
    else if (c.kind === 'source' || c.kind === 'outlet') found.outlet ??= c.value;
    else if (c.kind === 'date') found.published ??= c.value;
    else if (c.kind === 'place' && !(kinds.has('name') || kinds.has('by'))) continue;
    found.lines.push(idx);
  }
  return found.author || found.outlet || found.published ? found : null;
}

/** Classified lines from one edge inward, stopping at the first line of prose. */
function edgeRun(lines: string[], order: number[], kb: ActorIndex): { idx: number; c: Classified }[] {
  const run: { idx: number; c: Classified }[] = [];
  const seen = new Set<Kind>();
  for (const idx of order) {
    const c = classify(lines[idx]!, kb);
    // a block holds one line of each kind; a second "name" is the headline or a heading
    if (!c || seen.has(c.kind)) break;
    seen.add(c.kind);
    run.push({ idx, c });
  }
  return run;
}

/**
 * Byline blocks right after the title (top) and at the very end (bottom).
 * @example findBylines(['Title', 'By Jane Doe', 'Body.'], 0, kb).top?.author // 'Jane Doe'
 */
export function findBylines(lines: string[], titleIdx: number | null, kb: ActorIndex): { top: BylineFound | null; bottom: BylineFound | null } {
  const content: number[] = [];
  for (let i = 0; i < lines.length; i++) if (lines[i]) content.push(i);
  const topOrder = content.filter((i) => i !== titleIdx).slice(0, EDGE_LINES);
  const top = judge(edgeRun(lines, topOrder, kb));
  const used = new Set(top?.lines ?? []);
  const bottomOrder = content.filter((i) => i !== titleIdx && !used.has(i)).reverse().slice(0, EDGE_LINES);
  const bottomRun = edgeRun(lines, bottomOrder, kb).reverse();
  return { top, bottom: judge(bottomRun) };
}
