import { describe, expect, it } from 'vitest';
import { createAnnotator } from './annotate.js';

describe('createAnnotator', () => {
  const annotate = createAnnotator();
  it.each([
    ['  Spaces  before: Odina Sharipova spoke in Khujand.'],
    ['Emoji 🎉 first, then Kamol Rustamov in Dushanbe.'],
    ['Line one\r\nKabul and Herat were named.'],
  ])('writes UTF-16 offsets into the text as given: %j', (text) => {
    const ms = annotate(text);
    expect(ms.length).toBeGreaterThan(0);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
