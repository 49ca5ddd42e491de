/**
 * The shipped tagger (models/ner/weights.bin, CC BY-SA 4.0) and place list (models/ner/places.tsv, GeoNames CC BY),
 * read once on first use so commands that never tag names never pay for them.
 * @example const assets = shippedNerAssets(); decodeSentence(assets.model, input, s, e)
 */
import { readFileSync } from 'node:fs';
import { buildPlaceGazetteer } from './ner-input.js';
import { decodeModel, type NerModel } from './ner-model.js';
import { WordCache, type WordLexicon } from './ner-features.js';
import type { Gazetteer } from './gazetteer.js';

export interface NerAssets {
  model: NerModel;
  places: Gazetteer;
  words: WordCache;
}

// src/nlp/lib and dist/nlp/lib both sit three levels below the package root
const MODEL_DIR = new URL('../../../models/ner/', import.meta.url);

/** A word lexicon from `word<TAB>bits` lines. */
export function parseLexicon(lines: string): WordLexicon {
  const out = new Map<string, number>();
  let a = 0;
  while (a < lines.length) {
    let b = lines.indexOf('\n', a);
    if (b < 0) b = lines.length;
    const tab = lines.indexOf('\t', a);
    if (tab > a && tab < b) out.set(lines.slice(a, tab), Number(lines.slice(tab + 1, b)));
    a = b + 1;
  }
  return out;
}

/** Loads assets from a folder holding weights.bin, places.tsv and lexicon.tsv. */
export function loadNerAssets(dir: URL | string = MODEL_DIR): NerAssets {
  const base = typeof dir === 'string' ? new URL(`file://${dir.endsWith('/') ? dir : `${dir}/`}`) : dir;
  return {
    model: decodeModel(readFileSync(new URL('weights.bin', base))),
    places: buildPlaceGazetteer(readFileSync(new URL('places.tsv', base), 'utf8')),
    words: new WordCache(parseLexicon(readFileSync(new URL('lexicon.tsv', base), 'utf8'))),
  };
}

let shipped: NerAssets | null = null;

/** The shipped assets, loaded on first call and shared after (they are read-only). */
export function shippedNerAssets(): NerAssets {
  shipped ??= loadNerAssets();
  return shipped;
}
