// The acceptance checks on the five real seed articles, read from ../shared; no seed text is stored here.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportSchema, checkOffsets, type DossierExport } from '../core/export-schema.js';
import { scratch } from '../test-support/cli.js';
import { ConfigSchema } from './config.js';
import { buildExport } from './export-json.js';
import { ingestPaths } from './ingest.js';
import { openRuntime } from './runtime.js';

const SEEDS = resolve(process.cwd(), '../shared/corpus/seeds');
const present = existsSync(SEEDS);
if (!present && process.env['CI']) throw new Error(`seed corpus missing at ${SEEDS}: CI must have ../shared`);

describe.skipIf(!present)('seed corpus, end to end', () => {
  let x: DossierExport;
  let failed = -1;
  const { dir, cleanup } = scratch();
  beforeAll(async () => {
    const rt = openRuntime(ConfigSchema.parse({ db: join(dir, 'seeds.db') }));
    const report = await ingestPaths(rt, { paths: [SEEDS], options: { maxBytes: 20 * 1024 * 1024 } });
    failed = report.failed;
    x = await buildExport(rt.store);
    await rt.close();
  });
  afterAll(() => cleanup());

  const doc = (prefix: string) => {
    const d = x.documents.find((d) => d.source.startsWith(prefix));
    if (!d) throw new Error(`no document from ${prefix}`);
    return d;
  };
  const entityOf = (docPrefix: string, surface: string) => {
    const id = doc(docPrefix).id;
    return x.entities.find((e) => e.mentions.some((m) => m.doc === id && m.text === surface))?.id;
  };

  it('stores all five and exports a valid dossier.export/1 with exact spans', () => {
    expect(failed).toBe(0);
    expect(x.documents).toHaveLength(5);
    expect(ExportSchema.safeParse(x).success).toBe(true);
    expect(checkOffsets(x)).toEqual([]);
  });

  it('reads bylines and dates wherever they sit', () => {
    expect(doc('000_')).toMatchObject({ author: 'Sharofiddin Gadoev', published: '2024-09-04' });
    expect(doc('001_')).toMatchObject({ author: 'Valery Kulikov', outlet: 'New Eastern Outlook' });
    expect(doc('004_')).toMatchObject({ author: 'Michael Hughes', outlet: 'AOPNEWS', published: '2022-05-13' });
  });

  it('strips boilerplate from every document', () => {
    for (const d of x.documents) {
      for (const line of ['RELATED ARTICLES', 'No menu items!', 'Similar Posts', 'Most Popular', 'Recent Comments']) expect(d.text).not.toContain(line);
    }
  });

  it('resolves spellings of one actor to one entity', () => {
    const halimov = ['Halimov', 'Gulmurod Halimov', 'Khalimov'].map((s) => entityOf('002_', s));
    expect(halimov[0]).toBeDefined();
    expect(new Set(halimov).size).toBe(1);
    const rahmon = [entityOf('000_', 'Rahmon'), entityOf('000_', 'Emomali Rahmon'), entityOf('002_', 'Emomali Rakhmon')];
    expect(rahmon[0]).toBeDefined();
    expect(new Set(rahmon).size).toBe(1);
  });

  it('keeps the rocket claim and its denial apart, with their speakers', () => {
    const d = doc('004_').id;
    const claims = x.claims.filter((c) => c.doc === d);
    const rockets = claims.find((c) => c.stance === 'assert' && c.quantities.some((q) => q.value === 8 && /rocket/.test(q.unit ?? '')));
    expect(rockets, 'eight-rockets claim').toBeDefined();
    expect(rockets!.speaker.text ?? '').toMatch(/Islamic State/);
    const denial = claims.find((c) => c.stance === 'deny' && /bullets/.test(c.content));
    expect(denial, 'bullets denial').toBeDefined();
    expect(denial!.speaker.text ?? '').toMatch(/Tajik authorities/);
    expect(denial!.id).not.toBe(rockets!.id);
  });
});
