/**
 * Cross-claim links: claims about the same thing (shared actors and content terms) that disagree (denial,
 * refutation, retraction, disjoint counts of one kind of thing, incompatible dates or places of one happening,
 * different parties held responsible for one act), measure different things (scope), or agree from independent
 * origins (corroboration). Works on data it is given; the app layer loads and stores it.
 */
import type { ExportLinkT } from '../core/export-schema.js';
import { outletKey } from '../core/vocab.js';
import { contentTerms, jaccard, overlap } from './claim-topics.js';
import { happeningConflict, responsibilityConflict, type Happening } from './claim-conflicts.js';
import { BlockIndex, eachKey, numbers, PLAIN_HEADS, splitKey } from './claim-blocks.js';
import { compareUnits, OUTCOME_CLASS, unitClass } from './quantity-units.js';

export { contentTerms } from './claim-topics.js';
export type { Happening } from './claim-conflicts.js';

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
  /** topic terms computed beforehand (e.g. stored at ingest); else taken from topicText */
  terms?: string[];
  about: string[]; // entity ids
  quantities: { value: number | null; min: number | null; max: number | null; unit: string | null; text: string }[];
  /** origin keys (speaker, outlet, wire-copy cluster, intermediaries): claims sharing one are not independent */
  origins: string[];
  /** happenings the claim asserts (from the event layer), compared for incompatible dates and places */
  happenings?: Happening[];
  /** the party the claim holds responsible for an act (a group blamed, or the speaker claiming it) */
  blame?: { agent: string; text: string } | null;
  /** an author's uncued narrative sentence (what an event nobody reports rests on): compared on happenings only */
  narrative?: boolean;
}

const REFUTE_WORDS = /\b(false|untrue|baseless|unfounded|fabricat\w*|fake|debunk\w*|proved wrong|turned out (?:to be )?(?:wrong|false))\b/i;

export interface Prepared {
  c: LinkableClaim;
  terms: Set<string>;
  about: Set<string>;
}

function range(q: LinkableClaim['quantities'][number]): [number, number] | null {
  if (q.value !== null) return [q.value, q.value];
  if (q.min !== null || q.max !== null) return [q.min ?? -Infinity, q.max ?? Infinity];
  return null;
}

export function quote(c: LinkableClaim): string {
  const t = c.content.replace(/\s+/g, ' ').trim();
  return `${c.speakerText}: "${t.length > 90 ? `${t.slice(0, 87)}…` : t}"`;
}


/** How close in a document two claims are, in claims; Infinity across documents. */
function distance(a: Prepared, b: Prepared): number {
  return a.c.doc === b.c.doc ? Math.abs(a.c.position - b.c.position) : Infinity;
}

const sharesActor = (a: Prepared, b: Prepared) => [...a.about].some((x) => b.about.has(x));

/**
 * Same topic: a shared actor and shared content terms (two in one document, three across documents —
 * across documents a pair of common words says less); or a shared actor and the same number; or, for
 * claims next to each other in one document (a claim and its answer), two shared content terms alone.
 */
function sameTopic(a: Prepared, b: Prepared): boolean {
  const shared = overlap(a.terms, b.terms);
  if (distance(a, b) <= 2 && shared >= 2) return true;
  if (!sharesActor(a, b)) return false;
  if (shared >= (a.c.doc === b.c.doc ? 2 : 3)) return true;
  const nb = new Set(numbers(b));
  return numbers(a).some((n) => nb.has(n));
}

/** The actors a claim is filed under: what it is about and the actors of the happenings it asserts. */
export function claimActors(c: LinkableClaim): string[] {
  return [...new Set([...c.about, ...(c.happenings ?? []).flatMap((h) => h.actors)])].sort();
}

/**
 * Blocking keys, so only claims sharing one are ever compared: `shared` ones (actor × content term, actor × number,
 * act attributions, happening actor × term) can join claims of different documents and are what an index stores;
 * `local` ones (document × term, windows of neighbouring counts) stay inside one document.
 */
export function blockingKeys(c: LinkableClaim): { shared: string[]; local: string[] } {
  return keysOf(prepare(c));
}

function keysOf(p: Prepared): { shared: string[]; local: string[] } {
  const shared: string[] = [];
  const local: string[] = [];
  eachKey(p, (head, tail, isLocal) => (isLocal ? local : shared).push(head + tail), PLAIN_HEADS);
  return { shared: [...new Set(shared)], local };
}

/** Blocks larger than this say little about sameness and would make the comparison quadratic. */
export const MAX_BLOCK = 400;

export function prepare(c: LinkableClaim): Prepared {
  return { c, terms: c.terms ? new Set(c.terms) : contentTerms(c.topicText ?? c.content), about: new Set(claimActors(c)) };
}

export interface LinkOptions {
  /** only pairs with a claim in one of these documents (an incremental re-analysis) */
  touched?: ReadonlySet<string>;
  /** shared keys known to hold more than MAX_BLOCK claims in the whole corpus, when `claims` is only part of it */
  oversized?: ReadonlySet<string>;
  /** for claims outside the touched documents: the shared keys they were read under (saves recomputing them) */
  keysOf?: ReadonlyMap<string, readonly string[]>;
}

/**
 * All links between pairs of claims; each pair is compared once. With `touched`, only pairs with a claim in one
 * of those documents: identical to the full pass on those pairs as long as `claims` holds every claim of the
 * touched documents and every claim sharing a key with a touched claim (or `oversized` names the keys left out).
 */
export function linkClaims(claims: LinkableClaim[], opts: LinkOptions = {}): ExportLinkT[] {
  const sorted = [...claims].sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.position - b.position));
  const prepared = sorted.map(prepare);
  const isTouched = (p: Prepared) => !opts.touched || opts.touched.has(p.c.doc);
  const index = new BlockIndex();
  for (let i = 0; i < prepared.length; i++) {
    const p = prepared[i]!;
    const known = isTouched(p) ? undefined : opts.keysOf?.get(p.c.id);
    if (known) for (const key of known) index.add(...splitKey(key), i);
    else eachKey(p, (head, tail) => index.add(head, tail, i), index.keyHeads);
  }
  const links: ExportLinkT[] = backReferences(prepared.filter((p) => !p.c.narrative && isTouched(p)));
  // each claim's small blocks; a pair is compared when its claims share a block in one document, a number, or two blocks
  // with every claim touched, a pair is met from its first claim only: each member reads its block from after itself
  const memberOf: { block: number[]; decisive: boolean; from: number }[][] = prepared.map(() => []);
  for (const [key, block] of index.shared()) {
    if (block.length > MAX_BLOCK || opts.oversized?.has(key)) continue;
    const decisive = isNumberKey(key);
    for (let k = 0; k < block.length; k++) memberOf[block[k]!]!.push({ block, decisive, from: opts.touched ? 0 : k + 1 });
  }
  // counted per claim, not per pair (a corpus-wide pair table outgrows memory); 2 means "compare", in first-met order
  const shared = new Uint8Array(prepared.length);
  const met: number[] = [];
  for (let i = 0; i < prepared.length; i++) {
    if (!isTouched(prepared[i]!)) continue;
    const doc = prepared[i]!.c.doc;
    for (const { block, decisive, from } of memberOf[i]!) {
      for (let k = from; k < block.length; k++) {
        const j = block[k]!;
        if (j === i || (j < i && isTouched(prepared[j]!))) continue; // a pair of touched claims is met from its first
        if (shared[j] === 0) met.push(j);
        shared[j] = decisive || prepared[j]!.c.doc === doc ? 2 : Math.min(2, shared[j]! + 1);
      }
    }
    for (const j of met) {
      if (shared[j]! >= 2) {
        const link = i < j ? compare(prepared[i]!, prepared[j]!) : compare(prepared[j]!, prepared[i]!);
        if (link) links.push(link);
      }
      shared[j] = 0;
    }
    met.length = 0;
  }
  return links;
}

/** A key naming an actor and a number: one shared number is enough to compare two claims. */
export const isNumberKey = (key: string) => key.includes('\u0000#');

/** How far back (in claims of the same document) "the report proved false" or "rejected the claim" may point. */
const ANAPHOR_REACH = 3;

/** A denial whose whole content points back at an earlier claim: "the claim", "those reports", "the figure", "that". */
const ANAPHORIC = /^(?:(?:the|that|this|those|these|such|any|its|their)\s+(?:\w+\s+)?(?:claims?|reports?|figures?|statements?|allegations?|accusations?|assertions?|estimates?|numbers?|accounts?)\b.{0,30}|that|this|those|these)$/i;
/** A speaker that is the document itself: "an earlier version of this article". */
const SELF_REFERENCE = /\b(?:this|our)\s+(?:article|report|story)\b|\b(?:earlier|previous)\s+version\b/i;
/** An assurance about the future ("no group will be allowed to…") denies no report of what happened. */
const ASSURANCE = /\b(?:will|would|shall)\s+(?:not\s+|never\s+)?(?:be\s+)?(?:allowed|permitted|tolerated|let)\b/i;
const positive = (s: LinkableClaim['stance']) => s === 'assert' || s === 'allege' || s === 'estimate';
/** An outlet's name without its article or a parenthesised note: "The Valley Post (weekly)" → "valley post". */
const isOwnVoice = (c: LinkableClaim) => c.speakerKey === 'author' || (!!c.outlet && outletKey(c.speakerText) === outletKey(c.outlet));

/**
 * Denials and retractions that point back rather than restate: an author calling a report false refutes it; another
 * speaker rejecting "the claim" denies it; the outlet withdrawing "the statement" retracts its own earlier version.
 * Each links to the nearest earlier fitting claim in the same document.
 */
function backReferences(prepared: Prepared[]): ExportLinkT[] {
  const out: ExportLinkT[] = [];
  prepared.forEach((b, i) => {
    const retract = b.c.stance === 'retract' && isOwnVoice(b.c);
    if (b.c.stance !== 'deny' && !retract) return;
    const refute = !retract && b.c.speakerKey === 'author' && REFUTE_WORDS.test(b.c.content);
    if (!retract && !refute && !ANAPHORIC.test(b.c.content.trim())) return;
    for (let k = i - 1; k >= 0 && k >= i - ANAPHOR_REACH; k--) {
      const a = prepared[k]!;
      if (a.c.doc !== b.c.doc) break;
      if (!positive(a.c.stance)) continue;
      if (retract) {
        if (!isOwnVoice(a.c) && !SELF_REFERENCE.test(a.c.speakerText)) continue;
        out.push({ kind: 'retracts', conflict: 'retraction', a: b.c.id, b: a.c.id, reason: `${quote(b.c)} withdraws ${quote(a.c)}` });
        return;
      }
      if (a.c.speakerKey === b.c.speakerKey || a.c.speakerKey === 'author') continue;
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

/** Found by backReferences(), so the pairwise pass leaves it alone. */
function pointsBack(a: Prepared, b: Prepared): boolean {
  if (a.c.doc !== b.c.doc) return false;
  if (b.c.stance === 'retract') return isOwnVoice(b.c);
  return (b.c.speakerKey === 'author' && REFUTE_WORDS.test(b.c.content)) || ANAPHORIC.test(b.c.content.trim());
}

function compare(x: Prepared, y: Prepared): ExportLinkT | null {
  const [a, b] = earlierFirst(x, y);
  const happening = happeningConflict(a, b);
  if (happening) return happening;
  if (a.c.narrative || b.c.narrative) return null;
  const blame = responsibilityConflict(a, b);
  if (blame) return blame;
  if (!sameTopic(a, b)) return adjacentCounts(a, b);
  // a denial that gives its own figure ("eight were killed, not a single civilian") disputes the number
  const counts = compareQuantities(a, b);
  if (counts?.kind === 'contradicts') return counts;
  const sameSpeaker = a.c.speakerKey === b.c.speakerKey;
  if (b.c.stance === 'retract' && sameSpeaker && positive(a.c.stance)) {
    if (pointsBack(a, b)) return null;
    return { kind: 'retracts', conflict: 'retraction', a: b.c.id, b: a.c.id, reason: `${quote(b.c)} withdraws ${quote(a.c)}` };
  }
  if (b.c.stance === 'deny' && !sameSpeaker && positive(a.c.stance)) {
    if (pointsBack(a, b) || ASSURANCE.test(b.c.content)) return null;
    return { kind: 'contradicts', conflict: 'denial', a: b.c.id, b: a.c.id, reason: `${quote(b.c)} denies ${quote(a.c)}` };
  }
  if (a.c.stance === 'deny' && !sameSpeaker && positive(b.c.stance) && !ASSURANCE.test(a.c.content)) {
    return { kind: 'contradicts', conflict: 'denial', a: a.c.id, b: b.c.id, reason: `${quote(a.c)} denies ${quote(b.c)}` };
  }
  return counts ?? corroboration(a, b);
}

/** Claims next to each other in one document that count people or things of one kind are about the same count. */
function adjacentCounts(a: Prepared, b: Prepared): ExportLinkT | null {
  return distance(a, b) <= 2 ? compareQuantities(a, b) : null;
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
      if (ra && rb && qa.unit && qb.unit && compareUnits(qa.unit, qb.unit) === 'same' && (ra[1] < rb[0] || rb[1] < ra[0])) return null;
    }
  }
  return { kind: 'corroborates', conflict: null, a: a.c.id, b: b.c.id, reason: `${quote(a.c)} agrees with ${quote(b.c)}, from independent origins` };
}

const PART_OF = /\bof\s+(?:them|these|those)$/i;
const OUTCOME_AFTER = /^(?:\s+[\p{L}'’-]+){0,4}?\s+(?:were|was|have been|had been|are|is|been)\s+(?:\p{L}+\s+)?(killed|dead|died|wounded|injured)\b/iu;
const OUTCOME_BEFORE = /\b(killed|killing|kills|wounded|wounding|injured|injuring)\s+$/i;

/** What a count measures: its unit's class, or the dead or wounded when its sentence says they were killed or hurt. */
export function countedClass(q: LinkableClaim['quantities'][number], content: string): string | null {
  const at = content.indexOf(q.text);
  if (at >= 0) {
    const after = OUTCOME_AFTER.exec(content.slice(at + q.text.length, at + q.text.length + 80));
    if (after) return OUTCOME_CLASS[after[1]!.toLowerCase()] ?? null;
    const before = OUTCOME_BEFORE.exec(content.slice(Math.max(0, at - 20), at));
    if (before) return /^kill/i.test(before[1]!) ? 'dead' : 'wounded';
  }
  return q.unit && q.unit !== '%' ? unitClass(q.unit) : null;
}

/**
 * Numbers conflict only when they count the same kind of thing and come from different speakers (a speaker giving
 * a total and then a part does not contradict itself); counts of a part and of the whole are a scope difference.
 */
function compareQuantities(a: Prepared, b: Prepared): ExportLinkT | null {
  for (const qa of a.c.quantities) {
    const ra = range(qa);
    const ua = countedClass(qa, a.c.content);
    if (!ra || !ua) continue;
    for (const qb of b.c.quantities) {
      const rb = range(qb);
      const ub = countedClass(qb, b.c.content);
      if (!rb || !ub) continue;
      // "4,000 of them" counts a part of a group counted before: set against the whole, a difference of scope
      const rel = PART_OF.test(qa.text) || PART_OF.test(qb.text) ? 'nested' : compareUnits(ua, ub);
      if (rel === 'same' && a.c.speakerKey !== b.c.speakerKey && (ra[1] < rb[0] || rb[1] < ra[0])) {
        return { kind: 'contradicts', conflict: 'quantity', a: a.c.id, b: b.c.id, reason: `"${qa.text}" (${a.c.speakerText}) vs "${qb.text}" (${b.c.speakerText})` };
      }
      if (rel === 'nested' && a.c.doc === b.c.doc) {
        return { kind: 'scope', conflict: null, a: a.c.id, b: b.c.id, reason: `"${qa.text}" (${a.c.speakerText}) and "${qb.text}" (${b.c.speakerText}) count different things` };
      }
    }
  }
  return null;
}
