// Issue 5's seed assertions on claims, events and relations, end to end through the app; ids, fields and short strings only.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierExport, ExportClaimT } from '../core/export-schema.js';
import { scratch } from '../test-support/cli.js';
import { ConfigSchema } from './config.js';
import { buildExport } from './export-json.js';
import { ingestPaths } from './ingest.js';
import { openRuntime } from './runtime.js';

const SEEDS = resolve(process.cwd(), '../shared/corpus/seeds');
const present = existsSync(SEEDS);
if (!present && process.env['CI']) throw new Error(`seed corpus missing at ${SEEDS}: CI must have ../shared`);

describe.skipIf(!present)('seed corpus: claims, events and relations', () => {
  let x: DossierExport;
  const { dir, cleanup } = scratch();
  beforeAll(async () => {
    const rt = openRuntime(ConfigSchema.parse({ db: join(dir, 'claims-seeds.db') }));
    await ingestPaths(rt, { paths: [SEEDS], options: { maxBytes: 20 * 1024 * 1024 } });
    x = await buildExport(rt.store);
    await rt.close();
  });
  afterAll(() => cleanup());

  const docId = (prefix: string) => x.documents.find((d) => d.source.startsWith(prefix))!.id;
  const claimsOf = (prefix: string) => x.claims.filter((c) => c.doc === docId(prefix));
  const by = (prefix: string, speaker: RegExp) => claimsOf(prefix).filter((c) => speaker.test(c.speaker.text ?? ''));
  const values = (c: ExportClaimT | undefined) => (c?.quantities ?? []).flatMap((q) => [q.value, q.min, q.max]);
  const entityName = (id: string | null) => x.entities.find((e) => e.id === id)?.name ?? '';

  it('003: Rahimzoda asserts, dated 2023-02-15 from "Wednesday, February 15"', () => {
    const c = by('003_', /Rahimzoda/)[0];
    expect(c).toMatchObject({ stance: 'assert', said_on: '2023-02-15', sourcing: 'named' });
  });

  it('003: Muttaqi denies the CSTO figure; Sidorov estimates 6,500 and 4,000', () => {
    expect(by('003_', /Muttaqi/)[0]).toMatchObject({ stance: 'deny' });
    const sidorov = by('003_', /Sidorov/);
    expect(sidorov.some((c) => c.stance === 'estimate')).toBe(true);
    const nums = sidorov.flatMap(values);
    expect(nums).toContain(6500);
    expect(nums).toContain(4000);
  });

  it('001: "Taliban officials" (thousands) and Mujahid (tens of thousands) are two claims; the Taliban reject (deny)', () => {
    const cs = claimsOf('001_');
    const thousands = cs.find((c) => /Taliban officials/.test(c.speaker.text ?? '') && c.quantities.some((q) => q.text.includes('thousands')));
    const tens = cs.find((c) => c.quantities.some((q) => /tens of thousands/i.test(q.text)));
    expect(thousands).toBeDefined();
    expect(tens).toBeDefined();
    expect(tens!.id).not.toBe(thousands!.id);
    expect(tens!.quantities.some((q) => /tens of thousands/i.test(q.text) && (q.min ?? 0) >= 10000)).toBe(true);
    expect(cs.some((c) => /Taliban/.test(c.speaker.text ?? '') && c.stance === 'deny' && /reject/i.test(c.cue))).toBe(true);
  });

  it('002: Tojo News claims an arrest; the author declares it false later', () => {
    const tojo = by('002_', /Tojo News/)[0];
    expect(tojo).toMatchObject({ stance: 'assert' });
    const refutation = claimsOf('002_').find((c) => c.speaker.kind === 'author' && c.stance === 'deny' && /false/.test(c.content));
    expect(refutation).toBeDefined();
    expect(refutation!.evidence.start).toBeGreaterThan(tojo!.evidence.start);
  });

  it('002: Umarzoda\'s "I know nothing about it", the anonymous Border Service source, the ICG range and the 386', () => {
    const cs = claimsOf('002_');
    expect(cs.some((c) => c.quote && c.content.includes('I know nothing about it'))).toBe(true);
    const border = cs.find((c) => /Border Service/.test(c.speaker.text ?? '') || c.chain.some((l) => /Border Service/.test(l.text)));
    expect(border?.sourcing).toBe('anonymous');
    const icg = cs.find((c) => /Crisis Group/.test(c.speaker.text ?? ''));
    expect(icg?.quantities).toContainEqual(expect.objectContaining({ min: 2000, max: 4000 }));
    expect(cs.some((c) => /^Tajikistan/.test(c.speaker.text ?? '') && values(c).includes(386))).toBe(true);
  });

  it('000: the GKNB allegation is an author claim, hedged and unattributed', () => {
    const c = claimsOf('000_').find((c) => /GKNB/.test(c.content) && c.speaker.kind === 'author');
    expect(c).toMatchObject({ hedged: true, sourcing: 'unattributed' });
  });

  it('002: Kuvatov\'s killing is an event on 2015-03-06 in Istanbul', () => {
    const d = docId('002_');
    const ev = x.events.find((e) => e.doc === d && e.date === '2015-03-06' && e.actors.some((a) => /Kuvatov/.test(entityName(a))));
    expect(ev).toBeDefined();
    expect(entityName(ev!.place)).toMatch(/^Istanbul/);
  });

  it('004: the rocket attack of 2022-05-08 rests on the Islamic State\'s claim', () => {
    const d = docId('004_');
    const claim = by('004_', /Islamic State/).find((c) => c.quantities.some((q) => q.value === 8));
    expect(claim).toBeDefined();
    const ev = x.events.find((e) => e.doc === d && e.date === '2022-05-08');
    expect(ev?.reported_by).toContain(claim!.id);
    expect(ev?.type).toBe('explosions/remote violence');
    expect(ev!.actors.map(entityName)).toContain('Islamic State');
  });

  it('000: the GKNB\'s support for ISIS-Khorasan is an alleged relation resting on the author claim', () => {
    const d = docId('000_');
    const r = x.relations.find((r) => r.doc === d && r.type === 'supports' && /GKNB|State Committee/.test(entityName(r.source)) && /Khorasan/.test(entityName(r.target)));
    expect(r?.claim).toBeTruthy();
    expect(x.claims.find((c) => c.id === r!.claim)).toMatchObject({ speaker: { kind: 'author' }, sourcing: 'unattributed', hedged: true });
  });
});
