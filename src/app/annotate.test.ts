import { describe, expect, it } from 'vitest';
import { createAnnotator, createClaimAnnotator } from './annotate.js';

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

describe('createClaimAnnotator', () => {
  const annotate = createClaimAnnotator();
  it.each([
    ['Party 🎉. Odina Sharipova said that the road to Khujand was closed.', 'Odina Sharipova', 'said', 'the road to Khujand was closed'],
    ['  The ministry denied that 300 troops had crossed.\r\nNo more.', 'The ministry', 'denied', '300 troops had crossed'],
  ])('claims in export shape, spans into the text as given: %j', (text, source, cue, content) => {
    const { claims } = annotate(text, 'x1');
    expect(claims).toHaveLength(1);
    const c = claims[0]!;
    const at = (p: [number, number] | null) => (p ? text.slice(p[0], p[1]) : null);
    expect([at(c.spans.source), at(c.spans.cue), at(c.spans.content), c.doc]).toEqual([source, cue, content, 'x1']);
    expect(text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
  });
});
