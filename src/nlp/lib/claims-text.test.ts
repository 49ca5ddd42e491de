import { describe, expect, it } from 'vitest';
import { quoteAt, quoteRegions } from './claims-text.js';

describe('quoteRegions', () => {
  it.each([
    // text, offset to probe, inside a quotation?
    ['He said “the road is shut” today.', 10, true],
    ['He said “the road is shut” today.', 28, false],
    ['"Calm," she said. "Quiet."', 3, true],
    ['"Calm," she said. "Quiet."', 10, false],
    // an unclosed quotation ends with its paragraph: a blank line, or a line ending a sentence before a new one
    ['“It is over.\n\nRahimov said more.', 20, false],
    ['“It is over.\nRahimov said more.', 18, false],
    // a hard-wrapped line inside a quotation keeps it open
    ['“It is over and the\nroad is shut,” he said.', 22, true],
  ])('%j at %i → %s', (text, at, inside) => {
    expect(quoteAt(quoteRegions(text), at) !== null).toBe(inside);
  });
});
