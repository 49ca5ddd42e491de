// The briefing on the sample corpus (examples/) and on the real seeds (read from ../shared at run time; ids and short strings only).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierExport } from '../core/export-schema.js';
import { datePrecision } from '../core/vocab.js';
import { scratch } from '../test-support/cli.js';
import { briefFromExport, type Brief } from './brief.js';
import { renderBriefHtml, renderBriefMarkdown } from './brief-render.js';
import { ConfigSchema } from './config.js';
import { buildExport } from './export-json.js';
import { ingestPaths } from './ingest.js';
import { resolveEntity } from './query.js';
import { openRuntime } from './runtime.js';

const SEEDS = resolve(process.cwd(), '../shared/corpus/seeds');
const present = existsSync(SEEDS);
if (!present && process.env['CI']) throw new Error(`seed corpus missing at ${SEEDS}: CI must have ../shared`);

async function exportOf(dir: string, path: string): Promise<{ x: DossierExport; about: (name: string) => Promise<{ id: string; name: string }> }> {
  const rt = openRuntime(ConfigSchema.parse({ db: join(dir, 'b.db') }));
  await ingestPaths(rt, { paths: [path], options: { maxBytes: 1 << 24 } });
  const x = await buildExport(rt.store);
  const ids = new Map<string, { id: string; name: string }>();
  for (const name of ['Halimov', 'Rahmon']) {
    const e = await resolveEntity(rt.store, name).catch(() => null);
    if (e) ids.set(name, { id: e.id, name: e.name });
  }
  await rt.close();
  return { x, about: async (n) => ids.get(n)! };
}

/** What must hold of any briefing: every side cites its claim, the timeline is in order with honest precision. */
function checkBrief(b: Brief, x: DossierExport): void {
  const claims = new Map(x.claims.map((c) => [c.id, c]));
  for (const l of [...b.contested, ...b.corroborated, ...b.scope]) {
    for (const s of [l.a, l.b]) {
      expect(claims.get(s.claim)?.evidence.text).toBe(s.cite.quote);
      expect(s.cite.claim).toBe(s.claim);
      expect(s.credibility).toBeGreaterThanOrEqual(1);
      expect(s.credibilityReason).toBeTruthy();
    }
  }
  const dates = b.timeline.map((t) => t.date);
  expect([...dates].sort()).toEqual(dates);
  for (const t of b.timeline) {
    expect(t.precision).toBe(datePrecision(t.date));
    expect(x.documents.find((d) => d.id === t.cite.doc)!.text.slice(t.cite.start, t.cite.end)).toBe(t.cite.quote);
  }
}

describe('briefing on the sample corpus', () => {
  const { dir, cleanup } = scratch();
  let x: DossierExport;
  let about: (n: string) => Promise<{ id: string; name: string }>;
  beforeAll(async () => {
    ({ x, about } = await exportOf(dir, resolve(process.cwd(), 'examples')));
  });
  afterAll(() => cleanup());

  it('lists actors, a dated timeline, contested claims with both sides, and every outlet', () => {
    const b = briefFromExport(x);
    checkBrief(b, x);
    expect(b.actors.length).toBeGreaterThanOrEqual(5);
    expect(b.timeline.length).toBeGreaterThan(5);
    expect(b.contested.length).toBeGreaterThan(0);
    expect(b.contested.some((l) => l.conflict === 'denial' && (l.a.stance === 'deny' || l.b.stance === 'deny'))).toBe(true);
    const outlets = new Set(x.documents.map((d) => d.outlet ?? '(unknown outlet)'));
    expect(new Set(b.sources.map((s) => s.outlet))).toEqual(outlets);
    const md = renderBriefMarkdown(b);
    expect(md).toMatch(/## Key actors[\s\S]*## Timeline[\s\S]*## Contested claims[\s\S]*## Corroborated claims[\s\S]*## Sources/);
    expect(renderBriefHtml(b)).not.toMatch(/<script/i);
  });

  it('follows one actor under all its spellings', async () => {
    const who = await about('Halimov');
    const b = briefFromExport(x, { about: who });
    checkBrief(b, x);
    expect(b.actors[0]).toMatchObject({ id: who.id });
    expect(b.actors[0]!.spellings.length).toBeGreaterThanOrEqual(2);
    for (const t of b.timeline.filter((i) => i.kind === 'claim')) {
      const c = x.claims.find((k) => k.id === t.cite.claim)!;
      expect(c.speaker.entity === who.id || c.about.includes(who.id)).toBe(true);
    }
    expect(b.counts.documents).toBeLessThan(x.documents.length);
  });
});

describe.skipIf(!present)('briefing on the seeds', () => {
  const { dir, cleanup } = scratch();
  let x: DossierExport;
  let about: (n: string) => Promise<{ id: string; name: string }>;
  beforeAll(async () => {
    ({ x, about } = await exportOf(dir, SEEDS));
  });
  afterAll(() => cleanup());

  it('cites both sides of each seed conflict and shows the sourcing signals of the state-linked outlet', () => {
    const b = briefFromExport(x);
    checkBrief(b, x);
    expect(b.contested.length).toBeGreaterThan(0);
    const neo = b.sources.find((s) => s.outlet === 'New Eastern Outlook')!;
    expect(neo.basis).toMatch(/state-affiliated/);
    expect(neo.signals.join(' ')).toMatch(/accusation/);
  });

  it('briefs on Rahmon', async () => {
    const who = await about('Rahmon');
    const b = briefFromExport(x, { about: who });
    checkBrief(b, x);
    expect(b.actors[0]!.id).toBe(who.id);
    expect(renderBriefMarkdown(b)).toMatch(/^# Briefing: /);
  });
});
