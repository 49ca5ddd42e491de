// Sourcing profiles on the real seeds (read from ../shared at run time; only counts, categories and ids are checked).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierExport } from '../core/export-schema.js';
import { scratch } from '../test-support/cli.js';
import { ConfigSchema } from './config.js';
import { buildExport } from './export-json.js';
import { ingestPaths } from './ingest.js';
import { openRuntime } from './runtime.js';

const SEEDS = resolve(process.cwd(), '../shared/corpus/seeds');
const present = existsSync(SEEDS);
if (!present && process.env['CI']) throw new Error(`seed corpus missing at ${SEEDS}: CI must have ../shared`);

describe.skipIf(!present)('sourcing profiles on the seeds', () => {
  let x: DossierExport;
  const { dir, cleanup } = scratch();
  beforeAll(async () => {
    const rt = openRuntime(ConfigSchema.parse({ db: join(dir, 's.db') }));
    await ingestPaths(rt, { paths: [SEEDS], options: { maxBytes: 1 << 24 } });
    x = await buildExport(rt.store);
    await rt.close();
  });
  afterAll(() => cleanup());

  const seed = (n: string) => x.documents.find((d) => d.source.startsWith(`${n}_`))!;

  it('shows the state-linked outlet blaming others without a source, with loaded framing as signals', () => {
    const p = seed('001').sourcing!;
    expect(p.unattributed_accusations.length).toBeGreaterThanOrEqual(2);
    // the Western intelligence support and the Western propaganda blame are both among them
    expect(p.unattributed_accusations.some((a) => /intelligence/.test(a.text))).toBe(true);
    expect(p.unattributed_accusations.some((a) => /puppeteer/.test(a.text))).toBe(true);
    const cats = new Set(p.framing.map((f) => f.category));
    for (const c of ['puppet-metaphor', 'mouthpiece', 'propaganda-label', 'scare-quotes']) expect(cats).toContain(c);
    expect(p.signals.join('\n')).toMatch(/accusations? in the author's voice with no source/);
    expect(p.signals.join('\n')).toMatch(/loaded framing \(a signal, not a verdict\)/);
    for (const a of p.unattributed_accusations) {
      expect(a.credibility).toBeGreaterThanOrEqual(4);
      expect(a.credibility_reason).toMatch(/no source/);
    }
  });

  it("keeps a speaker's quoted numbers out of the scare quotes", () => {
    const p = seed('001').sourcing!;
    const quoted = x.claims.filter((c) => c.doc === seed('001').id && c.speaker.kind !== 'author');
    for (const f of p.framing.filter((h) => h.category === 'scare-quotes')) {
      expect(quoted.some((c) => c.evidence.start < f.end && f.start < c.evidence.end)).toBe(false);
    }
  });

  it('shows the central allegation of seed 000 as unattributed and hedged, with a weak credibility and its reason', () => {
    const d = seed('000');
    const p = d.sourcing!;
    // the counts hold however many other claims the claim stage finds in the article
    expect(p.unattributed).toBeGreaterThanOrEqual(2);
    expect(p.hedged).toBeGreaterThanOrEqual(2);
    expect(p.shares.unattributed).toBeGreaterThan(0.25);
    const central = x.claims.find((c) => c.doc === d.id && c.cue === 'indicates')!;
    expect(central).toMatchObject({ sourcing: 'unattributed', hedged: true });
    expect(central.credibility).toBeGreaterThanOrEqual(4);
    expect(central.credibility_reason).toMatch(/no source given, hedged/);
    // the same claim is counted as an accusation in the author's voice
    expect(p.unattributed_accusations.map((a) => a.claim)).toContain(central.id);
    expect(x.claims.find((c) => c.doc === d.id && /available information/.test(c.evidence.text))).toMatchObject({ sourcing: 'unattributed', hedged: true });
  });

  it('finds no accusations or framing in a plainly sourced news report', () => {
    const p = seed('003').sourcing!;
    expect(p.shares.named).toBeGreaterThanOrEqual(0.7);
    expect(p.unattributed_accusations).toEqual([]);
  });
});
