import { describe, expect, it } from 'vitest';
import { gradeSources } from './source-grades.js';

describe('gradeSources', () => {
  it('starts every outlet at F and shows knowledge-base signals without applying them', () => {
    const out = gradeSources([
      { outlet: 'Wire A', graded: { reliability: 'B', why: 'long record of corrections' } },
      { outlet: 'Blog B', stateAffiliated: true, suggested: 'E', source: 'https://example.org/finding' },
      { outlet: 'Wire A' },
      { outlet: 'Plain C' },
    ]);
    expect(out.map((s) => [s.outlet, s.reliability])).toEqual([
      ['Blog B', 'F'],
      ['Plain C', 'F'],
      ['Wire A', 'B'],
    ]);
    expect(out[0]!.basis).toMatch(/not yet graded .*state-affiliated.*suggests E.*example\.org/);
    expect(out[1]!.basis).toBe('not yet graded by an analyst (every outlet starts at F)');
    expect(out[2]!.basis).toMatch(/^graded by an analyst: long record/);
  });
});
