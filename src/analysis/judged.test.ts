import { describe, expect, it } from 'vitest';
import type { ExportLinkT } from '../core/export-schema.js';
import { applyClaimJudgements, parseLinkValue, type ClaimJudgement } from './judged.js';

const computed: ExportLinkT[] = [
  { kind: 'contradicts', conflict: 'denial', a: 'd1/c1', b: 'd2/c2', reason: 'machine' },
  { kind: 'corroborates', conflict: null, a: 'd1/c3', b: 'd3/c1', reason: 'machine' },
];
const j = (over: Partial<ClaimJudgement>): ClaimJudgement => ({ kind: 'claim-link', a: 'd1/c1', b: 'd2/c2', value: null, why: 'read both', who: 'ana', at: '2026-02-03T00:00:00Z', ...over });

describe('applyClaimJudgements', () => {
  it('removes an unlinked pair in either order and keeps the rest', () => {
    const out = applyClaimJudgements(computed, [j({ kind: 'claim-unlink', a: 'd2/c2', b: 'd1/c1' })]);
    expect(out.map((l) => l.a)).toEqual(['d1/c3']);
  });

  it('replaces a computed link with the judged one, reason naming who and why', () => {
    const out = applyClaimJudgements(computed, [j({ value: 'contradicts/quantity' })]);
    expect(out).toContainEqual({ kind: 'contradicts', conflict: 'quantity', a: 'd1/c1', b: 'd2/c2', reason: 'analyst ana (2026-02-03): read both' });
    expect(out).toHaveLength(2);
  });

  it('lets the latest judgement on a pair win', () => {
    const out = applyClaimJudgements(computed, [j({ value: 'scope' }), j({ kind: 'claim-unlink' })]);
    expect(out.find((l) => l.a === 'd1/c1')).toBeUndefined();
  });

  it.each([
    ['contradicts/denial', { kind: 'contradicts', conflict: 'denial' }],
    ['corroborates', { kind: 'corroborates', conflict: null }],
    ['contradicts/vibes', null],
    ['agrees', null],
    [null, null],
  ])('parses %j', (v, want) => expect(parseLinkValue(v)).toEqual(want));
});
