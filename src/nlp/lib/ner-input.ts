/**
 * Builds the tagger's per-document input from tokens: cached word info, knowledge-base and place
 * gazetteer tags (longest match per sentence), and headline flags. Shared by the stage and the trainer.
 * @example const x = nerInput(text, tokens, { kb: gazetteerFor(ctx), places, words })
 */
import type { Token } from '../../core/doc.js';
import type { EntityType } from '../../core/vocab.js';
import { basicNormalise, canStart, gazetteerOf, isCaseSensitiveAlias, longestMatch, tokenPieces, type GazEntry, type Gazetteer } from './gazetteer.js';
import { LEXICON_CLASSES, posId, WordCache, type FeatureInput, type WordInfo } from './ner-features.js';

const KB_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'GROUP', 'GPE', 'LOC', 'NORP'];

/** Sentence token ranges [start, end) from the tokens' sentence numbers. */
export function sentenceBounds(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let s = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || tokens[i]!.sentence !== tokens[s]!.sentence) {
      out.push([s, i]);
      s = i;
    }
  }
  return out;
}

/**
 * A place gazetteer from `name<TAB>kind[<TAB>key]` lines (kind `c` country, `p` populated place; key the name already
 * normalised by `basicNormalise`, so loading skips the regex work). Plain capitalised names share one entry per kind.
 */
export function buildPlaceGazetteer(lines: string): Gazetteer {
  const shared = new Map<string, GazEntry>();
  const items: [string, GazEntry][] = [];
  let a = 0;
  while (a < lines.length) {
    let b = lines.indexOf('\n', a);
    if (b < 0) b = lines.length;
    const t1 = lines.indexOf('\t', a);
    const t2 = t1 >= 0 && t1 < b ? lines.indexOf('\t', t1 + 1) : -1;
    const name = lines.slice(a, t1 >= 0 && t1 < b ? t1 : b);
    const country = t1 >= 0 && t1 < b && lines.charCodeAt(t1 + 1) === 99 && (t1 + 2 === b || t1 + 2 === t2); // 'c'
    const given = t2 >= 0 && t2 < b ? lines.slice(t2 + 1, b) : undefined;
    a = b + 1;
    if (!name) continue;
    const key = given ?? basicNormalise(name);
    if (!key) continue;
    const id = country ? 'c' : 'p';
    const type: EntityType = country ? 'GPE' : 'LOC';
    const w = name.charAt(0);
    const cased = isCaseSensitiveAlias(name);
    const plain = w !== w.toLowerCase() && !cased;
    let e = plain ? shared.get(id) : undefined;
    if (!e) {
      e = { actorId: id, type, weak: false, written: name, name, capitals: cased ? name.replace(/[^\p{L}]/gu, '') : null, initialUpper: w !== w.toLowerCase() };
      if (plain) shared.set(id, e);
    }
    items.push([key, e]);
  }
  return gazetteerOf(items, basicNormalise);
}

/** Longest-match tags over each sentence: 1 + 2·kind + (0 begins, 1 inside). */
function tagMatches(g: Gazetteer, text: string, tokens: readonly Token[], bounds: [number, number][], kindOf: (t: EntityType, id: string) => number, pieces = tokenPieces(g, tokens)): Uint8Array {
  const tags = new Uint8Array(tokens.length);
  for (const [s, e] of bounds) {
    for (let i = s; i < e; i++) {
      if (!canStart(g, text, tokens[i]!)) continue;
      const m = longestMatch(g, text, tokens, i, e, undefined, pieces);
      if (!m) continue;
      const k = kindOf(m.entries[0]!.type, m.entries[0]!.actorId);
      for (let j = m.first; j <= m.last; j++) tags[j] = 1 + 2 * k + (j === m.first ? 0 : 1);
      i = m.last;
    }
  }
  return tags;
}

/** Flags sentences set in title case or capitals, where a capital says little. */
function headlineFlags(tokens: readonly Token[], words: FeatureInput['words'], bounds: [number, number][]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  for (const [s, e] of bounds) {
    let n = 0;
    let caps = 0;
    for (let i = s; i < e; i++) {
      const t = tokens[i]!;
      if (t.end - t.start <= 3) continue;
      const c = words[i]!.cap;
      if (c === 3 || c === 4) continue;
      n++;
      if (c === 1 || c === 2) caps++;
    }
    if (n >= 3 && caps / n >= 0.75) out.fill(1, s, e);
  }
  return out;
}

const classBits = (names: readonly string[]) => names.reduce((b, n) => b | (1 << LEXICON_CLASSES.indexOf(n as (typeof LEXICON_CLASSES)[number])), 0);
const COMMON_ONLY = classBits(['common', 'date']);
const NAME_CLASSES = classBits(['given', 'surname', 'person', 'city', 'country', 'place', 'org', 'team', 'demonym']);

const JOINERS = new Set(['of', 'for', 'and', 'the', 'de', 'al', 'bin', '-', '&']);

/** Capitalised runs (names and the connectors between their words), as first/last token per token. */
function capitalRuns(tokens: readonly Token[], words: FeatureInput['words'], bounds: [number, number][]): { runA: Int32Array; runB: Int32Array } {
  const runA = new Int32Array(tokens.length).fill(-1);
  const runB = new Int32Array(tokens.length).fill(-1);
  const capital = (k: number) => words[k]!.cap === 1 || words[k]!.cap === 2 || words[k]!.cap === 6;
  for (const [s, e] of bounds) {
    for (let i = s; i < e; i++) {
      if (!capital(i)) continue;
      // a sentence's first word that is only known as a common word or a date ("Yesterday", "However") opens no name
      if (i === s && (words[i]!.lex & COMMON_ONLY) && !(words[i]!.lex & NAME_CLASSES)) continue;
      let j = i;
      while (j + 1 < e && (capital(j + 1) || (JOINERS.has(tokens[j + 1]!.norm) && j + 2 < e && capital(j + 2)))) j += capital(j + 1) ? 1 : 2;
      runA.fill(i, i, j + 1);
      runB.fill(j, i, j + 1);
      i = j;
    }
  }
  return { runA, runB };
}

/** Whether each word is capitalised mid-sentence, or written in lower case, elsewhere in the document. */
function documentSeen(tokens: readonly Token[], words: FeatureInput['words'], bounds: [number, number][]): Uint8Array {
  const seen = new Map<string, number>();
  for (const [s, e] of bounds) {
    for (let i = s; i < e; i++) {
      const c = words[i]!.cap;
      const bit = c === 0 ? 2 : (c === 1 || c === 2) && i > s ? 1 : 0;
      if (bit) seen.set(tokens[i]!.norm, (seen.get(tokens[i]!.norm) ?? 0) | bit);
    }
  }
  const out = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) out[i] = seen.get(tokens[i]!.norm) ?? 0;
  return out;
}

/** Word info and part-of-speech ids of every token. */
function tokenWords(text: string, tokens: readonly Token[], cache: WordCache): { words: FeatureInput['words']; pos: Int32Array } {
  const words: WordInfo[] = new Array(tokens.length);
  const pos = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    words[i] = cache.at(text, t.start, t.end, t.norm);
    pos[i] = posId(t.pos);
  }
  return { words, pos };
}

export interface NerResources {
  kb: Gazetteer | null;
  /** the document's `tokenPieces` under `kb`, when the caller already has them */
  kbPieces?: (j: number) => readonly string[];
  places: Gazetteer | null;
  words: WordCache;
}

/** The feature input of a tokenised text. */
export function nerInput(text: string, tokens: readonly Token[], r: NerResources, bounds = sentenceBounds(tokens)): FeatureInput {
  const { words, pos } = tokenWords(text, tokens, r.words);
  const none = new Uint8Array(tokens.length);
  const { runA, runB } = capitalRuns(tokens, words, bounds);
  // a literal, not a spread: V8 (Node 20) gives every "{ ...x, more }" made in optimised code a map of its own
  return {
    runA,
    runB,
    docSeen: documentSeen(tokens, words, bounds),
    text,
    tokens,
    words,
    kbTag: r.kb ? tagMatches(r.kb, text, tokens, bounds, (t) => KB_TYPES.indexOf(t) + 1, r.kbPieces) : none,
    placeTag: r.places ? tagMatches(r.places, text, tokens, bounds, (_t, id) => (id === 'c' ? 1 : 0)) : none,
    headline: headlineFlags(tokens, words, bounds),
    pos,
  };
}
