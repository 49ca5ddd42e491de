import { describe, expect, it } from 'vitest';
import type { ExportLinkT } from '../core/export-schema.js';
import { credibility, type CredibilityInput } from './credibility.js';

const c = (id: string, over: Partial<CredibilityInput> = {}): CredibilityInput => ({ id, stance: 'assert', kind: 'statement', hedged: false, sourcing: 'named', ...over });
const link = (kind: ExportLinkT['kind'], a: string, b: string): ExportLinkT => ({ kind, conflict: null, a, b, reason: '' });

describe('credibility', () => {
  it.each([
    ['corroborated and uncontested', c('x'), [link('corroborates', 'x', 'y')], 1],
    ['corroborated but disputed', c('x'), [link('corroborates', 'x', 'y'), link('contradicts', 'z', 'x')], 3],
    ['named, alone', c('x'), [], 3],
    ['anonymous, alone', c('x', { sourcing: 'anonymous' }), [], 4],
    ['unattributed', c('x', { sourcing: 'unattributed', hedged: true }), [], 6],
    ['contradicted and hedged', c('x', { hedged: true }), [link('contradicts', 'z', 'x')], 4],
    ['refuted', c('x'), [link('refutes', 'z', 'x')], 5],
    ['retracted', c('x'), [link('retracts', 'z', 'x')], 5],
    ['a threat', c('x', { stance: 'predict' }), [], 6],
  ])('%s → %i', (_name, claim, links, digit) => {
    const r = credibility([claim], links).get('x')!;
    expect(r.digit).toBe(digit);
    expect(r.reason.length).toBeGreaterThan(10);
  });

  it('says when an unsourced claim is an accusation', () => {
    expect(credibility([c('x', { stance: 'allege', sourcing: 'unattributed' })], []).get('x')).toEqual({ digit: 6, reason: 'cannot be judged: an accusation with no source given' });
  });

  it('does not mark the refuting claim itself as refuted', () => {
    const r = credibility([c('z', { stance: 'deny' }), c('x')], [link('refutes', 'z', 'x')]);
    expect(r.get('z')!.digit).toBe(3);
  });
});
