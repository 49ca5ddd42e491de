import { describe, expect, it } from 'vitest';
import { tokenisedDoc } from '../../test-support/doc.js';
import { layer } from '../../core/doc.js';
import { parseLexicon, shippedNerAssets } from './ner-assets.js';
import { MAX_FEATURES, tokenFeatures, WordCache } from './ner-features.js';
import { buildPlaceGazetteer, nerInput, sentenceBounds } from './ner-input.js';
import { allowed, decodeModel, decodeSentence, emissions, encodeModel, spansOf, viterbi, L } from './ner-model.js';
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

describe('decoder scores', () => {
  it('equal the plain sum of the weights of every feature the trainer sees, near a capital', () => {
    const text = 'Mayor Ilsa Vortmann of the Quenby Harbour Trust told Reuters in Oslo that the al-Tamir Brigade had left the old port on foot.';
    const doc = tokenisedDoc(text);
    const tokens = layer(doc, 'tokens');
    const model = shippedNerAssets().model;
    const x = nerInput(text, tokens, { kb: null, places: shippedNerAssets().places, words: shippedNerAssets().words });
    const buf = new Int32Array(MAX_FEATURES);
    let compared = 0;
    for (const [s, e] of sentenceBounds(tokens)) {
      const fast = new Float64Array((e - s) * L);
      emissions(model, x, s, e, fast);
      for (let i = s; i < e; i++) {
        if (fast[(i - s) * L + 1] === -1e9) continue; // far from any capital: O outright, by design
        const plain = new Float64Array(L);
        const n = tokenFeatures(x, i, s, e, buf);
        for (let k = 0; k < n; k++) for (let l = 0; l < L; l++) plain[l]! += model.emit[(buf[k]! & (model.buckets - 1)) * L + l]!;
        expect([...fast.subarray((i - s) * L, (i - s + 1) * L)]).toEqual([...plain]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(15);
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
