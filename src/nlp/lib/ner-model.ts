/**
 * The learned name tagger: a linear model over hashed features with first-order BIO transitions,
 * decoded by Viterbi under the hard rule that I-X follows only B-X or I-X.
 * @example decodeSentence(model, input, s, e) // → label ids, 0 = O
 */
import { contextFeatures, MAX_FEATURES, NONE_WORD, roleFeatures, tokenFeatures, WORD_ROLES, type FeatureInput, type WordInfo } from './ner-features.js';

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

/** Scratch buffers reused across sentences: decoding runs for every sentence of every document. */
const FEATS = new Int32Array(MAX_FEATURES);
let scoreBuf = new Float64Array(64 * L);

/** Adds the emission weights of features `f[0..n)` to `out[o..o+L)`. */
function addWeights(w: NerWeights, f: Int32Array, n: number, out: Float64Array, o: number): void {
  const { emit } = w;
  const mask = w.buckets - 1;
  // one running sum per label (L = 7) in locals: the hottest loop of the stage, no stores inside it
  let s0 = out[o]!, s1 = out[o + 1]!, s2 = out[o + 2]!, s3 = out[o + 3]!, s4 = out[o + 4]!, s5 = out[o + 5]!, s6 = out[o + 6]!;
  for (let k = 0; k < n; k++) {
    const b = (f[k]! & mask) * L;
    s0 += emit[b]!;
    s1 += emit[b + 1]!;
    s2 += emit[b + 2]!;
    s3 += emit[b + 3]!;
    s4 += emit[b + 4]!;
    s5 += emit[b + 5]!;
    s6 += emit[b + 6]!;
  }
  out[o] = s0;
  out[o + 1] = s1;
  out[o + 2] = s2;
  out[o + 3] = s3;
  out[o + 4] = s4;
  out[o + 5] = s5;
  out[o + 6] = s6;
}

/**
 * The summed emission weights of a word's features in each role (`WORD_ROLES`: itself, then as a neighbour),
 * computed once per word and model. With int16 weights the sums are exact integers, so their order is free.
 */
function wordScores(w: NerWeights, info: WordInfo): Float64Array {
  if (info.scoredBy === w && info.scores) return info.scores;
  const out = new Float64Array(WORD_ROLES * L);
  addWeights(w, info.own, info.own.length, out, 0);
  for (let r = 1; r < WORD_ROLES; r++) addWeights(w, FEATS, roleFeatures(info, r, FEATS), out, r * L);
  info.scores = out;
  info.scoredBy = w;
  return out;
}

/** Names need a capital (1 initial, 2 all caps, 5 mixed): whether one stands within two tokens of `i` in [s, e). */
function nearCapital(W: FeatureInput['words'], i: number, s: number, e: number): boolean {
  const b = Math.min(e - 1, i + 2);
  for (let k = Math.max(s, i - 2); k <= b; k++) {
    const c = W[k]!.cap;
    if (c === 1 || c === 2 || c === 5) return true;
  }
  return false;
}

/** Emission scores of every token of [s, e) into `out` ([k * L + label], k from 0). */
export function emissions(w: NerWeights, x: FeatureInput, s: number, e: number, out: Float64Array): void {
  const W = x.words;
  for (let i = s; i < e; i++) {
    const o = (i - s) * L;
    // a token two or more words from any capital is scored as O outright
    if (!nearCapital(W, i, s, e)) {
      out[o] = 0;
      for (let l = 1; l < L; l++) out[o + l] = -1e9;
      continue;
    }
    const a = wordScores(w, W[i]!);
    const p = wordScores(w, i - 1 >= s ? W[i - 1]! : NONE_WORD);
    const q = wordScores(w, i + 1 < e ? W[i + 1]! : NONE_WORD);
    const p2 = wordScores(w, i - 2 >= s ? W[i - 2]! : NONE_WORD);
    const q2 = wordScores(w, i + 2 < e ? W[i + 2]! : NONE_WORD);
    for (let l = 0; l < L; l++) out[o + l] = a[l]! + p[L + l]! + q[2 * L + l]! + p2[3 * L + l]! + q2[4 * L + l]!;
    addWeights(w, FEATS, contextFeatures(x, i, s, e, FEATS), out, o);
  }
}

/** `allowed(p, l)` as a table, [p * L + l]. */
const ALLOWED = Uint8Array.from({ length: L * L }, (_, k) => (allowed(Math.floor(k / L), k % L) ? 1 : 0));
const scaled = new Float64Array(L * L + L);
let delta = new Float64Array(64 * L);
let back = new Int8Array(64 * L);

/** Best label sequence for `n` tokens given emission scores; transitions scaled by `tScale`. */
export function viterbi(score: Float64Array, n: number, trans: ArrayLike<number>, tScale = 1): Uint8Array {
  if (delta.length < n * L) {
    delta = new Float64Array(n * L * 2);
    back = new Int8Array(n * L * 2);
  }
  for (let k = 0; k < L * L + L; k++) scaled[k] = tScale * trans[k]!;
  for (let l = 0; l < L; l++) delta[l] = allowed(-1, l) ? score[l]! + scaled[L * L + l]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const o = i * L;
    for (let l = 0; l < L; l++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!ALLOWED[p * L + l]) continue;
        const v = delta[o - L + p]! + scaled[p * L + l]!;
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      delta[o + l] = best + score[o + l]!;
      back[o + l] = arg;
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
  if (scoreBuf.length < n * L) scoreBuf = new Float64Array(n * L * 2);
  emissions(m, x, s, e, scoreBuf);
  return viterbi(scoreBuf, n, m.trans, m.emitScale);
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
