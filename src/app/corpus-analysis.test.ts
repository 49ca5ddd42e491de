// Incremental cross-document analysis gives the same links as one full pass, and keeps analysts' judgements.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportLinkT } from '../core/export-schema.js';
import { scratch } from '../test-support/cli.js';
import { ConfigSchema } from './config.js';
import type { Store } from '../store/store.js';
import { refreshCorpusAnalysis, type BatchRecord, type BatchRecords } from './corpus-analysis.js';
import { ingestPaths } from './ingest.js';
import { openRuntime, type Runtime } from './runtime.js';

const EXAMPLES = resolve(process.cwd(), 'examples');
const key = (l: ExportLinkT) => JSON.stringify([l.kind, l.conflict, l.a, l.b, l.reason]);
const sorted = (ls: ExportLinkT[]) => ls.map(key).sort();

describe('incremental cross-document analysis', () => {
  const { dir, cleanup } = scratch();
  const first = join(dir, 'first');
  const second = join(dir, 'second');
  const all = join(dir, 'all');
  let full: ExportLinkT[];
  let rt: Runtime;
  const open = (name: string) => openRuntime(ConfigSchema.parse({ db: join(dir, name) }));

  beforeAll(async () => {
    const articles = readdirSync(EXAMPLES).filter((f) => !f.endsWith('.meta.json')).sort();
    for (const d of [first, second, all]) mkdirSync(d);
    articles.forEach((f, i) => {
      for (const target of [i % 2 ? second : first, all]) {
        copyFileSync(join(EXAMPLES, f), join(target, f));
        if (readdirSync(EXAMPLES).includes(`${f}.meta.json`)) copyFileSync(join(EXAMPLES, `${f}.meta.json`), join(target, `${f}.meta.json`));
      }
    });
    // reprints of two articles with a line of their own: near-duplicates of documents in the first batch
    for (const f of articles.filter((_, i) => i % 2 === 0).slice(0, 2)) {
      const text = `${readFileSync(join(EXAMPLES, f), 'utf8')}\n\nThis report was reprinted by a partner site.\n`;
      for (const target of [second, all]) writeFileSync(join(target, `reprint-${f}`), text);
    }
    const one = open('one.db');
    await ingestPaths(one, { paths: [all], options: { maxBytes: 1 << 24 } });
    full = await one.store.links();
    await one.close();
    rt = open('two.db');
    await ingestPaths(rt, { paths: [first], options: { maxBytes: 1 << 24 } });
    await ingestPaths(rt, { paths: [second], options: { maxBytes: 1 << 24 } });
  }, 120_000);
  afterAll(async () => {
    await rt.close();
    cleanup();
  });

  it('gives, in two batches, exactly the links of one batch', async () => {
    expect(full.length).toBeGreaterThan(5);
    expect(sorted(await rt.store.links())).toEqual(sorted(full));
  });

  it('places every document prepared at ingest, leaving none waiting', async () => {
    const ids = (await rt.store.listDocuments()).map((d) => d.id);
    expect(await rt.store.crossDocPrepared(ids)).toEqual([]);
    expect(await rt.store.crossDocPending()).toEqual({ fresh: [], stale: [] });
  });

  it('gives the same links on a store written without prepared records (read back after the batch)', async () => {
    const legacy = open('legacy.db');
    // a store filled by an earlier version: documents without their cross-document records
    const store = { ...legacy.store, putDocument: (...a: Parameters<typeof legacy.store.putDocument>) => legacy.store.putDocument(a[0], a[1], a[2]) };
    await ingestPaths({ ...legacy, store }, { paths: [all], options: { maxBytes: 1 << 24 } });
    expect((await legacy.store.crossDocPending()).fresh).toEqual([]);
    expect(sorted(await legacy.store.links())).toEqual(sorted(full));
    await legacy.close();
  });

  /** A store written by one batch whose step after it has not run, and the records the batch kept, as the pool keeps them. */
  async function heldBatch(name: string): Promise<{ run: Runtime; batch: Map<string, BatchRecord> }> {
    const run = open(name);
    const batch = new Map<string, BatchRecord>();
    const store: Store = {
      ...run.store,
      putDocument: async (...a: Parameters<Store['putDocument']>) => {
        const r = await run.store.putDocument(...a);
        if (a[3] && r.status !== 'unchanged') batch.set(r.id, { ...a[3], outlet: a[0].meta.outlet });
        return r;
      },
      crossDocPending: async () => ({ fresh: [], stale: [] }), // the step after the batch is the test's to run
    };
    await ingestPaths({ ...run, store }, { paths: [all], options: { maxBytes: 1 << 24 } });
    return { run, batch };
  }

  it('links from the records the batch kept in memory, reading none of them back', async () => {
    const { run, batch } = await heldBatch('kept.db');
    const asked: string[] = [];
    const store: Store = {
      ...run.store,
      crossDocClaims: (f) => (asked.push(...(f.docs ?? [])), run.store.crossDocClaims(f)),
      crossDocPrepared: (docs) => (asked.push(...docs), run.store.crossDocPrepared(docs)),
    };
    await refreshCorpusAnalysis(store, run.kb, batch);
    expect(batch.size).toBeGreaterThan(5);
    expect(asked.filter((d) => batch.has(d))).toEqual([]);
    expect(sorted(await run.store.links())).toEqual(sorted(full));
    await run.close();
  });

  it('ignores a kept record once its document changed after the write (it is read back whole)', async () => {
    const [a, b] = [await heldBatch('changed-a.db'), await heldBatch('changed-b.db')];
    const doc = full[0]!.a.split('/')[0]!;
    const moved = (await a.run.store.mentions({ doc })).find((m) => m.entity)!;
    for (const h of [a, b]) await h.run.store.reassignMentions([{ mention: `${doc}/${moved.mention.id}`, entity: 'person:someone-else' }], [{ id: 'person:someone-else', name: 'Someone Else', type: 'PERSON', kbId: null, geo: null }]);
    // a stale copy: if it were used, the document's claims would be missing from the links
    const stale: BatchRecords = new Map([...a.batch].map(([id, r]) => [id, id === doc ? { ...r, claims: [] } : r]));
    await refreshCorpusAnalysis(a.run.store, a.run.kb, stale);
    await refreshCorpusAnalysis(b.run.store, b.run.kb);
    const links = await a.run.store.links();
    expect(links.some((l) => l.a.startsWith(`${doc}/`) || l.b.startsWith(`${doc}/`))).toBe(true);
    expect(sorted(links)).toEqual(sorted(await b.run.store.links()));
    await Promise.all([a.run.close(), b.run.close()]);
  });

  it('has nothing to do when nothing changed', async () => {
    expect(await refreshCorpusAnalysis(rt.store, rt.kb)).toMatchObject({ documents: 0 });
    expect(sorted(await rt.store.links())).toEqual(sorted(full));
  });

  it('keeps an analyst’s unlink through later batches, touching no other link', async () => {
    const gone = full[0]!;
    await rt.store.addJudgement({ kind: 'claim-unlink', subject: gone.a, object: gone.b, value: null, why: 'different events', who: 'ana', at: '2025-01-01T00:00:00Z' });
    await refreshCorpusAnalysis(rt.store, rt.kb);
    expect(sorted(await rt.store.links())).toEqual(sorted(full.slice(1)));
    const extra = join(dir, 'extra');
    mkdirSync(extra);
    writeFileSync(join(extra, 'note.txt'), 'Harvest notes\n\nThe apple harvest in the valley was early this year, farmers said on Monday.\n');
    await ingestPaths(rt, { paths: [extra], options: { maxBytes: 1 << 24 } });
    expect(sorted(await rt.store.links())).toEqual(sorted(full.slice(1)));
  });

  it('drops the links of a superseded version', async () => {
    const f = readdirSync(first).find((x) => !x.endsWith('.meta.json'))!;
    const before = await rt.store.listDocuments();
    writeFileSync(join(first, f), `${readFileSync(join(first, f), 'utf8')}\n\nCorrection: an earlier version misspelt a name.\n`);
    await ingestPaths(rt, { paths: [join(first, f)], options: { maxBytes: 1 << 24 } });
    const latest = new Set((await rt.store.listDocuments()).map((d) => d.id));
    const superseded = before.map((d) => d.id).filter((id) => !latest.has(id));
    expect(superseded).toHaveLength(1);
    expect((await rt.store.links()).filter((l) => l.a.startsWith(superseded[0]!) || l.b.startsWith(superseded[0]!))).toEqual([]);
  });
});
