/** Store contract, part 5: the cross-document index (pending documents, topic records, clusters, links by document). */
import { beforeEach, describe, expect, it } from 'vitest';
import type { ExportLinkT } from '../core/export-schema.js';
import type { CrossDocClaim, CrossDocDocument, Store } from './store.js';
import { borderReport, borderReportRevised, capitalBriefing, put } from './store-fixtures.contract.js';

const indexed = (doc: string, ord: number, over: Partial<CrossDocDocument> = {}): CrossDocDocument => ({
  doc, ord, outlet: 'Pamir Wire', signature: new Uint8Array([1, 2, 3, 4]), bands: [`0:${doc}`, 'shared-band'], cluster: doc, clusterOrd: ord, ...over,
});
const record = (doc: string, local: string, keys: string[]): CrossDocClaim => ({
  id: `${doc}/${local}`, doc, pos: 0, keys, data: JSON.stringify({ local }),
});
const link = (a: string, b: string): ExportLinkT => ({ kind: 'contradicts', conflict: 'denial', a, b, reason: `${a} vs ${b}` });

export function crossDocCases(s: () => Store): void {
  describe('cross-document index', () => {
    const a = borderReport();
    const b = capitalBriefing();
    beforeEach(async () => {
      await put(s(), a);
      await put(s(), b);
    });

    it('lists latest documents never indexed as fresh, in ingestion order', async () => {
      expect((await s().crossDocPending()).fresh.map((f) => f.doc)).toEqual([a.doc.id, b.doc.id]);
      await s().putCrossDoc([indexed(a.doc.id, 1)], [], []);
      expect(await s().crossDocPending()).toEqual({ fresh: [expect.objectContaining({ doc: b.doc.id })], stale: [] });
    });

    it('marks an indexed document stale when a newer version supersedes it, and forgets it once dropped', async () => {
      await s().putCrossDoc([indexed(a.doc.id, 1), indexed(b.doc.id, 2)], [record(a.doc.id, 'c1', ['kb:taliban'])], []);
      expect(await s().crossDocKeyCounts(['kb:taliban'])).toEqual(new Map([['kb:taliban', 1]]));
      await s().indexCrossDocKeys();
      expect(await s().crossDocKeyCounts(['kb:taliban'])).toEqual(new Map([['kb:taliban', 1]]));
      await put(s(), borderReportRevised());
      const p = await s().crossDocPending();
      expect(p.stale).toEqual([expect.objectContaining({ doc: a.doc.id, latest: false })]);
      expect(p.fresh.map((f) => f.doc)).toEqual([borderReportRevised().doc.id]);
      await s().putCrossDoc([], [], [a.doc.id]);
      expect((await s().crossDocPending()).stale).toEqual([]);
      expect(await s().crossDocClaims({ keys: ['kb:taliban'] })).toEqual([]);
      expect(await s().crossDocKeyCounts(['kb:taliban'])).toEqual(new Map());
    });

    it('marks both documents of an analyst’s claim-link judgement stale', async () => {
      await s().putCrossDoc([indexed(a.doc.id, 1), indexed(b.doc.id, 2)], [], []);
      await s().addJudgement({ kind: 'claim-link', subject: `${a.doc.id}/c1`, object: `${b.doc.id}/c7`, value: 'contradicts/denial', why: 'read both', who: 'ana', at: '2025-01-01T00:00:00Z' });
      expect((await s().crossDocPending()).stale.map((x) => x.doc).sort()).toEqual([a.doc.id, b.doc.id].sort());
    });

    it('finds claims by document and by key, with their cluster, and counts claims per key, before and after filing keys', async () => {
      await s().putCrossDoc(
        [indexed(a.doc.id, 1), indexed(b.doc.id, 2, { cluster: a.doc.id, clusterOrd: 1 })],
        [record(a.doc.id, 'c1', ['taliban|cross', 'dushanbe|cross']), record(b.doc.id, 'c2', ['russia|talk', 'taliban|cross']), record(b.doc.id, 'c3', [])],
        [],
      );
      await expectLookups();
      await s().indexCrossDocKeys({ background: true });
      await expectLookups();
      // a document written again after its keys were filed keeps exactly its new keys
      await s().putCrossDoc([indexed(a.doc.id, 1)], [record(a.doc.id, 'c1', ['dushanbe|cross'])], []);
      expect(await s().crossDocKeyCounts(['taliban|cross', 'dushanbe|cross'])).toEqual(new Map([['taliban|cross', 1], ['dushanbe|cross', 1]]));
      await s().indexCrossDocKeys();
      expect(await s().crossDocKeyCounts(['taliban|cross', 'dushanbe|cross'])).toEqual(new Map([['taliban|cross', 1], ['dushanbe|cross', 1]]));
    });

    async function expectLookups(): Promise<void> {
      expect((await s().crossDocClaims({ docs: [a.doc.id] })).map((c) => [c.id, c.cluster])).toEqual([[`${a.doc.id}/c1`, a.doc.id]]);
      expect((await s().crossDocClaims({ keys: ['russia|talk'] }))[0]).toMatchObject({ id: `${b.doc.id}/c2`, cluster: a.doc.id, data: '{"local":"c2"}' });
      expect((await s().crossDocClaims({ keys: ['taliban|cross', 'russia|talk'] })).map((c) => c.id).sort()).toEqual([`${a.doc.id}/c1`, `${b.doc.id}/c2`].sort());
      expect(await s().crossDocKeyCounts(['taliban|cross', 'russia|talk', 'nothing'])).toEqual(new Map([['taliban|cross', 2], ['russia|talk', 1]]));
      expect((await s().crossDocKeyMembers(['taliban|cross', 'nothing'])).map((m) => `${m.key} ${m.claim}`).sort()).toEqual([`taliban|cross ${a.doc.id}/c1`, `taliban|cross ${b.doc.id}/c2`].sort());
      expect((await s().crossDocClaims({ ids: [`${b.doc.id}/c3`, 'doc-000000000000/c1'] })).map((c) => c.id)).toEqual([`${b.doc.id}/c3`]);
    }

    it('finds neighbours by band, renames clusters and lists outlets', async () => {
      await s().putCrossDoc([indexed(a.doc.id, 1), indexed(b.doc.id, 2, { outlet: null })], [], []);
      const near = await s().crossDocNeighbours([`0:${a.doc.id}`]);
      expect(near).toEqual([expect.objectContaining({ doc: a.doc.id, cluster: a.doc.id, signature: new Uint8Array([1, 2, 3, 4]) })]);
      expect((await s().crossDocNeighbours(['shared-band'])).map((d) => d.doc)).toEqual([a.doc.id, b.doc.id]);
      expect(await s().renameCrossDocClusters([{ from: b.doc.id, to: a.doc.id, toOrd: 1 }])).toEqual([b.doc.id]);
      expect((await s().crossDocNeighbours(['shared-band'])).map((d) => d.cluster)).toEqual([a.doc.id, a.doc.id]);
      expect(await s().crossDocOutlets()).toEqual(['Pamir Wire']);
      expect(await s().crossDocLatestCount()).toBe(2);
    });

    it('replaces only the links touching the given documents', async () => {
      const [x, y, z] = [`${a.doc.id}/c1`, `${b.doc.id}/c2`, 'doc-000000000009/c3'];
      await s().replaceLinks([link(x, y), link(y, z), link(z, x)]);
      await s().replaceLinksTouching([a.doc.id], [link(x, z)]);
      expect((await s().links()).map((l) => [l.a, l.b])).toEqual([[y, z], [x, z]]);
    });
  });
}
