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

/** Word classes from a lexicon (lower-case word → bit set, see `LEXICON_CLASSES`), read from models/ner/lexicon.tsv. */
export type WordLexicon = ReadonlyMap<string, number>;

/** Lexicon classes, one bit each in this order; the order is part of the model format. */
export const LEXICON_CLASSES = ['given', 'surname', 'person', 'city', 'country', 'place', 'org', 'team', 'demonym', 'honorific', 'date', 'common'] as const;

const EMPTY_LEXICON: WordLexicon = new Map();

/** What a word contributes regardless of where it stands. */
export interface WordInfo {
  word: number;
  /** lexicon class bits */
  lex: number;
  shape: number;
  /** 0 lower, 1 initial capital, 2 all capitals, 3 digits, 4 punctuation, 5 mixed, 6 caseless letters */
  cap: number;
  flags: number;
  /** hashed unigram features of the word alone (prefixes, suffixes, shape, flags) */
  own: Int32Array;
  /** decoding cache: summed emission weights of the word's features per role (`WORD_ROLES`) under the model `scoredBy` */
  scores?: Float64Array;
  scoredBy?: object;
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

const T = { word: 1, pre: 10, suf: 20, shape: 30, flag: 40, cap: 60, lex: 70, lexCap: 71, lexAll: 72 } as const;

/** Builds a word's info; callers cache it per surface string. */
export function wordInfo(surface: string, lexicon: WordLexicon = EMPTY_LEXICON): WordInfo {
  const w = surface.toLowerCase();
  const lex = lexicon.get(w) ?? 0;
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
  for (let k = 0; k < LEXICON_CLASSES.length; k++) if (lex & (1 << k)) own.push(mix(T.lex, k), mix(T.lexCap, k * 8 + cap));
  own.push(mix(T.lexAll, mix(lex, cap)));
  return { word: hashString(w), lex, shape, cap, flags, own: Int32Array.from(own) };
}

/** The spellings met under one key, with their infos (a key has few: "the", "The", "THE"). */
interface Spellings {
  surfaces: string[];
  infos: WordInfo[];
}

/** A per-process word cache, bounded so a long run cannot grow it without limit. */
export class WordCache {
  private readonly map = new Map<string, Spellings>();
  private size = 0;
  constructor(
    private readonly lexicon: WordLexicon = EMPTY_LEXICON,
    private readonly limit = 300_000,
  ) {}
  /**
   * The info of the word `text[start, end)`, filed under `key` (e.g. the token's norm, a string that already
   * exists): comparing the few spellings in place saves slicing and hashing a new string per token.
   */
  at(text: string, start: number, end: number, key: string): WordInfo {
    let sp = this.map.get(key);
    if (!sp) {
      if (this.size >= this.limit) this.clear();
      this.map.set(key, (sp = { surfaces: [], infos: [] }));
    }
    const len = end - start;
    for (let k = 0; k < sp.surfaces.length; k++) {
      const s = sp.surfaces[k]!;
      if (s.length === len && text.startsWith(s, start)) return sp.infos[k]!;
    }
    const surface = text.slice(start, end);
    const info = wordInfo(surface, this.lexicon);
    sp.surfaces.push(surface);
    sp.infos.push(info);
    this.size++;
    return info;
  }
  private clear(): void {
    this.map.clear();
    this.size = 0;
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
  /** per token: hashed part-of-speech tag (`posId`) */
  pos: Int32Array;
}

const POS_IDS = new Map<string, number>();
/** A part-of-speech tag's hash, cached. */
export function posId(p: string): number {
  let id = POS_IDS.get(p);
  if (id === undefined) POS_IDS.set(p, (id = hashString(p)));
  return id;
}

/** The word beyond a sentence's edge. */
export const NONE_WORD = wordInfo('<none>');

/**
 * Hashed features of token `i` in the sentence of tokens [s, e); `out` receives them, and the count is returned.
 * They are the word's `own`, each neighbour's `roleFeatures` and the `contextFeatures`: the parts a decoder scores
 * separately (word parts once per word), so trainer and decoder cannot disagree.
 */
export function tokenFeatures(x: FeatureInput, i: number, s: number, e: number, out: Int32Array): number {
  let n = contextFeatures(x, i, s, e, out);
  const own = x.words[i]!.own;
  for (let k = 0; k < own.length; k++) out[n++] = own[k]!;
  n = roleFeatures(i - 1 >= s ? x.words[i - 1]! : NONE_WORD, 1, out, n);
  n = roleFeatures(i + 1 < e ? x.words[i + 1]! : NONE_WORD, 2, out, n);
  n = roleFeatures(i - 2 >= s ? x.words[i - 2]! : NONE_WORD, 3, out, n);
  return roleFeatures(i + 2 < e ? x.words[i + 2]! : NONE_WORD, 4, out, n);
}

/** Roles in which a word's features depend on that word alone, so a decoder may score them once per word. */
export const WORD_ROLES = 5; // 0 itself (`own`), 1 previous, 2 next, 3 two before, 4 two after

/** The features word `w` contributes in `role` (1–4) as a neighbour, appended to `out` from `at`; the new count is returned. */
export function roleFeatures(w: WordInfo, role: number, out: Int32Array, at = 0): number {
  let n = at;
  if (role === 1) {
    out[n++] = mix(103, w.word);
    out[n++] = mix(110, w.shape);
  } else if (role === 2) {
    out[n++] = mix(104, w.word);
    out[n++] = mix(111, w.shape);
  } else out[n++] = mix(role === 3 ? 105 : 106, w.word);
  const flagT = role === 1 ? 120 : role === 2 ? 121 : role === 4 ? 122 : 123;
  for (let k = 0; k < LEXICONS.length; k++) if (w.flags & (1 << k)) out[n++] = mix(flagT, k);
  if (role <= 2) for (let k = 0; k < LEXICON_CLASSES.length; k++) if (w.lex & (1 << k)) out[n++] = mix(role === 1 ? 124 : 125, mix(k, w.cap));
  return n;
}

const BIAS = mix(0, 1);

/**
 * The features of token `i` that depend on more than one word (position, part of speech, word pairs, capitalised run,
 * gazetteer tags) — all of `tokenFeatures` but the word parts; count returned.
 */
export function contextFeatures(x: FeatureInput, i: number, s: number, e: number, out: Int32Array): number {
  let n = 0;
  const W = x.words;
  const P = x.pos;
  const w = W[i]!;
  const wp = i - 1 >= s ? W[i - 1]! : NONE_WORD;
  const wn = i + 1 < e ? W[i + 1]! : NONE_WORD;
  const pi = P[i]!;
  const pp = i - 1 >= s ? P[i - 1]! : 7;
  const pn = i + 1 < e ? P[i + 1]! : 7;
  const first = i === s ? 1 : 0;
  out[n++] = BIAS;
  out[n++] = mix(100, pi);
  out[n++] = mix(101, mix(pi, w.cap));
  out[n++] = mix(102, mix(first, w.cap));
  out[n++] = mix(107, pp);
  out[n++] = mix(108, pn);
  out[n++] = mix(109, mix(mix(wp.cap, w.cap), wn.cap));
  out[n++] = mix(112, mix(wp.word, w.word));
  out[n++] = mix(113, mix(w.word, wn.word));
  out[n++] = mix(114, mix(x.headline[i]!, w.cap));
  out[n++] = mix(115, mix(pp, pi));
  out[n++] = mix(116, mix(w.shape, mix(wp.cap, wn.cap)));
  if (x.runA[i]! >= 0) n = runFeatures(x, i, s, e, out, n);
  out[n++] = mix(150, mix(wp.word, w.cap));
  out[n++] = mix(151, mix(wn.word, w.cap));
  out[n++] = mix(147, mix(x.docSeen[i]!, mix(first, w.cap)));
  return tagFeatures(x, i, s, e, out, n);
}

/** Features of the capitalised run token `i` stands in, appended from `n`; the new count is returned. */
function runFeatures(x: FeatureInput, i: number, s: number, e: number, out: Int32Array, n: number): number {
  const W = x.words;
  const ra = x.runA[i]!;
  const rb = x.runB[i]!;
  const len = Math.min(rb - ra + 1, 5);
  const place = i === ra ? (i === rb ? 0 : 1) : i === rb ? 2 : 3;
  const before = ra - 1 >= s ? W[ra - 1]!.word : NONE_WORD.word;
  const after = rb + 1 < e ? W[rb + 1]!.word : NONE_WORD.word;
  out[n++] = mix(140, W[rb]!.word);
  out[n++] = mix(141, W[ra]!.word);
  out[n++] = mix(142, len * 8 + place);
  out[n++] = mix(143, before);
  out[n++] = mix(144, after);
  out[n++] = mix(145, mix(W[rb]!.flags, place));
  out[n++] = mix(146, mix(before, place));
  // what the run's words are known as anywhere in it (a given name, a club, a city)
  let lexU = 0;
  let flagU = 0;
  for (let k = ra; k <= rb; k++) {
    lexU |= W[k]!.lex;
    flagU |= W[k]!.flags;
  }
  for (let k = 0; lexU >> k; k++) if (lexU & (1 << k)) out[n++] = mix(148, mix(k, place));
  for (let k = 0; flagU >> k; k++) if (flagU & (1 << k)) out[n++] = mix(149, mix(k, place));
  return n;
}

/** Knowledge-base and place tag features of token `i` and its neighbours, appended from `n`. */
function tagFeatures(x: FeatureInput, i: number, s: number, e: number, out: Int32Array, n: number): number {
  const cap = x.words[i]!.cap;
  const kb = x.kbTag[i]!;
  if (kb) out[n++] = mix(130, kb);
  if (i > s && x.kbTag[i - 1]) out[n++] = mix(131, x.kbTag[i - 1]!);
  if (i + 1 < e && x.kbTag[i + 1]) out[n++] = mix(132, x.kbTag[i + 1]!);
  const pl = x.placeTag[i]!;
  if (pl) out[n++] = mix(133, mix(pl, cap));
  if (i > s && x.placeTag[i - 1]) out[n++] = mix(134, x.placeTag[i - 1]!);
  if (i + 1 < e && x.placeTag[i + 1]) out[n++] = mix(135, x.placeTag[i + 1]!);
  return n;
}

/** Upper bound on features per token, for buffer sizing. */
export const MAX_FEATURES = 192;
