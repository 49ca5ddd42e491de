/** Stages 10 → 30 → 40 over the real seed articles (read from ../shared; nothing copied into the repository). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Doc } from '../core/doc.js';
import { testNlpContext } from '../test-support/kb.js';
import { buildPipeline } from './pipeline.js';
import { tokensStage } from './stages/10-tokens/index.js';
import { mentionsStage } from './stages/30-mentions/index.js';
import { linkingStage } from './stages/40-linking/index.js';
import { emptyMeta } from '../test-support/doc.js';

const SEEDS = path.resolve(process.cwd(), '../shared/corpus/seeds');
const have = existsSync(SEEDS);
if (!have && process.env.CI) throw new Error(`seed folder missing: ${SEEDS}`);

function run(prefix: string): Doc {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;
  const doc: Doc = { text: readFileSync(path.join(SEEDS, file), 'utf8'), language: 'en', meta: emptyMeta(), layers: {} };
  return buildPipeline([tokensStage, mentionsStage, linkingStage]).run(doc, testNlpContext());
}

/** entityKeys of the mentions whose text is exactly `surface`. */
function keysOf(doc: Doc, surface: string): Set<string> {
  const byId = new Map(doc.layers.links!.map((l) => [l.mention, l.entityKey]));
  return new Set(doc.layers.mentions!.filter((m) => m.text === surface).map((m) => byId.get(m.id)!));
}

function typesOf(doc: Doc, surface: string): Set<string> {
  return new Set(doc.layers.mentions!.filter((m) => m.text === surface).map((m) => m.type));
}

describe.skipIf(!have)('names in the seed articles', () => {
  const docs = have ? { s000: run('000_'), s001: run('001_'), s002: run('002_'), s003: run('003_'), s004: run('004_') } : null;

  it('joins Halimov, Gulmurod Halimov and Khalimov in seed 002', () => {
    const d = docs!.s002;
    const keys = new Set([...keysOf(d, 'Halimov'), ...keysOf(d, 'Gulmurod Halimov'), ...keysOf(d, 'Khalimov')]);
    expect(keysOf(d, 'Khalimov').size).toBe(1);
    expect(keys.size).toBe(1);
  });

  it('joins Rahmon, Emomali Rahmon and Emomali Rakhmon across seeds 000, 002 and 004', () => {
    const keys = new Set<string>();
    for (const d of [docs!.s000, docs!.s002, docs!.s004]) for (const s of ['Rahmon', 'Emomali Rahmon', 'Emomali Rakhmon']) keysOf(d, s).forEach((k) => keys.add(k));
    expect(keysOf(docs!.s002, 'Emomali Rakhmon').size).toBe(1);
    expect([...keys]).toEqual(['kb:emomali-rahmon']);
  });

  it.each([
    ['s000', 'ISIS-Khorasan', 'GROUP'],
    ['s000', 'GKNB', 'ORG'],
    ['s004', 'CSTO', 'ORG'],
    ['s001', 'Taliban', 'GROUP'],
    ['s001', 'Ansorullah', 'GROUP'],
    ['s001', 'Badakhshan', 'GPE'],
    ['s000', 'Tajikistan', 'GPE'],
  ])('in %s finds %j as %s', (seed, surface, type) => {
    expect([...typesOf(docs![seed as keyof typeof docs & string] as Doc, surface)]).toEqual([type]);
  });

  it('cuts the possessive off "Tajikistan’s"', () => {
    const d = docs!.s000;
    const at = d.text.indexOf('Tajikistan’s');
    expect(d.layers.mentions!.some((m) => m.start === at && m.text === 'Tajikistan')).toBe(true);
  });

  it('writes offsets that slice back to every mention', () => {
    for (const d of Object.values(docs!)) for (const m of d.layers.mentions!) expect(d.text.slice(m.start, m.end)).toBe(m.text);
  });
});
