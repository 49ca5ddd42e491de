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

  it('gives offsets that slice back to each token, across curly quotes and contractions', () => {
    const doc = tokenisedDoc('He said “they don’t know” — the colonel’s unit left.');
    for (const t of doc.layers.tokens!) expect(doc.text.slice(t.start, t.end).toLowerCase()).toBe(t.norm);
    expect(doc.layers.tokens!.map((t) => doc.text.slice(t.start, t.end))).toContain('colonel');
  });

  it('tags proper nouns', () => {
    const doc = tokenisedDoc('Ramazon Rahimzoda spoke in Dushanbe.');
    const propn = doc.layers.tokens!.filter((t) => t.pos === 'PROPN').map((t) => doc.text.slice(t.start, t.end));
    expect(propn).toEqual(expect.arrayContaining(['Ramazon', 'Rahimzoda', 'Dushanbe']));
  });
});
