/**
 * Blocking keys of claims (only claims sharing one are ever compared) and the index `linkClaims` files claims under,
 * by head and tail of each key so that no key string is built or hashed per claim.
 */
import type { Prepared } from './claim-links.js';

/** The numbers of ten or more a claim gives: one shared with another claim of the same actor makes them comparable. */
export function numbers(p: Prepared): number[] {
  return p.c.quantities.flatMap((q) => [q.value, q.min, q.max].filter((v): v is number => v !== null && v >= 10));
}

/** The prefixes a key starts with; `linkClaims` reuses one string per prefix so the index hashes it once. */
export interface KeyHeads {
  entity(e: string): string;
  happening(e: string): string;
  doc(d: string): string;
  window(d: string): string;
}

export const PLAIN_HEADS: KeyHeads = {
  entity: (e) => `${e}\u0000`,
  happening: (e) => `\u0003${e}\u0000`,
  doc: (d) => `${d}\u0001`,
  window: (d) => `${d}\u0004`,
};

/** Each blocking key of a claim as head + tail, shared ones first (`isLocal` false), in one fixed order. */
export function eachKey(p: Prepared, sink: (head: string, tail: string, isLocal: boolean) => void, heads: KeyHeads): void {
  const c = p.c;
  const nums = numbers(p);
  for (const e of p.about) {
    const head = heads.entity(e);
    for (const t of p.terms) sink(head, t, false);
    for (const n of nums) sink(head, `#${n}`, false);
  }
  if (c.blame) for (const t of p.terms) sink('\u0002', t, false);
  for (const h of c.happenings ?? []) {
    for (const e of h.actors) {
      const head = heads.happening(e);
      for (const t of h.terms) sink(head, t, false);
    }
  }
  const doc = heads.doc(c.doc);
  for (const t of p.terms) sink(doc, t, true);
  if (c.quantities.length) {
    // claims at most two apart share one of these windows: a count and the count answering it
    const w = Math.floor(c.position / 2);
    const head = heads.window(c.doc);
    sink(head, `${w}`, true);
    sink(head, `${w - 1}`, true);
  }
}

/** A stored key split back into head and tail. */
export function splitKey(key: string): [string, string] {
  if (key.charCodeAt(0) === 2) return ['\u0002', key.slice(1)];
  const k = key.indexOf('\u0000');
  return [key.slice(0, k + 1), key.slice(k + 1)];
}

/**
 * Claims by blocking key, as a map from head to tail to block, so no key string is built or hashed per claim; blocks
 * are numbered in the order their keys first appear. A block's first claim is a bare index until a second joins it.
 */
export class BlockIndex {
  readonly first: number[] = [];
  readonly more: (number[] | null)[] = [];
  readonly heads: string[] = [];
  readonly tails: string[] = [];
  private readonly byHead = new Map<string, Map<string, number>>();
  // one map per kind of head, keyed by the claim's own string (whose hash is kept), not by a string built per lookup
  private readonly memo = [new Map<string, string>(), new Map<string, string>(), new Map<string, string>(), new Map<string, string>()] as const;
  readonly keyHeads: KeyHeads = {
    entity: (e) => BlockIndex.head(this.memo[0], e, PLAIN_HEADS.entity),
    happening: (e) => BlockIndex.head(this.memo[1], e, PLAIN_HEADS.happening),
    doc: (d) => BlockIndex.head(this.memo[2], d, PLAIN_HEADS.doc),
    window: (d) => BlockIndex.head(this.memo[3], d, PLAIN_HEADS.window),
  };

  private static head(memo: Map<string, string>, k: string, make: (k: string) => string): string {
    let h = memo.get(k);
    if (h === undefined) memo.set(k, (h = make(k)));
    return h;
  }

  add(head: string, tail: string, i: number): void {
    let byTail = this.byHead.get(head);
    if (!byTail) this.byHead.set(head, (byTail = new Map()));
    const id = byTail.get(tail);
    if (id === undefined) {
      byTail.set(tail, this.first.length);
      this.first.push(i);
      this.more.push(null);
      this.heads.push(head);
      this.tails.push(tail);
      return;
    }
    const m = this.more[id]!;
    // claims come in order, so a key a claim already added ends its block
    if (m === null) {
      if (this.first[id] !== i) this.more[id] = [this.first[id]!, i];
    } else if (m[m.length - 1] !== i) m.push(i);
  }
}

