/**
 * The learned name tagger: a linear model over hashed features with first-order BIO transitions,
 * decoded by Viterbi under the hard rule that I-X follows only B-X or I-X.
 * @example decodeSentence(model, input, s, e) // → label ids, 0 = O
 */
import { MAX_FEATURES, tokenFeatures, type FeatureInput, type WordInfo } from './ner-features.js';

/** Label ids; the order is part of the model format. */
export const NER_LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
export type NerLabel = (typeof NER_LABELS)[number];
export const L = NER_LABELS.length;

/** Whether label `b` may follow label `a` (a = -1 at a sentence start). */
export function allowed(a: number, b: number): boolean {
  if (b === 0 || b % 2 === 1) return true;
  return a === b || a === b - 1;
}

export interface NerWeights {
  /** number of hash buckets (a power of two) */
  buckets: number;
  /** emission weights, bucket-major: [bucket * L + label] */
  emit: Float32Array | Int16Array | Float64Array;
  /** transition weights [prev * L + label], then start weights [L * L + label] */
  trans: Float32Array | Float64Array;
}

/** The bucket ids of every token of [s, e), for training. */
export function bucketLists(x: FeatureInput, s: number, e: number, buckets: number): Int32Array[] {
  const buf = new Int32Array(MAX_FEATURES);
  const out: Int32Array[] = [];
  for (let i = s; i < e; i++) {
    const n = tokenFeatures(x, i, s, e, buf);
    out.push(buf.slice(0, n).map((h) => h & (buckets - 1)));
  }
  return out;
}

/** The summed emission weights of a word's own features, computed once per word and model. */
function ownScores(w: NerWeights, info: WordInfo): Float64Array {
  if (info.scoredBy === w && info.ownScores) return info.ownScores;
  const out = new Float64Array(L);
  const mask = w.buckets - 1;
  for (let k = 0; k < info.own.length; k++) {
    const b = (info.own[k]! & mask) * L;
    for (let l = 0; l < L; l++) out[l]! += w.emit[b + l]!;
  }
  info.ownScores = out;
  info.scoredBy = w;
  return out;
}

/** Emission scores of every token of [s, e) into `out` ([k * L + label], k from 0). */
export function emissions(w: NerWeights, x: FeatureInput, s: number, e: number, out: Float64Array): void {
  const buf = new Int32Array(MAX_FEATURES);
  const mask = w.buckets - 1;
  const { emit } = w;
  // names need a capital (1 initial, 2 all caps, 5 mixed): a token two or more words from any is scored as O outright
  const near = new Uint8Array(e - s);
  for (let i = s; i < e; i++) {
    const c = x.words[i]!.cap;
    if (c === 1 || c === 2 || c === 5) near.fill(1, Math.max(0, i - s - 2), Math.min(e - s, i - s + 3));
  }
  for (let i = s; i < e; i++) {
    const o = (i - s) * L;
    if (!near[i - s]) {
      out[o] = 0;
      for (let l = 1; l < L; l++) out[o + l] = -1e9;
      continue;
    }
    const n = tokenFeatures(x, i, s, e, buf, false);
    const own = ownScores(w, x.words[i]!);
    for (let l = 0; l < L; l++) out[o + l] = own[l]!;
    for (let k = 0; k < n; k++) {
      const b = (buf[k]! & mask) * L;
      for (let l = 0; l < L; l++) out[o + l]! += emit[b + l]!;
    }
  }
}

/** Best label sequence for `n` tokens given emission scores; transitions scaled by `tScale`. */
export function viterbi(score: Float64Array, n: number, trans: ArrayLike<number>, tScale = 1): Uint8Array {
  const delta = new Float64Array(n * L);
  const back = new Int8Array(n * L);
  for (let l = 0; l < L; l++) delta[l] = allowed(-1, l) ? score[l]! + tScale * trans[L * L + l]! : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let l = 0; l < L; l++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!allowed(p, l)) continue;
        const v = delta[(i - 1) * L + p]! + tScale * trans[p * L + l]!;
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      delta[i * L + l] = best + score[i * L + l]!;
      back[i * L + l] = arg;
    }
  }
  const out = new Uint8Array(n);
  if (n === 0) return out;
  let arg = 0;
  for (let l = 1; l < L; l++) if (delta[(n - 1) * L + l]! > delta[(n - 1) * L + arg]!) arg = l;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * L + arg]!;
  }
  return out;
}

/** A loaded model: weights plus the factor that brings quantised emissions back to the transitions' scale. */
export interface NerModel extends NerWeights {
  /** emission units per transition unit (1 for float weights) */
  emitScale: number;
}

/** Labels of the sentence of tokens [s, e). */
export function decodeSentence(m: NerModel, x: FeatureInput, s: number, e: number): Uint8Array {
  const n = e - s;
  const score = new Float64Array(n * L);
  emissions(m, x, s, e, score);
  return viterbi(score, n, m.trans, m.emitScale);
}

/** Spans [first, last] with a type, read off a BIO label sequence (offset by `s`). */
export function spansOf(labels: Uint8Array, s: number): { first: number; last: number; type: 'PER' | 'ORG' | 'LOC' }[] {
  const out: { first: number; last: number; type: 'PER' | 'ORG' | 'LOC' }[] = [];
  const types = ['PER', 'ORG', 'LOC'] as const;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    if (l === 0 || l % 2 === 0) continue;
    let j = i;
    while (j + 1 < labels.length && labels[j + 1] === l + 1) j++;
    out.push({ first: s + i, last: s + j, type: types[(l - 1) / 2]! });
    i = j;
  }
  return out;
}

const MAGIC = 0x4e455231; // "NER1"

/** Serialises float weights as int16 with one scale: header, transitions (float32), emissions (int16). */
export function encodeModel(w: NerWeights): Uint8Array {
  let max = 0;
  for (let k = 0; k < w.emit.length; k++) max = Math.max(max, Math.abs(w.emit[k]!));
  const scale = max > 0 ? 32767 / max : 1;
  const head = 16 + w.trans.length * 4;
  const buf = new ArrayBuffer(head + w.emit.length * 2);
  const dv = new DataView(buf);
  dv.setUint32(0, MAGIC, true);
  dv.setUint32(4, w.buckets, true);
  dv.setUint32(8, L, true);
  dv.setFloat32(12, scale, true);
  for (let k = 0; k < w.trans.length; k++) dv.setFloat32(16 + k * 4, w.trans[k]! * scale, true);
  const q = new Int16Array(buf, head, w.emit.length);
  for (let k = 0; k < w.emit.length; k++) q[k] = Math.round(w.emit[k]! * scale);
  return new Uint8Array(buf);
}

/** Reads what `encodeModel` wrote; transitions are kept in emission units. */
export function decodeModel(bytes: Uint8Array): NerModel {
  const copy = bytes.byteOffset % 2 === 0 ? bytes : bytes.slice();
  const dv = new DataView(copy.buffer, copy.byteOffset, copy.byteLength);
  if (dv.getUint32(0, true) !== MAGIC) throw new Error('not a name-tagger weights file');
  const buckets = dv.getUint32(4, true);
  if (dv.getUint32(8, true) !== L) throw new Error('weights file has a different label set');
  const nt = L * L + L;
  const trans = new Float32Array(nt);
  for (let k = 0; k < nt; k++) trans[k] = dv.getFloat32(16 + k * 4, true);
  const head = 16 + nt * 4;
  const emit = new Int16Array(copy.buffer, copy.byteOffset + head, buckets * L);
  return { buckets, emit, trans, emitScale: 1 };
}
