/**
 * Cross-claim links, first version: claims about the same thing (shared actors and content terms)
 * that disagree (denial, refutation, retraction, disjoint quantities of one unit) or measure different
 * things (scope). Works on data it is given; the app layer loads and stores it.
 */
import type { ExportLinkT } from '../core/export-schema.js';

export interface LinkableClaim {
  id: string;
  doc: string;
  /** order of the claim inside its document */
  position: number;
  outlet: string | null;
  speakerKey: string; // entity id, or normalised speaker text
  speakerText: string;
  stance: 'assert' | 'deny' | 'allege' | 'estimate' | 'predict' | 'retract';
  content: string;
  /** the content with actor names blanked, for topic matching; defaults to content */
  topicText?: string;
  about: string[]; // entity ids
  quantities: { value: number | null; min: number | null; max: number | null; unit: string | null; text: string }[];
  /** origin keys (speaker, outlet, wire-copy cluster, intermediaries): claims sharing one are not independent */
  origins: string[];
}

const STOP = new Set(
  'that this with from have been were they their there which would about after before into over only also than then them these those will what when where while more most some such said says told according other being could should because against between under'.split(' '),
);
const REFUTE_WORDS = /\b(false|untrue|baseless|unfounded|fabricat\w*|fake|debunk\w*|proved wrong|turned out (?:to be )?(?:wrong|false))\b/i;

/** Content words of a claim, crudely lemmatised; used to decide whether two claims speak of the same thing. */
export function contentTerms(content: string): Set<string> {
  const out = new Set<string>();
  for (const w of content.toLowerCase().match(/\p{L}[\p{L}\p{N}'-]{3,}/gu) ?? []) {
    if (STOP.has(w)) continue;
    out.add(stem(w));
  }
  return out;
}

/** A crude English stemmer: enough to meet "arrested" with "arrest" and "rockets" with "rocket". */
function stem(w: string): string {
  let x = w.replace(/ies$/, 'y').replace(/(?:es|s)$/, '');
  if (x.length > 6 && x.endsWith('ing')) x = x.slice(0, -3);
  else if (x.length > 5 && x.endsWith('ed')) x = x.slice(0, -2);
  return x;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

function range(q: LinkableClaim['quantities'][number]): [number, number] | null {
  if (q.value !== null) return [q.value, q.value];
  if (q.min !== null || q.max !== null) return [q.min ?? -Infinity, q.max ?? Infinity];
  return null;
}

function quote(c: LinkableClaim): string {
  const t = c.content.replace(/\s+/g, ' ').trim();
  return `${c.speakerText}: "${t.length > 90 ? `${t.slice(0, 87)}…` : t}"`;
}

interface Prepared {
  c: LinkableClaim;
  terms: Set<string>;
  about: Set<string>;
}

/** Same topic: a shared actor plus two shared content terms (actor names are not content terms). */
function numbers(p: Prepared): number[] {
  return p.c.quantities.flatMap((q) => [q.value, q.min, q.max].filter((v): v is number => v !== null && v >= 10));
}

/** How close in a document two claims are, in claims; Infinity across documents. */
function distance(a: Prepared, b: Prepared): number {
  return a.c.doc === b.c.doc ? Math.abs(a.c.position - b.c.position) : Infinity;
}

/**
 * Same topic: a shared actor and shared content terms (two in one document, three across documents —
 * across documents a pair of common words says less); or a shared actor and the same number; or, for
 * claims next to each other in one document (a claim and its answer), two shared content terms alone.
 */
function sameTopic(a: Prepared, b: Prepared): boolean {
  const shared = overlap(a.terms, b.terms);
  if (distance(a, b) <= 2 && shared >= 2) return true;
  if (![...a.about].some((x) => b.about.has(x))) return false;
  if (shared >= (a.c.doc === b.c.doc ? 2 : 3)) return true;
  const nb = new Set(numbers(b));
  return numbers(a).some((n) => nb.has(n));
}

/** Blocking keys: actor × content term, so only claims sharing both are ever compared. */
function keys(p: Prepared): string[] {
  const out: string[] = [];
  for (const e of p.about) {
    for (const t of p.terms) out.push(`${e}\u0000${t}`);
    for (const n of numbers(p)) out.push(`${e}\u0000#${n}`);
  }
  for (const t of p.terms) out.push(`${p.c.doc}\u0001${t}`);
  return out;
}

/** Blocks larger than this say little about sameness and would make the comparison quadratic. */
const MAX_BLOCK = 400;

/** All links between pairs of claims; each pair is compared once. */
export function linkClaims(claims: LinkableClaim[]): ExportLinkT[] {
  const prepared: Prepared[] = claims.map((c) => ({ c, terms: contentTerms(c.topicText ?? c.content), about: new Set(c.about) }));
  const blocks = new Map<string, number[]>();
  prepared.forEach((p, i) => {
    for (const k of keys(p)) (blocks.get(k) ?? blocks.set(k, []).get(k)!).push(i);
  });
  const links: ExportLinkT[] = backReferences(prepared);
  const seen = new Set<number>();
  const n = prepared.length;
  for (const block of blocks.values()) {
    if (block.length < 2 || block.length > MAX_BLOCK) continue;
    for (let x = 0; x < block.length; x++) {
      for (let y = x + 1; y < block.length; y++) {
        const i = block[x]!;
        const j = block[y]!;
        const key = i * n + j;
        if (seen.has(key)) continue;
        seen.add(key);
        const link = compare(prepared[i]!, prepared[j]!);
        if (link) links.push(link);
      }
    }
  }
  return links;
}

/** How far back (in claims of the same document) "the report proved false" or "rejected the claim" may point. */
const ANAPHOR_REACH = 3;

/** A denial whose whole content points back at an earlier claim: "the claim", "those reports", "the figure". */
const ANAPHORIC = /^(?:the|that|this|those|these|such|any|its|their)\s+(?:\w+\s+)?(?:claims?|reports?|figures?|statements?|allegations?|accusations?|assertions?|estimates?|numbers?|accounts?)\b.{0,30}$/i;

/**
 * Denials that point back rather than restate: an author calling a report false refutes it; another speaker
 * rejecting "the claim" denies it. Either links to the nearest earlier claim by someone else in the same document.
 */
function backReferences(prepared: Prepared[]): ExportLinkT[] {
  const out: ExportLinkT[] = [];
  prepared.forEach((b, i) => {
    if (b.c.stance !== 'deny') return;
    const refute = b.c.speakerKey === 'author' && REFUTE_WORDS.test(b.c.content);
    if (!refute && !ANAPHORIC.test(b.c.content.trim())) return;
    for (let k = i - 1; k >= 0 && k >= i - ANAPHOR_REACH; k--) {
      const a = prepared[k]!;
      if (a.c.doc !== b.c.doc) break;
      if (a.c.speakerKey === b.c.speakerKey || a.c.speakerKey === 'author' || !(a.c.stance === 'assert' || a.c.stance === 'allege' || a.c.stance === 'estimate')) continue;
      out.push(
        refute
          ? { kind: 'refutes', conflict: 'refutation', a: b.c.id, b: a.c.id, reason: `${quote(b.c)} refutes ${quote(a.c)}` }
          : { kind: 'contradicts', conflict: 'denial', a: b.c.id, b: a.c.id, reason: `${quote(b.c)} denies ${quote(a.c)}` },
      );
      return;
    }
  });
  return out;
}

function earlierFirst(a: Prepared, b: Prepared): [Prepared, Prepared] {
  if (a.c.doc === b.c.doc) return a.c.position <= b.c.position ? [a, b] : [b, a];
  return [a, b];
}

function compare(x: Prepared, y: Prepared): ExportLinkT | null {
  if (!sameTopic(x, y)) return null;
  const [a, b] = earlierFirst(x, y);
  const sameSpeaker = a.c.speakerKey === b.c.speakerKey;
  const positive = (s: LinkableClaim['stance']) => s === 'assert' || s === 'allege' || s === 'estimate';
  if (b.c.stance === 'retract' && sameSpeaker && positive(a.c.stance)) {
    return { kind: 'retracts', conflict: 'retraction', a: b.c.id, b: a.c.id, reason: `${quote(b.c)} withdraws ${quote(a.c)}` };
  }
  if (b.c.stance === 'deny' && !sameSpeaker && positive(a.c.stance)) {
    if (a.c.doc === b.c.doc && ((b.c.speakerKey === 'author' && REFUTE_WORDS.test(b.c.content)) || ANAPHORIC.test(b.c.content.trim()))) return null; // found by backReferences()
    return { kind: 'contradicts', conflict: 'denial', a: b.c.id, b: a.c.id, reason: `${quote(b.c)} denies ${quote(a.c)}` };
  }
  if (a.c.stance === 'deny' && !sameSpeaker && positive(b.c.stance)) {
    return { kind: 'contradicts', conflict: 'denial', a: a.c.id, b: b.c.id, reason: `${quote(a.c)} denies ${quote(b.c)}` };
  }
  return compareQuantities(a, b) ?? corroboration(a, b);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  const n = overlap(a, b);
  return n / (a.size + b.size - n || 1);
}

/** Agreement counts only across independent origins: another speaker, outlet, wire copy and chain. */
function corroboration(a: Prepared, b: Prepared): ExportLinkT | null {
  if (a.c.doc === b.c.doc || a.c.stance !== b.c.stance || !['assert', 'estimate', 'allege'].includes(a.c.stance)) return null;
  if (overlap(a.terms, b.terms) < 3 || jaccard(a.terms, b.terms) < 0.35) return null;
  const shared = a.c.origins.find((o) => b.c.origins.includes(o));
  if (shared) return null; // one origin repeated is not corroboration
  for (const qa of a.c.quantities) {
    for (const qb of b.c.quantities) {
      const ra = range(qa);
      const rb = range(qb);
      if (ra && rb && qa.unit && qa.unit === qb.unit && (ra[1] < rb[0] || rb[1] < ra[0])) return null;
    }
  }
  return { kind: 'corroborates', conflict: null, a: a.c.id, b: b.c.id, reason: `${quote(a.c)} agrees with ${quote(b.c)}, from independent origins` };
}

/** Numbers conflict only when they count the same unit; different units about the same actors are a scope difference. */
function compareQuantities(a: Prepared, b: Prepared): ExportLinkT | null {
  for (const qa of a.c.quantities) {
    const ra = range(qa);
    if (!ra || !qa.unit) continue;
    for (const qb of b.c.quantities) {
      const rb = range(qb);
      if (!rb || !qb.unit) continue;
      if (qa.unit === qb.unit) {
        if (ra[1] < rb[0] || rb[1] < ra[0]) {
          return { kind: 'contradicts', conflict: 'quantity', a: a.c.id, b: b.c.id, reason: `"${qa.text}" (${a.c.speakerText}) vs "${qb.text}" (${b.c.speakerText})` };
        }
      } else if ([...a.about].some((x) => b.about.has(x)) && a.c.doc === b.c.doc) {
        return { kind: 'scope', conflict: null, a: a.c.id, b: b.c.id, reason: `"${qa.text}" and "${qb.text}" count different things` };
      }
    }
  }
  return null;
}
