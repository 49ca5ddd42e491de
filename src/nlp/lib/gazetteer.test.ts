import { describe, expect, it } from 'vitest';
import { isCaseSensitiveAlias } from './gazetteer.js';

/** The rule as first written: at most three letters, all capitals. */
function byRegex(written: string): boolean {
  const letters = written.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters.length <= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

describe('isCaseSensitiveAlias', () => {
  it('keeps the rule on short capitals, dotted initials, other scripts and mixed case', () => {
    const cases = ['UN', 'U.S.', 'EU', 'IS', 'Is', 'iS', 'NATO', 'Aachen', 'A Coruña', 'ÉU', 'Éu', 'США', 'Сша', 'ß', 'SS', '', '12', 'G-7', 'g7', 'ИГ', 'x'];
    for (const c of cases) expect(isCaseSensitiveAlias(c), c).toBe(byRegex(c));
    expect(isCaseSensitiveAlias('U.S.')).toBe(true);
    expect(isCaseSensitiveAlias('Aachen')).toBe(false);
  });
});
