/**
 * The store contract: one vitest suite every `Store` backend must pass unchanged.
 * @example storeContract('sqlite', async () => openSqliteStore(':memory:'));
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../core/errors.js';
import type { Judgement, Store } from './store.js';
import {
  BREAKAGES, KEY_A, borderReport, borderReportRevised, capitalBriefing, convoyReport, fixture, put, unanalysedNote,
} from './store-fixtures.contract.js';
import { crossDocCases } from './store-crossdoc.contract.js';
import { entityCases } from './store-entities.contract.js';
import { preparedCases } from './store-prepared.contract.js';
import { queryCases } from './store-queries.contract.js';
import { searchCases } from './store-search.contract.js';

export function storeContract(name: string, open: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });
    const s = (): Store => store;
    documentCases(s);
    transactionCases(s);
    queryCases(s);
    searchCases(s);
    judgementCases(s);
    entityCases(s);
    crossDocCases(s);
    preparedCases(s);
    closeCases(s);
  });
}

function documentCases(s: () => Store): void {
  describe('documents and versions', () => {
    it('stores a new document as version 1 and reads it back whole', async () => {
      const a = borderReport();
      expect(await put(s(), a)).toEqual({ status: 'new', id: a.doc.id, version: 1 });
      const got = await s().getDocument(a.doc.id);
      expect(got).toEqual({ ...a.doc, version: 1, latest: true, ingestedAt: expect.any(String) });
      expect(Number.isNaN(Date.parse(got!.ingestedAt))).toBe(false);
      expect(await s().findBySha(a.doc.sha256)).toEqual(got);
    });

    it('returns null for unknown ids and hashes', async () => {
      await put(s(), borderReport());
      expect(await s().getDocument('doc-000000000000')).toBeNull();
      expect(await s().findBySha('0'.repeat(64))).toBeNull();
    });

    it('reports the same content as unchanged and writes nothing', async () => {
      const a = borderReport();
      await put(s(), a);
      const before = await s().mentions();
      expect(await put(s(), borderReport())).toEqual({ status: 'unchanged', id: a.doc.id, version: 1 });
      expect(await s().listDocuments({ allVersions: true })).toHaveLength(1);
      expect(await s().mentions()).toEqual(before);
    });

    it('treats the same content under another key as unchanged', async () => {
      const a = borderReport();
      await put(s(), a);
      const moved = { ...a, doc: { ...a.doc, key: 'elsewhere/copy.txt', source: 'elsewhere/copy.txt' } };
      expect(await put(s(), moved)).toMatchObject({ status: 'unchanged', id: a.doc.id });
      expect(await s().listDocuments()).toHaveLength(1);
    });

    it('stores changed content under a known key as the next version, keeping the old one', async () => {
      const a = borderReport();
      const a2 = borderReportRevised();
      await put(s(), a);
      await put(s(), capitalBriefing());
      expect(await put(s(), a2)).toEqual({ status: 'version', id: a2.doc.id, version: 2 });
      expect(await s().getDocument(a.doc.id)).toMatchObject({ version: 1, latest: false, text: a.doc.text });
      expect(await s().getDocument(a2.doc.id)).toMatchObject({ version: 2, latest: true, key: KEY_A });
      expect((await s().listDocuments()).map((d) => d.id).sort()).toEqual([a2.doc.id, capitalBriefing().doc.id].sort());
      expect((await s().listDocuments({ allVersions: true })).map((d) => d.id)).toContain(a.doc.id);
    });

    it('numbers a third version 3 and keeps exactly one latest per key', async () => {
      await put(s(), borderReport());
      await put(s(), borderReportRevised());
      const a3 = fixture({ key: KEY_A, text: 'Colonel Amir Nazarov withdrew the statement entirely.', names: [{ surface: 'Amir Nazarov', type: 'PERSON' }] });
      expect(await put(s(), a3)).toMatchObject({ status: 'version', version: 3 });
      const versions = (await s().listDocuments({ allVersions: true })).filter((d) => d.key === KEY_A);
      expect(versions.map((d) => d.version).sort()).toEqual([1, 2, 3]);
      expect(versions.filter((d) => d.latest).map((d) => d.version)).toEqual([3]);
    });

    it('keeps an older content hash unchanged rather than reviving it as latest', async () => {
      const a = borderReport();
      await put(s(), a);
      await put(s(), borderReportRevised());
      expect(await put(s(), borderReport())).toEqual({ status: 'unchanged', id: a.doc.id, version: 1 });
      expect((await s().listDocuments()).map((d) => d.version)).toEqual([2]);
    });

    it('shows latest-version annotations by default and older ones on request', async () => {
      const a = borderReport();
      const a2 = borderReportRevised();
      await put(s(), a);
      await put(s(), a2);
      expect(new Set((await s().mentions()).map((m) => m.doc))).toEqual(new Set([a2.doc.id]));
      const every = await s().mentions({ allVersions: true });
      expect(every).toHaveLength(a.analysis!.mentions.length + a2.analysis!.mentions.length);
      expect((await s().claims()).map((c) => c.doc)).toEqual([a2.doc.id]);
      expect(await s().claims({ allVersions: true })).toHaveLength(4);
      expect(await s().events()).toEqual([]);
      expect(await s().events({ allVersions: true })).toHaveLength(1);
      expect(await s().relations()).toEqual([]);
      expect((await s().times()).map((t) => t.time.text)).toEqual(['Wednesday']);
    });

    it('returns an explicitly named older version’s annotations, which are kept', async () => {
      const a = borderReport();
      await put(s(), a);
      await put(s(), borderReportRevised());
      expect((await s().mentions({ doc: a.doc.id })).map((m) => m.mention)).toEqual(a.analysis!.mentions);
      expect((await s().claims({ doc: a.doc.id })).map((c) => c.claim)).toEqual(a.analysis!.claims);
      expect((await s().times({ doc: a.doc.id })).map((t) => t.time)).toEqual(a.analysis!.times);
    });

    it('stores a document without analysis', async () => {
      const n = unanalysedNote();
      expect(await put(s(), n)).toMatchObject({ status: 'new', version: 1 });
      expect(await s().getDocument(n.doc.id)).toMatchObject({ analysed: false, note: 'not analysed (language ru)', language: 'ru' });
      expect(await s().mentions({ doc: n.doc.id })).toEqual([]);
    });
  });
}

function transactionCases(s: () => Store): void {
  describe('transactions', () => {
    it.each(BREAKAGES)('rejects %s and leaves the store as it was', async (_label, breakIt) => {
      const a = borderReport();
      await put(s(), a);
      const [docs, mentions, entities, claims] = [await s().listDocuments(), await s().mentions(), await s().listEntities(), await s().claims()];
      const bad = convoyReport();
      breakIt(bad.analysis!);
      const err = await put(s(), bad).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect(err).toMatchObject({ code: 'DB_ERROR' });
      expect(await s().findBySha(bad.doc.sha256)).toBeNull();
      expect(await s().getDocument(bad.doc.id)).toBeNull();
      expect(await s().listDocuments({ allVersions: true })).toEqual(docs);
      expect(await s().mentions({ allVersions: true })).toEqual(mentions);
      expect(await s().claims({ allVersions: true })).toEqual(claims);
      expect(await s().listEntities()).toEqual(entities);
      expect(await s().getEntity('gpe:khorog')).toBeNull();
      expect(await s().search('Khorog')).toEqual([]);
    });

    it('leaves the previous version latest, and searchable, when a new version fails', async () => {
      const a = borderReport();
      await put(s(), a);
      const bad = borderReportRevised();
      BREAKAGES[0]![1](bad.analysis!);
      await expect(put(s(), bad)).rejects.toMatchObject({ code: 'DB_ERROR' });
      expect(await s().getDocument(a.doc.id)).toMatchObject({ latest: true, version: 1 });
      expect((await s().search('Tuesday')).map((h) => h.doc)).toContain(a.doc.id);
      expect(await put(s(), borderReportRevised())).toMatchObject({ status: 'version', version: 2 });
    });

    it('accepts the same document once fixed', async () => {
      const bad = convoyReport();
      BREAKAGES[1]![1](bad.analysis!);
      await expect(put(s(), bad)).rejects.toBeInstanceOf(AppError);
      expect(await put(s(), convoyReport())).toMatchObject({ status: 'new', version: 1 });
    });
  });
}

function closeCases(s: () => Store): void {
  describe('close', () => {
    it('closes once and again without error, and refuses work afterwards', async () => {
      await put(s(), borderReport());
      await s().close();
      await expect(s().close()).resolves.toBeUndefined();
      await expect(s().listDocuments()).rejects.toMatchObject({ code: 'DB_ERROR' });
      await expect(put(s(), capitalBriefing())).rejects.toBeInstanceOf(AppError);
    });
  });
}

function judgementCases(s: () => Store): void {
  describe('analyst judgements', () => {
    const j = (over: Partial<Judgement>): Judgement => ({ kind: 'source-grade', subject: 'Valley Courier', object: null, value: 'C', why: 'checked its corrections', who: 'analyst', at: '2026-01-02T03:04:05.000Z', ...over });

    it('keeps judgements in the order made and filters by kind', async () => {
      await s().addJudgement(j({}));
      await s().addJudgement(j({ kind: 'claim-link', subject: 'd1/c1', object: 'd2/c4', value: 'contradicts/denial' }));
      await s().addJudgement(j({ value: 'B', why: 'second look' }));
      expect((await s().judgements()).map((x) => x.value)).toEqual(['C', 'contradicts/denial', 'B']);
      expect((await s().judgements('source-grade')).map((x) => x.why)).toEqual(['checked its corrections', 'second look']);
      expect(await s().judgements('claim-unlink')).toEqual([]);
    });

    it('survives replacing the computed links and sources', async () => {
      await s().addJudgement(j({}));
      await s().replaceLinks([]);
      await s().replaceSources([]);
      expect(await s().judgements()).toHaveLength(1);
    });

    it('refuses a judgement without a reason and writes nothing', async () => {
      await expect(s().addJudgement(j({ why: '' }))).rejects.toThrow();
      expect(await s().judgements()).toEqual([]);
    });
  });
}
