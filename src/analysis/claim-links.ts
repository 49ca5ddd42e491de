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
  about: string[]; // entity ids
  quantities: { value: number | null; min: number | null; max: number | null; unit: string | null; text: string }[];
  /** origin keys: outlets and intermediaries the claim came through */
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
    out.add(w.replace(/(?:ies)$/, 'y').replace(/(?:es|s)$/, ''));
  }
  return out;
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

/** Same topic: a shared actor plus a shared content term, or several shared content terms. */
function sameTopic(a: Prepared, b: Prepared): boolean {
  const sharedActors = [...a.about].some((x) => b.about.has(x));
  const shared = overlap(a.terms, b.terms);
  return (sharedActors && shared >= 1) || shared >= 3;
}

/** All links between pairs of claims; pairs are compared once, in document order. */
export function linkClaims(claims: LinkableClaim[]): ExportLinkT[] {
  const prepared: Prepared[] = claims.map((c) => ({ c, terms: contentTerms(c.content), about: new Set(c.about) }));
  const byTerm = new Map<string, number[]>();
  prepared.forEach((p, i) => {
    for (const t of new Set([...p.terms, ...p.about])) (byTerm.get(t) ?? byTerm.set(t, []).get(t)!).push(i);
  });
  const links: ExportLinkT[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < prepared.length; i++) {
    const candidates = new Set<number>();
    for (const t of new Set([...prepared[i]!.terms, ...prepared[i]!.about])) {
      const list = byTerm.get(t)!;
      if (list.length > 200) continue; // too common a term to say anything about sameness
      for (const j of list) if (j > i) candidates.add(j);
    }
    for (const j of candidates) {
      const key = `${i}:${j}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const link = compare(prepared[i]!, prepared[j]!);
      if (link) links.push(link);
    }
  }
  return links;
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
    if (b.c.speakerKey === 'author' && REFUTE_WORDS.test(b.c.content) && a.c.doc === b.c.doc) {
      return { kind: 'refutes', conflict: 'refutation', a: b.c.id, b: a.c.id, reason: `${quote(b.c)} refutes ${quote(a.c)}` };
    }
    return { kind: 'contradicts', conflict: 'denial', a: b.c.id, b: a.c.id, reason: `${quote(b.c)} denies ${quote(a.c)}` };
  }
  if (a.c.stance === 'deny' && !sameSpeaker && positive(b.c.stance) && a.c.doc !== b.c.doc) {
    return { kind: 'contradicts', conflict: 'denial', a: a.c.id, b: b.c.id, reason: `${quote(a.c)} denies ${quote(b.c)}` };
  }
  return compareQuantities(a, b);
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
