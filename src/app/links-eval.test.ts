// Precision of claim links on the sample corpus and the seeds, judged against the reviewed expectations file.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExportLinkT } from '../core/export-schema.js';
import { scratch } from '../test-support/cli.js';
import { linksOfCorpus, readExpectations, scoreLinks } from './links-eval.js';

const expectations = readExpectations(resolve(process.cwd(), 'eval/links-expected.json'));
const link = (a: string, b: string, kind: ExportLinkT['kind'], conflict: ExportLinkT['conflict']): ExportLinkT => ({ a, b, kind, conflict, reason: '' });

describe('scoreLinks', () => {
  const listed = [
    { a: 'doc-1/c1', b: 'doc-2/c9', kind: 'contradicts' as const, conflict: 'denial' as const, verdict: 'correct' as const },
    { a: 'doc-1/c5', b: 'doc-1/c7', kind: 'scope' as const, conflict: null, verdict: 'correct' as const },
    { a: 'doc-3/c2', b: 'doc-3/c4', kind: 'contradicts' as const, conflict: 'denial' as const, verdict: 'wrong' as const },
  ];
  it('matches pairs in either order, by kind and conflict, and reports wrong, unreviewed and missed links', () => {
    const s = scoreLinks([link('doc-2/c9', 'doc-1/c1', 'contradicts', 'denial'), link('doc-3/c2', 'doc-3/c4', 'contradicts', 'denial'), link('doc-4/c1', 'doc-4/c3', 'corroborates', null), link('doc-1/c5', 'doc-1/c7', 'contradicts', 'quantity')], listed);
    expect(s).toMatchObject({ produced: 4, correct: 1, precision: 0.25, expected: 2, recall: 0.5 });
    expect(s.byKind['contradicts/denial']).toMatchObject({ produced: 2, correct: 1, precision: 0.5, recall: 1 });
    expect(s.wrong).toHaveLength(1);
    expect(s.unreviewed).toHaveLength(2);
    expect(s.missed).toEqual(['doc-1/c5 doc-1/c7 scope/-']);
  });
});

describe('claim-link precision against the reviewed expectations', () => {
  const { dir, cleanup } = scratch();
  afterAll(() => cleanup());
  for (const [name, corpus] of Object.entries(expectations.corpora)) {
    const path = resolve(process.cwd(), corpus.path);
    const present = existsSync(path);
    if (!present && process.env['CI']) throw new Error(`${name} corpus missing at ${path}: CI must have it`);
    it.skipIf(!present)(`is at least 80% on ${name}`, async () => {
      const s = scoreLinks(await linksOfCorpus(path, dir, name), corpus.links);
      expect(s.produced).toBeGreaterThan(0);
      expect(s.precision, `wrong: ${s.wrong.join('; ')} unreviewed: ${s.unreviewed.join('; ')}`).toBeGreaterThanOrEqual(0.8);
    }, 120_000);
  }
});
