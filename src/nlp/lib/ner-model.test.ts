import { describe, expect, it } from 'vitest';
import { tokenisedDoc } from '../../test-support/doc.js';
import { layer } from '../../core/doc.js';
import { parseLexicon, shippedNerAssets } from './ner-assets.js';
import { contextFeatures, MAX_FEATURES, NONE_WORD, roleFeatures, tokenFeatures, WordCache, WORD_ROLES } from './ner-features.js';
import { buildPlaceGazetteer, nerInput, sentenceBounds } from './ner-input.js';
import { allowed, decodeModel, decodeSentence, encodeModel, spansOf, viterbi, L } from './ner-model.js';
import { trainNer } from './ner-train.js';

function spans(text: string, model = shippedNerAssets().model, places = shippedNerAssets().places): string[] {
  const doc = tokenisedDoc(text);
  const tokens = layer(doc, 'tokens');
  const x = nerInput(text, tokens, { kb: null, places, words: shippedNerAssets().words });
  return sentenceBounds(tokens).flatMap(([s, e]) => spansOf(decodeSentence(model, x, s, e), s).map((r) => `${text.slice(tokens[r.first]!.start, tokens[r.last]!.end)}/${r.type}`));
}

describe('shipped name-tagger weights', () => {
  it('load and tag names that are in no list', () => {
    expect(spans('Yesterday Oydin Qahhorova flew from Lisbon to meet the Baltic Shipping Council.')).toEqual(['Oydin Qahhorova/PER', 'Lisbon/LOC', 'Baltic Shipping Council/ORG']);
  });
});

describe('decoder feature parts', () => {
  it('are exactly the features the trainer sees: own, neighbour roles and context', () => {
    const text = 'Mayor Ilsa Vortmann of the Quenby Harbour Trust told Reuters in Oslo that the al-Tamir Brigade had left.';
    const doc = tokenisedDoc(text);
    const tokens = layer(doc, 'tokens');
    const x = nerInput(text, tokens, { kb: null, places: shippedNerAssets().places, words: shippedNerAssets().words });
    const buf = new Int32Array(MAX_FEATURES);
    for (const [s, e] of sentenceBounds(tokens)) {
      for (let i = s; i < e; i++) {
        const full = [...buf.subarray(0, tokenFeatures(x, i, s, e, buf))].sort();
        const parts = [...x.words[i]!.own, ...buf.subarray(0, contextFeatures(x, i, s, e, buf))];
        const at = [i, i - 1, i + 1, i - 2, i + 2];
        for (let r = 1; r < WORD_ROLES; r++) {
          const w = at[r]! >= s && at[r]! < e ? x.words[at[r]!]! : NONE_WORD;
          parts.push(...buf.subarray(0, roleFeatures(w, r, buf)));
        }
        expect(parts.sort()).toEqual(full);
      }
    }
  });
});

describe('word cache', () => {
  it('tells spellings filed under one key apart and returns one info per spelling', () => {
    const c = new WordCache();
    const text = 'the The THE the';
    const [a, b, d, e] = [c.at(text, 0, 3, 'the'), c.at(text, 4, 7, 'the'), c.at(text, 8, 11, 'the'), c.at(text, 12, 15, 'the')];
    expect([a.cap, b.cap, d.cap]).toEqual([0, 1, 2]);
    expect(e).toBe(a);
    expect(b).not.toBe(a);
  });
});

describe('Viterbi decoding', () => {
  it('never lets I-X follow O or another type', () => {
    expect([allowed(-1, 2), allowed(0, 2), allowed(3, 2), allowed(1, 2), allowed(2, 2)]).toEqual([false, false, false, true, true]);
    const score = new Float64Array(2 * L);
    score[2] = 10; // I-PER at the start: forbidden however high it scores
    score[L + 2] = 10;
    expect([...viterbi(score, 2, new Float64Array(L * L + L))]).toEqual([1, 2]);
  });
});

describe('trainer', () => {
  it('learns a tiny synthetic set and round-trips through the weights file', () => {
    const sents = ['Brovik met Talmar in Quenby .', 'Talmar visited Quenby .', 'Brovik saw Halden in Quenby .', 'Halden met Brovik .'];
    const examples = sents.map((t) => {
      const doc = tokenisedDoc(t);
      const tokens = layer(doc, 'tokens');
      const gold = Uint8Array.from(tokens, (k) => (/^(Brovik|Talmar|Halden)$/.test(t.slice(k.start, k.end)) ? 1 : t.slice(k.start, k.end) === 'Quenby' ? 5 : 0));
      return { input: nerInput(t, tokens, { kb: null, places: null, words: new WordCache() }), bounds: sentenceBounds(tokens), gold };
    });
    const w = trainNer(examples, { epochs: 5, buckets: 1 << 12, seed: 7 });
    const again = trainNer(examples, { epochs: 5, buckets: 1 << 12, seed: 7 });
    expect(Array.from(again.emit)).toEqual(Array.from(w.emit));
    const model = decodeModel(encodeModel(w));
    const x = examples[0]!;
    expect([...decodeSentence(model, x.input, 0, x.gold.length)]).toEqual([...x.gold]);
  });
});

describe('shipped word lists', () => {
  it('reads lexicon lines as word → class bits, skipping malformed lines', () => {
    const lex = parseLexicon('oslo\t8\nnot a line\nsmith\t2\n');
    expect([lex.get('oslo'), lex.get('smith'), lex.size]).toEqual([8, 2, 2]);
  });
  it('matches places the same with or without the stored key column', () => {
    const tag = (lines: string) => {
      const doc = tokenisedDoc('Trains from Saint Petersburg reached Nizhny Novgorod.');
      const tokens = layer(doc, 'tokens');
      return [...nerInput(doc.text, tokens, { kb: null, places: buildPlaceGazetteer(lines), words: new WordCache() }).placeTag];
    };
    const plain = tag('Saint Petersburg\tp\nNizhny Novgorod\tp\n');
    expect(plain.filter((t) => t > 0).length).toBe(4);
    expect(tag('Saint Petersburg\tp\tsaint petersburg\nNizhny Novgorod\tp\tnizhny novgorod\n')).toEqual(plain);
  });
});
