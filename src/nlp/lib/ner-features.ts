/**
 * Features of the learned name tagger: hashed ids built from a token's word (cached per string),
 * its part of speech, its neighbours and the gazetteer tags around it. Integer mixing, no strings per token.
 * @example sentenceFeatures(input, 0, tokens.length) // → one bucket list per token
 */
import type { Token } from '../../core/doc.js';
import {
  GIVEN_NAMES, GPE_HEADS, GPE_SUFFIX, GROUP_CUES_AFTER, GROUP_HEADS, LOC_HEADS, NAME_HONORIFICS, NAME_PARTICLES,
  NORP_SUFFIX, NOT_NAMES, ORG_CONNECTORS, ORG_HEADS, PERSON_CUES_BEFORE, PERSON_SUFFIX, SPEECH_VERBS, TITLE_HEADS,
  TITLE_MODIFIERS,
} from './name-lexicon.js';

/** FNV-1a over a string's UTF-16 units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Combines a template id with a value hash (murmur-style finaliser). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 13), 0x27d4eb2f);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Lexicon flags, one bit each; order is part of the model format. */
const LEXICONS: readonly ((w: string) => boolean)[] = [
  (w) => GIVEN_NAMES.has(w),
  (w) => PERSON_SUFFIX.test(w),
  (w) => ORG_HEADS.has(w),
  (w) => GROUP_HEADS.has(w),
  (w) => GPE_HEADS.has(w),
  (w) => LOC_HEADS.has(w),
  (w) => TITLE_HEADS.has(w),
  (w) => TITLE_MODIFIERS.has(w),
  (w) => NAME_PARTICLES.has(w),
  (w) => NAME_HONORIFICS.has(w),
  (w) => NOT_NAMES.has(w),
  (w) => SPEECH_VERBS.has(w),
  (w) => PERSON_CUES_BEFORE.has(w),
  (w) => GROUP_CUES_AFTER.has(w),
  (w) => GPE_SUFFIX.test(w),
  (w) => NORP_SUFFIX.test(w),
  (w) => ORG_CONNECTORS.has(w),
];

/** What a word contributes regardless of where it stands. */
export interface WordInfo {
  word: number;
  shape: number;
  /** 0 lower, 1 initial capital, 2 all capitals, 3 digits, 4 punctuation, 5 mixed, 6 caseless letters */
  cap: number;
  flags: number;
  /** hashed unigram features of the word alone (prefixes, suffixes, shape, flags) */
  own: Int32Array;
}

function capClass(s: string): number {
  const c = s.charAt(0);
  const lower = s.toLowerCase();
  const upper = s.toUpperCase();
  if (/^\d/.test(s)) return 3;
  if (c.toLowerCase() === c.toUpperCase()) return /^\p{L}/u.test(s) ? 6 : 4;
  if (s === lower) return 0;
  if (s === upper && s.length > 1) return 2;
  if (c === c.toUpperCase() && s.slice(1) === lower.slice(1)) return 1;
  return c === c.toUpperCase() ? 1 : 5;
}

function shapeOf(s: string): string {
  let out = '';
  let prev = '';
  for (const ch of s.length > 12 ? s.slice(0, 12) : s) {
    const k = /\d/.test(ch) ? 'd' : ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : ch;
    if (k !== prev) out += k;
    prev = k;
  }
  return out;
}

const T = { word: 1, pre: 10, suf: 20, shape: 30, flag: 40, cap: 60 } as const;

/** Builds a word's info; callers cache it per surface string. */
export function wordInfo(surface: string): WordInfo {
  const w = surface.toLowerCase();
  const cap = capClass(surface);
  const shape = hashString(shapeOf(surface));
  let flags = 0;
  LEXICONS.forEach((f, k) => {
    if (f(w)) flags |= 1 << k;
  });
  const own: number[] = [mix(T.word, hashString(w)), mix(T.shape, shape), mix(T.cap, cap)];
  for (let k = 1; k <= 3 && k < w.length; k++) own.push(mix(T.pre + k, hashString(w.slice(0, k))));
  for (let k = 1; k <= 4 && k < w.length; k++) own.push(mix(T.suf + k, hashString(w.slice(-k))));
  for (let k = 0; k < LEXICONS.length; k++) if (flags & (1 << k)) own.push(mix(T.flag, k));
  return { word: hashString(w), shape, cap, flags, own: Int32Array.from(own) };
}

/** A per-process word cache, bounded so a long run cannot grow it without limit. */
export class WordCache {
  private readonly map = new Map<string, WordInfo>();
  constructor(private readonly limit = 300_000) {}
  get(surface: string): WordInfo {
    let w = this.map.get(surface);
    if (!w) {
      if (this.map.size >= this.limit) this.map.clear();
      w = wordInfo(surface);
      this.map.set(surface, w);
    }
    return w;
  }
}

/** Everything the features of one document read. */
export interface FeatureInput {
  text: string;
  tokens: readonly Token[];
  words: readonly WordInfo[];
  /** per token: knowledge-base tag (0 none; else 1 + 2·typeIndex + inside) */
  kbTag: Uint8Array;
  /** per token: place tag (0 none; 1 begins, 2 inside; +2 for a country) */
  placeTag: Uint8Array;
  /** per token: 1 when its sentence is set in title case or capitals (a headline) */
  headline: Uint8Array;
  /** per token: first and last token of the capitalised run it belongs to, or -1 */
  runA: Int32Array;
  runB: Int32Array;
  /** per token: bit 1 the word is capitalised mid-sentence elsewhere in the document, bit 2 it is written in lower case elsewhere */
  docSeen: Uint8Array;
}

const POS_IDS = new Map<string, number>();
function posId(p: string): number {
  let id = POS_IDS.get(p);
  if (id === undefined) POS_IDS.set(p, (id = hashString(p)));
  return id;
}

const NONE_WORD = wordInfo('<none>');

/** Hashed features of token `i` in the sentence of tokens [s, e); `out` receives them, and the count is returned. */
export function tokenFeatures(x: FeatureInput, i: number, s: number, e: number, out: Int32Array): number {
  let n = 0;
  const push = (h: number) => {
    out[n++] = h;
  };
  const w = x.words[i]!;
  const at = (k: number) => (k >= s && k < e ? x.words[k]! : NONE_WORD);
  const pos = (k: number) => (k >= s && k < e ? posId(x.tokens[k]!.pos) : 7);
  const wp = at(i - 1);
  const wn = at(i + 1);
  push(mix(0, 1)); // bias
  for (let k = 0; k < w.own.length; k++) push(w.own[k]!);
  push(mix(100, pos(i)));
  push(mix(101, mix(pos(i), w.cap)));
  push(mix(102, mix(i === s ? 1 : 0, w.cap)));
  push(mix(103, wp.word));
  push(mix(104, wn.word));
  push(mix(105, at(i - 2).word));
  push(mix(106, at(i + 2).word));
  push(mix(107, pos(i - 1)));
  push(mix(108, pos(i + 1)));
  push(mix(109, mix(mix(wp.cap, w.cap), wn.cap)));
  push(mix(110, wp.shape));
  push(mix(111, wn.shape));
  push(mix(112, mix(wp.word, w.word)));
  push(mix(113, mix(w.word, wn.word)));
  push(mix(114, mix(x.headline[i]!, w.cap)));
  push(mix(115, mix(pos(i - 1), pos(i))));
  push(mix(116, mix(w.shape, mix(wp.cap, wn.cap))));
  for (let k = 0; k < LEXICONS.length; k++) {
    if (wp.flags & (1 << k)) push(mix(120, k));
    if (wn.flags & (1 << k)) push(mix(121, k));
    if (at(i + 2).flags & (1 << k)) push(mix(122, k));
    if (at(i - 2).flags & (1 << k)) push(mix(123, k));
  }
  const ra = x.runA[i]!;
  if (ra >= 0) {
    const rb = x.runB[i]!;
    const len = Math.min(rb - ra + 1, 5);
    const place = i === ra ? (i === rb ? 0 : 1) : i === rb ? 2 : 3;
    push(mix(140, x.words[rb]!.word));
    push(mix(141, x.words[ra]!.word));
    push(mix(142, len * 8 + place));
    push(mix(143, at(ra - 1).word));
    push(mix(144, at(rb + 1).word));
    push(mix(145, mix(x.words[rb]!.flags, place)));
    push(mix(146, mix(at(ra - 1).word, place)));
  }
  push(mix(147, mix(x.docSeen[i]!, mix(i === s ? 1 : 0, w.cap))));
  const kb = x.kbTag[i]!;
  if (kb) push(mix(130, kb));
  if (i > s && x.kbTag[i - 1]) push(mix(131, x.kbTag[i - 1]!));
  if (i + 1 < e && x.kbTag[i + 1]) push(mix(132, x.kbTag[i + 1]!));
  const pl = x.placeTag[i]!;
  if (pl) push(mix(133, mix(pl, w.cap)));
  if (i > s && x.placeTag[i - 1]) push(mix(134, x.placeTag[i - 1]!));
  if (i + 1 < e && x.placeTag[i + 1]) push(mix(135, x.placeTag[i + 1]!));
  return n;
}

/** Upper bound on features per token, for buffer sizing. */
export const MAX_FEATURES = 128;
