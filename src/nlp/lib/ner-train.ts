/**
 * Trains the name tagger: an averaged structured perceptron with Viterbi decoding (so no greedy
 * error cascades), seeded shuffles, deterministic for the same examples and options.
 * @example const w = trainNer(examples, { epochs: 8, buckets: 1 << 19, seed: 1 })
 */
import type { FeatureInput } from './ner-features.js';
import { bucketLists, L, viterbi, type NerWeights } from './ner-model.js';

/** One training document: its feature input, sentence bounds and gold label ids per token. */
export interface NerExample {
  input: FeatureInput;
  bounds: [number, number][];
  gold: Uint8Array;
}

export interface TrainOptions {
  epochs: number;
  buckets: number;
  seed: number;
  /** called after each epoch with the number of token errors seen in it */
  onEpoch?: (epoch: number, errors: number, tokens: number) => void;
}

/** mulberry32: a small seeded generator, so shuffles repeat exactly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Sent {
  feats: Int32Array[];
  gold: Uint8Array;
}

/** Extracts features once; training then touches only bucket ids. */
function sentences(examples: readonly NerExample[], buckets: number): Sent[] {
  const out: Sent[] = [];
  for (const ex of examples) {
    for (const [s, e] of ex.bounds) {
      if (e > s) out.push({ feats: bucketLists(ex.input, s, e, buckets), gold: ex.gold.slice(s, e) });
    }
  }
  return out;
}

/** Trains and returns averaged weights. */
export function trainNer(examples: readonly NerExample[], o: TrainOptions): NerWeights {
  const data = sentences(examples, o.buckets);
  const nt = L * L + L;
  const w = new Float64Array(o.buckets * L);
  const u = new Float64Array(o.buckets * L); // sum of c·update, for averaging
  const t = new Float64Array(nt);
  const tu = new Float64Array(nt);
  const rand = seededRandom(o.seed);
  const order = data.map((_, i) => i);
  let c = 1;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    let tokens = 0;
    for (const k of order) {
      const s = data[k]!;
      const n = s.gold.length;
      const score = new Float64Array(n * L);
      for (let i = 0; i < n; i++) {
        const f = s.feats[i]!;
        for (let q = 0; q < f.length; q++) {
          const b = f[q]! * L;
          for (let l = 0; l < L; l++) score[i * L + l]! += w[b + l]!;
        }
      }
      const pred = viterbi(score, n, t);
      tokens += n;
      for (let i = 0; i < n; i++) {
        const g = s.gold[i]!;
        const p = pred[i]!;
        if (g !== p) {
          errors++;
          for (const b of s.feats[i]!) {
            w[b * L + g]! += 1;
            u[b * L + g]! += c;
            w[b * L + p]! -= 1;
            u[b * L + p]! -= c;
          }
        }
        const gi = i === 0 ? L * L + g : s.gold[i - 1]! * L + g;
        const pi = i === 0 ? L * L + p : pred[i - 1]! * L + p;
        if (gi !== pi) {
          t[gi]! += 1;
          tu[gi]! += c;
          t[pi]! -= 1;
          tu[pi]! -= c;
        }
      }
      c++;
    }
    o.onEpoch?.(epoch, errors, tokens);
  }
  for (let k = 0; k < w.length; k++) w[k] = w[k]! - u[k]! / c;
  for (let k = 0; k < nt; k++) t[k] = t[k]! - tu[k]! / c;
  return { buckets: o.buckets, emit: w, trans: t };
}
