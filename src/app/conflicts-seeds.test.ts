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

  it('sets the Taliban officials’ “thousands” of troops against the spokesman’s tens of thousands of fighters', () => {
    const l = x.links.find((k) => k.kind === 'contradicts' && k.conflict === 'quantity' && /^.?thousands/.test(claim(k.a).quantities[0]?.text ?? '') && /tens of thousands/.test(claim(k.b).content));
    expect(l).toBeDefined();
    expect(claim(l!.a).doc).toBe(claim(l!.b).doc);
    expect(claim(l!.a).quantities[0]!.unit).toBe('troop');
    expect(claim(l!.b).quantities[0]!.unit).toBe('fighter');
  });

  it('sets Halimov’s disappearance in late May against late April in the same article, as a date conflict', () => {
    const l = x.links.find((k) => k.kind === 'contradicts' && k.conflict === 'date' && /late May/.test(k.reason) && /late April/.test(k.reason));
    expect(l).toBeDefined();
    expect(l!.a.split('/')[0]).toBe(l!.b.split('/')[0]);
    // both sides are the author's own sentences, anchored where each sentence starts
    expect(l!.reason).toMatch(/Halimov/);
  });

  it('calls the Crisis Group’s 2,000–4,000 people and Tajikistan’s 386 nationals a difference of scope, never a contradiction', () => {
    const pair = (k: { a: string; b: string }) => [claim(k.a), claim(k.b)].map((c) => c?.content ?? '');
    const isPair = (k: { a: string; b: string }) => pair(k).some((t) => /2,000 and 4,000/.test(t)) && pair(k).some((t) => /^386/.test(t));
    expect(x.links.filter(isPair).map((k) => k.kind)).toEqual(['scope']);
  });

  it('lowers the credibility of the refuted claim and says why', () => {
    const l = find('refutes', 'refutation', /author/, /arrested/)!;
    expect(claim(l.b)).toMatchObject({ credibility: 5, credibility_reason: expect.stringMatching(/false/) });
  });
});
