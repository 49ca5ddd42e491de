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

/** `make`, remembering each answer: the index then reuses one string per head, hashed once. */
function memoised(make: (k: string) => string): (k: string) => string {
  const memo = new Map<string, string>();
  return (k) => {
    let h = memo.get(k);
    if (h === undefined) memo.set(k, (h = make(k)));
    return h;
  };
}

/**
 * Claims by blocking key, as a map from head to tail to block, so no key string is built or hashed per claim; blocks
 * keep the order their keys first appear. A block's first claim is a bare index until a second joins it.
 */
export class BlockIndex {
  private readonly first: number[] = [];
  private readonly more: (number[] | null)[] = [];
  private readonly heads: string[] = [];
  private readonly tails: string[] = [];
  private readonly byHead = new Map<string, Map<string, number>>();
  readonly keyHeads: KeyHeads = {
    entity: memoised(PLAIN_HEADS.entity),
    happening: memoised(PLAIN_HEADS.happening),
    doc: memoised(PLAIN_HEADS.doc),
    window: memoised(PLAIN_HEADS.window),
  };

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

  /** The blocks of two claims or more, each with its key, in the order the keys first appeared. */
  *shared(): Generator<[key: string, claims: number[]]> {
    for (let id = 0; id < this.more.length; id++) {
      const m = this.more[id]!;
      if (m !== null) yield [this.heads[id]! + this.tails[id]!, m];
    }
  }
}
