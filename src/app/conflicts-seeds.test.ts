// Conflicts between claims on the real seeds (read from ../shared; only ids, kinds and short strings are checked).
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

describe.skipIf(!present)('conflicts on the seeds', () => {
  let x: DossierExport;
  const { dir, cleanup } = scratch();
  beforeAll(async () => {
    const rt = openRuntime(ConfigSchema.parse({ db: join(dir, 'c.db') }));
    await ingestPaths(rt, { paths: [SEEDS], options: { maxBytes: 1 << 24 } });
    x = await buildExport(rt.store);
    await rt.close();
  });
  afterAll(() => cleanup());

  const claim = (id: string) => x.claims.find((c) => c.id === id)!;
  const find = (kind: string, conflict: string, a: RegExp, b: RegExp) =>
    x.links.find((l) => l.kind === kind && l.conflict === conflict && a.test(claim(l.a).speaker.text ?? claim(l.a).speaker.kind) && b.test(claim(l.b).content));

  it('sets the Tajik authorities’ "only bullets" against the Islamic State’s rockets', () => {
    const l = find('contradicts', 'denial', /Tajik authorities/, /eight rockets/);
    expect(l).toBeDefined();
    expect(l!.reason).toMatch(/bullets/);
  });

  it('sets Muttaqi’s denial against the CSTO general’s 4,000', () => {
    expect(find('contradicts', 'denial', /Muttaqi/, /4,000/)).toBeDefined();
  });

  it('records that the Tojo News arrest report "proved to be false" as a refutation', () => {
    const l = find('refutes', 'refutation', /author/, /arrested/);
    expect(l).toBeDefined();
    expect(claim(l!.b).speaker.text ?? '').toMatch(/Tojo News/);
  });

  it('lowers the credibility of the refuted claim and says why', () => {
    const l = find('refutes', 'refutation', /author/, /arrested/)!;
    expect(claim(l.b)).toMatchObject({ credibility: 5, credibility_reason: expect.stringMatching(/false/) });
  });
});
