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

/** MinHash signature of a text's word shingles; null for texts too short to judge. */
export function signature(text: string): Uint32Array | null {
  const words = text.toLowerCase().match(/\p{L}[\p{L}\p{N}'’-]*|\p{N}+/gu) ?? [];
  if (words.length < SHINGLE * 4) return null;
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const h = fnv(words.slice(i, i + SHINGLE).join(' '));
    for (let k = 0; k < HASHES; k++) {
      const v = (Math.imul(h, SEEDS[k]![0]) + SEEDS[k]![1]) >>> 0;
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES;
}

/** Groups documents whose estimated shingle Jaccard reaches `threshold`; returns doc id → cluster id. */
export function nearDuplicateClusters(docs: { id: string; text: string }[], threshold = 0.6): Map<string, string> {
  const sigs = docs.map((d) => signature(d.text));
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const buckets = new Map<string, number[]>();
  sigs.forEach((sig, i) => {
    if (!sig) return;
    for (let b = 0; b < BANDS; b++) {
      const key = `${b}:${Array.from(sig.subarray(b * ROWS, (b + 1) * ROWS)).join(',')}`;
      (buckets.get(key) ?? buckets.set(key, []).get(key)!).push(i);
    }
  });
  for (const list of buckets.values()) {
    for (let x = 1; x < list.length; x++) {
      const i = list[0]!;
      const j = list[x]!;
      if (find(i) !== find(j) && similarity(sigs[i]!, sigs[j]!) >= threshold) parent[find(j)] = find(i);
    }
  }
  return new Map(docs.map((d, i) => [d.id, docs[find(i)]!.id]));
}
