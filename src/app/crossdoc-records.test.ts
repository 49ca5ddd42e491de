// Records prepared at ingest, before the document is written, equal the records prepared from the store afterwards.
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectInputs, readArticle } from '../ingest/index.js';
import type { CrossDocPrepared } from '../store/store.js';
import { scratch } from '../test-support/cli.js';
import { analyseArticle } from './analyse-article.js';
import { ConfigSchema } from './config.js';
import { docRecords, documentsWithLayers, prepareCrossDoc, toCrossDocClaim } from './crossdoc-records.js';
import { openRuntime, type Runtime } from './runtime.js';

const SEEDS = resolve(process.cwd(), '../shared/corpus/seeds');
if (!existsSync(SEEDS) && process.env['CI']) throw new Error(`seed corpus missing at ${SEEDS}: CI must have ../shared`);
const FOLDERS = [resolve(process.cwd(), 'examples'), ...(existsSync(SEEDS) ? [SEEDS] : [])];

describe('cross-document records prepared at ingest', () => {
  const { dir, cleanup } = scratch();
  let rt: Runtime;
  const before = new Map<string, CrossDocPrepared>();
  beforeAll(async () => {
    rt = openRuntime(ConfigSchema.parse({ db: join(dir, 'records.db') }));
    const { files } = collectInputs(FOLDERS, {});
    for (const f of files) {
      const { doc, analysis, entities } = analyseArticle(rt, readArticle(f, { maxBytes: 1 << 24 }, rt.kb));
      const p = prepareCrossDoc(rt.kb, doc, analysis);
      before.set(doc.id, p);
      // stored without them, so nothing read back below comes from the prepared records
      await rt.store.putDocument(doc, analysis, entities);
    }
  }, 120_000);
  afterAll(async () => {
    await rt.close();
    cleanup();
  });

  it('equal the records prepared from the stored layers, document by document', async () => {
    const ids = [...before.keys()];
    let claims = 0;
    let withHappenings = 0;
    for await (const { doc, layers } of documentsWithLayers(rt.store, ids)) {
      const r = docRecords(rt.kb, doc, layers);
      const p = before.get(doc.id)!;
      expect(p.claims).toEqual(r.claims.map(toCrossDocClaim));
      expect(p.bands).toEqual(r.bands);
      expect(p.signature).toEqual(r.signature ? new Uint8Array(r.signature.buffer) : null);
      claims += r.claims.length;
      withHappenings += r.claims.filter((c) => c.happenings?.length).length;
    }
    expect(before.size).toBeGreaterThanOrEqual(10);
    expect(claims).toBeGreaterThan(50);
    expect(withHappenings).toBeGreaterThan(0);
  });

  it('shows a pronoun speaker by the name it stands for', () => {
    const file = join(dir, 'pronoun.txt');
    writeFileSync(file, 'Pier talks\n\nLena Okafor, the harbour master, met the council on Monday. She said the old pier was unsafe.\n');
    const [f] = collectInputs([file], {}).files;
    const { doc, analysis } = analyseArticle(rt, readArticle(f!, { maxBytes: 1 << 24 }, rt.kb));
    const records = prepareCrossDoc(rt.kb, doc, analysis).claims.map((c) => JSON.parse(c.data) as { speakerText: string; content: string });
    expect(records.find((r) => r.content.includes('pier was unsafe'))?.speakerText).toBe('Lena Okafor');
  });
});
