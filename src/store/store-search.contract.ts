/** Store contract, part 3: full-text search and the replaced-as-a-whole cross-document tables. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { ExportLinkT, ExportSourceT } from '../core/export-schema.js';
import type { Store } from './store.js';
import { borderReport, borderReportRevised, capitalBriefing, put, unanalysedNote } from './store-fixtures.contract.js';

const AWKWARD = [
  'ISIS-K', '"unbalanced quote', 'AND', 'OR NOT', 'NEAR(Panj river', 'Panj*', 'title:Panj', '^Panj', '(Panj OR',
  "Nazarov's", '-Panj', '', '   ', '"""', 'a + b', '{Panj}', 'Panj:', '***', 'Дж-1', '\u0000', "'; DROP TABLE documents; --",
];

export function searchCases(s: () => Store): void {
  describe('search', () => {
    const a = borderReport();
    const b = capitalBriefing();
    beforeEach(async () => {
      await put(s(), a);
      await put(s(), b);
    });

    it.each(AWKWARD)('takes %j literally without throwing', async (q) => {
      const hits = await s().search(q);
      expect(Array.isArray(hits)).toBe(true);
      expect((await s().listDocuments()).length).toBe(2);
    });

    it('finds a hyphenated name in text and claim content, with snippets', async () => {
      const hits = await s().search('ISIS-K');
      expect(hits.map((h) => [h.kind, h.doc])).toEqual(expect.arrayContaining([['document', b.doc.id], ['claim', b.doc.id]]));
      for (const h of hits) expect(h.snippet).toMatch(/ISIS/);
      const claim = hits.find((h) => h.kind === 'claim')!;
      expect(claim.id).not.toBe(claim.doc);
      expect(claim.id).toContain('c0');
      expect(hits.find((h) => h.kind === 'document')!.id).toBe(b.doc.id);
    });

    it('matches regardless of case, and titles too', async () => {
      expect((await s().search('dushanbe')).map((h) => h.doc)).toEqual(expect.arrayContaining([a.doc.id, b.doc.id]));
      expect((await s().search('briefing')).map((h) => h.doc)).toContain(b.doc.id);
    });

    it('finds text in documents stored without analysis', async () => {
      const n = unanalysedNote();
      await put(s(), n);
      expect((await s().search('границе')).map((h) => h.doc)).toEqual([n.doc.id]);
    });

    it('searches latest versions only', async () => {
      expect((await s().search('provocation')).length).toBeGreaterThan(0);
      await put(s(), borderReportRevised());
      expect(await s().search('provocation')).toEqual([]);
      expect(await s().search('Tuesday')).toEqual([]);
      expect((await s().search('Wednesday')).map((h) => h.doc)).toEqual([borderReportRevised().doc.id]);
    });

    it('leaves a narrative claim to the document index, also when a newer version replaces it', async () => {
      const n = borderReportRevised();
      const first = n.analysis!.claims[0]!;
      first.kind = 'narrative';
      await put(s(), n);
      const word = first.content.split(/\W+/).sort((x, y) => y.length - x.length)[0]!;
      const hits = await s().search(word);
      expect(hits.some((h) => h.kind === 'document' && h.doc === n.doc.id)).toBe(true);
      expect(hits.some((h) => h.kind === 'claim' && h.id === `${n.doc.id}/${first.id}`)).toBe(false);
      expect((await s().claims({ doc: n.doc.id })).find((c) => c.claim.id === first.id)?.claim.kind).toBe('narrative');
    });

    it('honours the limit', async () => {
      expect((await s().search('Taliban')).length).toBeGreaterThan(1);
      expect(await s().search('Taliban', 1)).toHaveLength(1);
      expect(await s().search('Taliban', 0)).toEqual([]);
    });

    it('returns nothing for text that is not there', async () => {
      expect(await s().search('zeppelin')).toEqual([]);
    });
  });

  describe('links and sources', () => {
    const l1: ExportLinkT = { kind: 'contradicts', conflict: 'denial', a: 'doc-a/c0', b: 'doc-a/c1', reason: 'the group denies the crossing' };
    const l2: ExportLinkT = { kind: 'corroborates', conflict: null, a: 'doc-a/c0', b: 'doc-b/c0', reason: 'both report troop moves' };
    const s1: ExportSourceT = { outlet: 'Contract Daily', reliability: 'C', basis: 'no track record yet' };
    const s2: ExportSourceT = { outlet: 'Border Wire', reliability: 'B', basis: 'usually reliable' };

    it('replaces links as a whole', async () => {
      expect(await s().links()).toEqual([]);
      await s().replaceLinks([l1, l2]);
      expect(await s().links()).toEqual([l1, l2]);
      await s().replaceLinks([l2]);
      expect(await s().links()).toEqual([l2]);
      await s().replaceLinks([]);
      expect(await s().links()).toEqual([]);
    });

    it('replaces sources as a whole', async () => {
      expect(await s().sources()).toEqual([]);
      await s().replaceSources([s1, s2]);
      expect(await s().sources()).toEqual([s1, s2]);
      await s().replaceSources([s2]);
      expect(await s().sources()).toEqual([s2]);
    });

    it('keeps links and sources when documents are added', async () => {
      await s().replaceLinks([l1]);
      await s().replaceSources([s1]);
      await put(s(), borderReport());
      expect(await s().links()).toEqual([l1]);
      expect(await s().sources()).toEqual([s1]);
    });
  });
}
