/**
 * Near-duplicate documents by MinHash over word shingles with banded LSH: two outlets running one wire
 * story are one origin, however many times it is reprinted.
 */

const SHINGLE = 5;
const HASHES = 64;
const BANDS = 16; // 16 bands of 4 rows: pairs above ~0.5 Jaccard collide; the estimate then decides
const ROWS = HASHES / BANDS;

/** 32-bit FNV-1a. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// fixed odd multipliers and offsets: the signature must be the same on every run
const SEEDS = Array.from({ length: HASHES }, (_, i) => [(fnv(`a${i}`) | 1) >>> 0, fnv(`b${i}`)] as const);
const MUL = Uint32Array.from(SEEDS, (s) => s[0]);
const ADD = Uint32Array.from(SEEDS, (s) => s[1]);

/** fnv() of the words from..to joined by single spaces, without building the string (signatures of every stored document depend on it). */
function fnvWords(words: string[], from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let w = from; w < to; w++) {
    if (w > from) h = Math.imul(h ^ 32, 0x01000193);
    const word = words[w]!;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

/** MinHash signature of a text's word shingles; null for texts too short to judge. */
export function signature(text: string): Uint32Array | null {
  const words = text.toLowerCase().match(/\p{L}[\p{L}\p{N}'’-]*|\p{N}+/gu) ?? [];
  if (words.length < SHINGLE * 4) return null;
  const n = words.length - SHINGLE + 1;
  const shingles = new Int32Array(n);
  for (let i = 0; i < n; i++) shingles[i] = fnvWords(words, i, i + SHINGLE);
  const sig = new Uint32Array(HASHES);
  // one hash function at a time over all shingles: the running minimum stays in a register (≈ 2× faster than the other nesting)
  for (let k = 0; k < HASHES; k += 4) {
    const [m0, m1, m2, m3] = [MUL[k]!, MUL[k + 1]!, MUL[k + 2]!, MUL[k + 3]!];
    const [a0, a1, a2, a3] = [ADD[k]!, ADD[k + 1]!, ADD[k + 2]!, ADD[k + 3]!];
    let [x0, x1, x2, x3] = [0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff];
    for (let i = 0; i < n; i++) {
      const h = shingles[i]!;
      const v0 = (Math.imul(h, m0) + a0) >>> 0;
      const v1 = (Math.imul(h, m1) + a1) >>> 0;
      const v2 = (Math.imul(h, m2) + a2) >>> 0;
      const v3 = (Math.imul(h, m3) + a3) >>> 0;
      if (v0 < x0) x0 = v0;
      if (v1 < x1) x1 = v1;
      if (v2 < x2) x2 = v2;
      if (v3 < x3) x3 = v3;
    }
    sig[k] = x0;
    sig[k + 1] = x1;
    sig[k + 2] = x2;
    sig[k + 3] = x3;
  }
  return sig;
}

export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES;
}

/** The LSH band keys of a signature: documents sharing one are compared. */
export function bandKeys(sig: Uint32Array): string[] {
  return Array.from({ length: BANDS }, (_, b) => `${b}:${Array.from(sig.subarray(b * ROWS, (b + 1) * ROWS)).join(',')}`);
}

/** A document already clustered: its signature and the cluster it belongs to (named after its earliest document). */
export interface ClusteredDoc {
  id: string;
  sig: Uint32Array | null;
  cluster: string;
  clusterOrd: number;
}

/**
 * Clusters new documents against known ones: the connected components of "shares a band and reaches the threshold",
 * each named after its earliest document (lowest `ord`), so adding documents never renames a cluster unless it merges
 * two. Returns the cluster of every new document and the known clusters renamed by a merge.
 */
export function assignClusters(
  fresh: { id: string; ord: number; sig: Uint32Array | null }[],
  known: ClusteredDoc[],
  threshold = 0.6,
): { clusterOf: Map<string, { cluster: string; ord: number }>; renamed: { from: string; to: string; toOrd: number }[] } {
  // nodes: known clusters (by name) and fresh documents
  const parent = new Map<string, string>();
  const name = new Map<string, { cluster: string; ord: number }>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) return;
    const [keep, drop] = name.get(ra)!.ord <= name.get(rb)!.ord ? [ra, rb] : [rb, ra];
    parent.set(drop, keep);
  };
  for (const k of known) {
    const node = `k:${k.cluster}`;
    if (!parent.has(node)) {
      parent.set(node, node);
      name.set(node, { cluster: k.cluster, ord: k.clusterOrd });
    }
  }
  for (const f of fresh) {
    parent.set(`f:${f.id}`, `f:${f.id}`);
    name.set(`f:${f.id}`, { cluster: f.id, ord: f.ord });
  }
  const buckets = new Map<string, { node: string; sig: Uint32Array }[]>();
  for (const k of known) if (k.sig) for (const b of bandKeys(k.sig)) (buckets.get(b) ?? buckets.set(b, []).get(b)!).push({ node: `k:${k.cluster}`, sig: k.sig });
  for (const f of fresh) {
    if (!f.sig) continue;
    const node = `f:${f.id}`;
    for (const b of bandKeys(f.sig)) {
      const list = buckets.get(b) ?? buckets.set(b, []).get(b)!;
      for (const other of list) if (find(other.node) !== find(node) && similarity(f.sig, other.sig) >= threshold) union(node, other.node);
      list.push({ node, sig: f.sig });
    }
  }
  const clusterOf = new Map(fresh.map((f) => [f.id, name.get(find(`f:${f.id}`))!]));
  const renamed: { from: string; to: string; toOrd: number }[] = [];
  for (const [node, n] of name) {
    if (!node.startsWith('k:')) continue;
    const to = name.get(find(node))!;
    if (to.cluster !== n.cluster) renamed.push({ from: n.cluster, to: to.cluster, toOrd: to.ord });
  }
  return { clusterOf, renamed };
}

/**
 * Groups documents whose estimated shingle Jaccard reaches `threshold`; returns doc id → cluster id (its earliest
 * document in the given order).
 */
export function nearDuplicateClusters(docs: { id: string; text: string }[], threshold = 0.6): Map<string, string> {
  const { clusterOf } = assignClusters(docs.map((d, i) => ({ id: d.id, ord: i, sig: signature(d.text) })), [], threshold);
  return new Map([...clusterOf].map(([id, c]) => [id, c.cluster]));
}
