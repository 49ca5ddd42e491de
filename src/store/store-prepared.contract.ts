/** Store contract, part 6: cross-document records prepared at ingest, written with their document; documents written in groups. */
import { beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../core/errors.js';
import type { CrossDocClaim, CrossDocDocument, CrossDocPrepared, Store } from './store.js';
import { BREAKAGES, borderReport, borderReportRevised, capitalBriefing, convoyReport, type Fixture } from './store-fixtures.contract.js';

const record = (doc: string, local: string, keys: string[]): CrossDocClaim => ({ id: `${doc}/${local}`, doc, pos: 0, keys, data: JSON.stringify({ local }) });
const prepared = (doc: string, keys: string[]): CrossDocPrepared => ({
  signature: new Uint8Array([9, 8, 7, 6]), bands: [`0:${doc}`, 'shared-band'], claims: [record(doc, 'c1', keys), { ...record(doc, 'c2', ['second-key']), pos: 1 }],
});
const placed = (doc: string, ord: number): CrossDocDocument => ({ doc, ord, outlet: null, signature: new Uint8Array([9, 8, 7, 6]), bands: [], cluster: doc, clusterOrd: ord });
const putWith = (s: Store, fx: Fixture, p: CrossDocPrepared) => s.putDocument(fx.doc, fx.analysis, fx.entities, p);

export function preparedCases(s: () => Store): void {
  describe('cross-document records written with their document', () => {
    const a = borderReport();
    beforeEach(async () => {
      await putWith(s(), a, prepared(a.doc.id, ['kb:taliban|crossing']));
    });

    it('lists the document fresh and prepared, with its signature and bands, until it is placed in a cluster', async () => {
      expect((await s().crossDocPending()).fresh).toEqual([{ doc: a.doc.id, ord: expect.any(Number), prepared: true }]);
      const [p] = await s().crossDocPrepared([a.doc.id, 'doc-000000000000']);
      expect(p).toMatchObject({ doc: a.doc.id, signature: new Uint8Array([9, 8, 7, 6]) });
      expect(p!.bands.sort()).toEqual([`0:${a.doc.id}`, 'shared-band']);
      expect(await s().crossDocKeyCounts(['kb:taliban|crossing', 'second-key'])).toEqual(new Map([['kb:taliban|crossing', 1], ['second-key', 1]]));
      // not visible as an indexed claim or a neighbour before it has a cluster
      expect(await s().crossDocClaims({ docs: [a.doc.id] })).toEqual([]);
      expect(await s().crossDocNeighbours(['shared-band'])).toEqual([]);
      await s().putCrossDoc([], [], [], [placed(a.doc.id, p!.ord)]);
      expect(await s().crossDocPending()).toEqual({ fresh: [], stale: [] });
      expect(await s().crossDocPrepared([a.doc.id])).toEqual([]);
      expect((await s().crossDocClaims({ docs: [a.doc.id] })).map((c) => [c.id, c.cluster])).toEqual([[`${a.doc.id}/c1`, a.doc.id], [`${a.doc.id}/c2`, a.doc.id]]);
      expect((await s().crossDocNeighbours(['shared-band'])).map((d) => d.doc)).toEqual([a.doc.id]);
    });

    it.each([
      ...BREAKAGES.map(([label, breakIt]) => [label, (fx: Fixture) => prepared(fx.doc.id, ['convoy-key']), breakIt] as const),
      ['a record filed twice', (fx: Fixture) => ({ ...prepared(fx.doc.id, ['convoy-key']), claims: [record(fx.doc.id, 'c1', ['convoy-key']), record(fx.doc.id, 'c1', [])] }), () => {}] as const,
      ['a record of another document', (fx: Fixture) => ({ ...prepared(fx.doc.id, ['convoy-key']), claims: [record(fx.doc.id, 'c1', ['convoy-key']), record(a.doc.id, 'c9', [])] }), () => {}] as const,
    ])('writes no cross-document row when the document fails (%s)', async (_label, records, breakIt) => {
      const bad = convoyReport();
      breakIt(bad.analysis!);
      await expect(putWith(s(), bad, records(bad))).rejects.toMatchObject({ code: 'DB_ERROR' });
      expect(await s().getDocument(bad.doc.id)).toBeNull();
      expect(await s().crossDocKeyCounts(['convoy-key'])).toEqual(new Map());
      expect(await s().crossDocPrepared([bad.doc.id])).toEqual([]);
      expect((await s().crossDocPending()).fresh.map((f) => f.doc)).toEqual([a.doc.id]);
    });

    it('writes nothing when the same content is stored again', async () => {
      expect(await putWith(s(), a, prepared(a.doc.id, ['other-key']))).toMatchObject({ status: 'unchanged' });
      expect(await s().crossDocKeyCounts(['kb:taliban|crossing', 'other-key'])).toEqual(new Map([['kb:taliban|crossing', 1]]));
    });

    it('drops a superseded version’s records; the new version brings its own', async () => {
      const b = borderReportRevised();
      await putWith(s(), b, prepared(b.doc.id, ['nobody-crossed']));
      const p = await s().crossDocPending();
      expect(p.stale).toEqual([expect.objectContaining({ doc: a.doc.id, latest: false })]);
      expect(p.fresh).toEqual([expect.objectContaining({ doc: b.doc.id, prepared: true })]);
      await s().putCrossDoc([], [], [a.doc.id]);
      expect(await s().crossDocKeyCounts(['kb:taliban|crossing', 'nobody-crossed'])).toEqual(new Map([['nobody-crossed', 1]]));
      expect(await s().crossDocPrepared([a.doc.id, b.doc.id])).toEqual([expect.objectContaining({ doc: b.doc.id })]);
    });

    it('marks the records stale when any mention of the document moves to another entity', async () => {
      const m = a.analysis!.mentions.find((x) => x.text === 'Border Troops')!;
      await s().reassignMentions([{ mention: `${a.doc.id}/${m.id}`, entity: 'org:frontier-guard' }], [{ id: 'org:frontier-guard', name: 'Frontier Guard', type: 'ORG', kbId: null, geo: null }]);
      expect((await s().crossDocPending()).fresh).toEqual([expect.objectContaining({ doc: a.doc.id, prepared: false })]);
    });

    it('writes a group as one put each, in order: new, a duplicate unchanged, a new version', async () => {
      const [b, c, revised] = [capitalBriefing(), convoyReport(), borderReportRevised()];
      const res = await s().putDocuments([b, c, b, revised].map((fx) => ({ ...fx, crossDoc: prepared(fx.doc.id, [`key-${fx.doc.id}`]) })));
      expect(res).toEqual([
        { status: 'new', id: b.doc.id, version: 1 },
        { status: 'new', id: c.doc.id, version: 1 },
        { status: 'unchanged', id: b.doc.id, version: 1 },
        { status: 'version', id: revised.doc.id, version: 2 },
      ]);
      expect((await s().crossDocPending()).fresh.map((f) => [f.doc, f.prepared])).toEqual([b, c, revised].map((fx) => [fx.doc.id, true]));
      expect(await s().crossDocKeyCounts([`key-${b.doc.id}`])).toEqual(new Map([[`key-${b.doc.id}`, 1]]));
    });

    it('fails only the broken document of a group; the others are stored with their records', async () => {
      const [b, bad, c] = [capitalBriefing(), borderReportRevised(), convoyReport()];
      BREAKAGES[0]![1](bad.analysis!);
      const res = await s().putDocuments([b, bad, c].map((fx) => ({ ...fx, crossDoc: prepared(fx.doc.id, [`key-${fx.doc.id}`]) })));
      expect(res.map((r) => (r instanceof AppError ? r.code : r.status))).toEqual(['new', 'DB_ERROR', 'new']);
      expect(await s().getDocument(bad.doc.id)).toBeNull();
      expect(await s().getDocument(a.doc.id)).toMatchObject({ latest: true });
      expect(await s().crossDocKeyCounts([b, bad, c].map((fx) => `key-${fx.doc.id}`))).toEqual(new Map([b, c].map((fx) => [`key-${fx.doc.id}`, 1])));
    });
  });
}
