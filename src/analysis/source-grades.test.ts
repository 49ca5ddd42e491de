import { describe, expect, it } from 'vitest';
import { gradeSources } from './source-grades.js';

describe('gradeSources', () => {
  it('uses a recorded grade with its basis and falls back to F otherwise', () => {
    const out = gradeSources([
      { outlet: 'Wire A', reliability: 'B', source: 'https://example.org/about' },
      { outlet: 'Blog B', stateAffiliated: true },
      { outlet: 'Wire A' },
    ]);
    expect(out).toEqual([
      { outlet: 'Blog B', reliability: 'F', basis: 'reliability cannot be judged: no grade recorded; state-affiliated' },
      { outlet: 'Wire A', reliability: 'B', basis: 'knowledge base: https://example.org/about' },
    ]);
  });
});
