// Ingest checks on the five real seed articles, read from ../shared; no seed text is stored here.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../core/doc.js';
import { endsSentence } from './line-shapes.js';
import { fakeKb } from './fixtures/fake-kb.js';
import { collectInputs, DEFAULT_MAX_BYTES, readArticle } from './index.js';

const SEEDS = resolve(process.cwd(), '../shared/corpus/seeds');
const present = existsSync(SEEDS);
if (!present && process.env['CI']) throw new Error(`seed corpus missing at ${SEEDS}: CI must have ../shared`);

describe.skipIf(!present)('ingest on the seed articles', () => {
  const articles = new Map<string, Article>();
  if (present) {
    const { files, problems } = collectInputs([SEEDS]);
    if (problems.length) throw new Error(problems.map((p) => p.message).join('; '));
    for (const f of files) articles.set(f.source.slice(0, 3), readArticle(f, { maxBytes: DEFAULT_MAX_BYTES }, fakeKb()));
  }
  const seed = (id: string): Article => {
    const a = articles.get(id);
    if (!a) throw new Error(`seed ${id} missing`);
    return a;
  };

  it('reads all five as English UTF-8 with relative sources', () => {
    expect(articles.size).toBe(5);
    for (const a of articles.values()) {
      expect(a).toMatchObject({ language: 'en', encoding: 'utf-8' });
      expect(a.source).not.toMatch(/^\//);
      expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it.each([
    ['000', { author: 'Sharofiddin Gadoev', published: '2024-09-04', publishedBasis: 'stated' }],
    ['001', { author: 'Valery Kulikov', outlet: 'New Eastern Outlook' }],
    ['002', { author: 'Eric Jones', outlet: 'Foreign Intrigue' }],
    ['004', { author: 'Michael Hughes', outlet: 'AOPNEWS', published: '2022-05-13' }],
  ])('seed %s metadata', (id, expected) => {
    expect(seed(id).meta).toMatchObject(expected);
  });

  it('does not take a page-header date for the publication date', () => {
    expect(seed('000').meta.published).not.toBe('2024-10-18');
    expect(seed('000').stripped.map((s) => s.reason)).toContain('date-header');
  });

  it('leaves no site furniture in any cleaned text', () => {
    for (const a of articles.values()) {
      for (const s of ['RELATED ARTICLES', 'No menu items!', 'Similar Posts', 'Most Popular', 'Recent Comments', 'The following two tabs', '[…]']) {
        expect(a.text, `${a.source} still contains ${s}`).not.toContain(s);
      }
    }
  });

  it('repairs the hard wraps of seed 003', () => {
    const a = seed('003');
    expect(a.text).toContain('Hesham al-Naggar');
    const broken = a.text.split('\n').filter((l, i, all) => {
      const next = all[i + 1];
      // a line without a stop followed directly by more prose was broken mid-sentence; short lines are headings, line 0 the headline
      return i > 0 && l.length > 60 && next !== undefined && next !== '' && !endsSentence(l);
    });
    expect(broken).toEqual([]);
    expect(a.meta.title).toMatch(/^ISIS on the borders/);
  });
});
