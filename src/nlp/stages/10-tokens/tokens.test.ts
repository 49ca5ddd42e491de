import { describe, expect, it } from 'vitest';
import { tokenisedDoc } from '../../../test-support/doc.js';

describe('10-tokens', () => {
  it.each([
    ['One sentence. Another one.', 2],
    ['A heading\nThe body starts here without a stop', 2],
    ['Para one.\n\nPara two is here.', 2],
  ])('splits %j into %i sentences', (text, n) => {
    expect(tokenisedDoc(text).layers.sentences).toHaveLength(n);
  });

  it.each([
    ['Sen. Ann Poe (D-Ore.) said the pier was safe. Then she left.', 'Sen. Ann Poe (D-Ore.) said the pier was safe.'],
    ['Reps. Ann Poe (D-N.J.) and Tom Loe (R-S.C.) all voted. Then they left.', 'Reps. Ann Poe (D-N.J.) and Tom Loe (R-S.C.) all voted.'],
    ['“Are we done?” she asked the clerk. He nodded.', '“Are we done?” she asked the clerk.'],
    ["They called it ''a fair deal.'' But the council voted no.", "They called it ''a fair deal.''"],
    ['The site harborwatch.com posted it. Nobody replied.', 'The site harborwatch.com posted it.'],
    ['“So do voters!”After the rally the mayor left.', '“So do voters!”'],
  ])('starts no sentence with a lower-case word, a comma or inside a word: %j', (text, first) => {
    const d = tokenisedDoc(text);
    const [a, b] = d.layers.sentences!;
    expect(text.slice(a!.start, a!.end)).toBe(first);
    expect(b && /^\p{Lu}/u.test(text.slice(b.start, b.end))).toBe(true);
  });

  it('gives offsets that slice back to each token, across curly quotes and contractions', () => {
    const doc = tokenisedDoc('He said “they don’t know” — the colonel’s unit left.');
    for (const t of doc.layers.tokens!) expect(doc.text.slice(t.start, t.end).toLowerCase()).toBe(t.norm);
    expect(doc.layers.tokens!.map((t) => doc.text.slice(t.start, t.end))).toContain('colonel');
  });

  it('reads a title wink splits from its point as one token before a name, and ends no sentence there', () => {
    const doc = tokenisedDoc('The Rev. Anna Poe and Msgr. Tom Loe met Adm. Eve Moe. Then they left.');
    const words = doc.layers.tokens!.map((t) => doc.text.slice(t.start, t.end));
    expect(words).toEqual(expect.arrayContaining(['Rev.', 'Msgr.', 'Adm.']));
    expect(words).not.toContain('Rev');
    expect(doc.layers.sentences!.map((s) => doc.text.slice(s.start, s.end))).toEqual(['The Rev. Anna Poe and Msgr. Tom Loe met Adm. Eve Moe.', 'Then they left.']);
  });

  it('tags proper nouns', () => {
    const doc = tokenisedDoc('Ramazon Rahimzoda spoke in Dushanbe.');
    const propn = doc.layers.tokens!.filter((t) => t.pos === 'PROPN').map((t) => doc.text.slice(t.start, t.end));
    expect(propn).toEqual(expect.arrayContaining(['Ramazon', 'Rahimzoda', 'Dushanbe']));
  });
});

describe('10-tokens determinism', () => {
  it('splits a possessive the same way whatever the model read before', () => {
    const text = 'Fighters of the Zarkovian Front’s youth wing left.';
    const words = (t: string) => {
      const d = tokenisedDoc(t);
      return d.layers.tokens!.map((k) => d.text.slice(k.start, k.end));
    };
    const cold = words(text);
    words('It was the Zarkovian Front’s. It was Front’s.'); // a possessive before a stop enters wink's word cache whole
    expect(words(text)).toEqual(cold);
    expect(cold).toEqual(expect.arrayContaining(['Front', '’s']));
  });

  it('tags the words around a possessive the same way whatever the model read before', () => {
    const text = 'Analysts said: Brandtova’s overwhelming lead in the polls is far larger.';
    const tags = (t: string) => tokenisedDoc(t).layers.tokens!.map((k) => `${k.norm}/${k.pos}`);
    const cold = tags(text);
    tags('It was Brandtova’s. Brandtova’s lead grew.'); // wink's word cache now holds the possessive whole
    expect(tags(text)).toEqual(cold);
  });
});
