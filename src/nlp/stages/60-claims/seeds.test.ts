/** Required behaviour on the real seed articles, read from ../shared; asserts fields and short strings only. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClaimAnn } from '../../../core/doc.js';
import type { EntityType } from '../../../core/vocab.js';
import { markMentions, tokenisedDoc } from '../../../test-support/doc.js';
import { timeStage } from '../50-time/index.js';
import { claimsStage } from './index.js';

const SEEDS = path.resolve(process.cwd(), '../shared/corpus/seeds');
const have = fs.existsSync(SEEDS);
if (!have && process.env.CI) throw new Error(`seed folder missing: ${SEEDS}`);

const NAMES: [string, EntityType][] = [
  ['Islamic State', 'GROUP'], ['Tajik', 'NORP'], ['Taliban', 'GROUP'], ['Interfax', 'ORG'], ['Tojo News', 'ORG'],
  ['Muttaqi', 'PERSON'], ['Sidorov', 'PERSON'], ['Afghan Islamic Press', 'ORG'], ['Halimov', 'PERSON'],
  ['Zabihullah Mujahid', 'PERSON'],
];

function seedDoc(prefix: string, published: string | null) {
  const file = fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;
  const doc = markMentions(tokenisedDoc(fs.readFileSync(path.join(SEEDS, file), 'utf8'), { published }), NAMES);
  timeStage.run(doc, {} as never);
  claimsStage.run(doc, {} as never);
  return doc;
}
const seedClaims = (prefix: string, published: string | null): ClaimAnn[] => seedDoc(prefix, published).layers.claims!;
const mentionText = (prefix: string, published: string | null, id: string) => seedDoc(prefix, published).layers.mentions!.find((m) => m.id === id)?.text;

describe.skipIf(!have)('60-claims on the seed articles', () => {
  it('004: the rocket claim and the authorities’ denial are separate claims', () => {
    const cs = seedClaims('004_', '2022-05-13');
    const claim = cs.filter((c) => c.cue === 'claimed' && c.speaker.text?.includes('Islamic State'));
    expect(claim).toHaveLength(1);
    expect(claim[0]!.stance).toBe('assert');
    expect(claim[0]!.quantities).toContainEqual(expect.objectContaining({ value: 8, unit: 'rocket' }));
    expect(claim[0]!.chain.some((l) => l.text.includes('Afghan Islamic Press'))).toBe(true);
    expect(claim[0]!.saidOn).toBe('2022-05-08');
    const denial = cs.filter((c) => c.speaker.text === 'Tajik authorities');
    expect(denial).toHaveLength(1);
    expect(denial[0]!.stance).toBe('deny');
    expect(denial[0]!.id).not.toBe(claim[0]!.id);
  });

  it('003: Muttaqi denies, Sidorov estimates about 6,500', () => {
    const cs = seedClaims('003_', null);
    const muttaqi = cs.find((c) => c.speaker.text?.includes('Muttaqi'));
    expect(muttaqi).toMatchObject({ cue: 'denied', stance: 'deny', sourcing: 'named' });
    const sidorov = cs.find((c) => c.speaker.text?.includes('Sidorov') && c.cue === 'confirmed');
    expect(sidorov?.stance).toBe('estimate');
    expect(sidorov?.quantities).toContainEqual(expect.objectContaining({ value: 6500, qualifier: 'about' }));
  });

  it('001: "He stated" after the spokesman\'s post is the spokesman\'s claim', () => {
    const cs = seedClaims('001_', '2022-10-01');
    const doc = cs.filter((c) => c.cue === 'stated' && c.speaker.text === 'He');
    expect(doc).toHaveLength(1);
    expect(doc[0]!.speaker.kind).toBe('named');
    expect(doc[0]!.speaker.mention).not.toBeNull();
    expect(mentionText('001_', '2022-10-01', doc[0]!.speaker.mention!)).toMatch(/Zabihullah Mujahid/);
  });

  it('000: "research indicates" is unattributed and hedged', () => {
    const cs = seedClaims('000_', '2024-09-04');
    const r = cs.find((c) => c.hedges.includes('research indicates'));
    expect(r).toMatchObject({ sourcing: 'unattributed', hedged: true, speaker: { kind: 'author' } });
  });

  it('002: Tojo News asserts an arrest; the author reports it false', () => {
    const cs = seedClaims('002_', '2015-07-01');
    const tojo = cs.find((c) => c.speaker.text?.includes('Tojo News'));
    expect(tojo).toMatchObject({ cue: 'claimed', stance: 'assert', sourcing: 'named' });
    const refuted = cs.find((c) => c.speaker.kind === 'author' && c.stance === 'deny');
    expect(refuted).toBeDefined();
    expect(refuted!.evidence.start).toBeGreaterThan(tojo!.evidence.start);
    const interfax = cs.filter((c) => c.chain.some((l) => l.text === 'Interfax' && l.role === 'via'));
    expect(interfax.length).toBeGreaterThanOrEqual(2);
    expect(interfax.every((c) => c.speaker.kind === 'anonymous')).toBe(true);
  });
});
