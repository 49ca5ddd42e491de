import { describe, expect, it } from 'vitest';
import type { ClaimAnn, Doc } from '../../../core/doc.js';
import type { EntityType } from '../../../core/vocab.js';
import { markMentions, tokenisedDoc } from '../../../test-support/doc.js';
import { timeStage } from '../50-time/index.js';
import { claimsStage } from './index.js';

const NAMES: [string, EntityType][] = [
  ['Karimov', 'PERSON'], ['Navruz Saidov', 'PERSON'], ['the Border Agency', 'ORG'], ['Pamir Post', 'ORG'],
  ['the Front', 'GROUP'], ['Kabul', 'GPE'], ['Tajik', 'NORP'], ['Dushanbe', 'GPE'], ['Radio Ozodi', 'ORG'],
  ['Khorasan cell', 'GROUP'], ['the ministry', 'ORG'], ['Kulob', 'GPE'],
];

function claims(text: string, published = '2023-06-14'): { doc: Doc; cs: ClaimAnn[] } {
  const doc = markMentions(tokenisedDoc(text, { published }), NAMES.filter(([n]) => text.includes(n)));
  timeStage.run(doc, {} as never);
  claimsStage.run(doc, {} as never);
  return { doc, cs: doc.layers.claims! };
}
const one = (text: string) => {
  const { doc, cs } = claims(text);
  expect(cs).toHaveLength(1);
  const c = cs[0]!;
  const sl = (sp: [number, number] | null) => (sp ? doc.text.slice(sp[0], sp[1]) : null);
  return { c, source: sl(c.spans.source), cue: sl(c.spans.cue), content: sl(c.spans.content) };
};

describe('60-claims patterns', () => {
  it.each([
    ['Karimov said that the convoy had reached Kulob.', 'Karimov', 'said', 'the convoy had reached Kulob', 'named'],
    ['The convoy had reached the valley, Karimov said on Monday.', 'Karimov', 'said', 'The convoy had reached the valley', 'named'],
    ['According to Pamir Post, the bridge was closed for two days.', 'Pamir Post', 'According to', 'the bridge was closed for two days', 'named'],
    ['The bridge was closed for two days, according to Pamir Post.', 'Pamir Post', 'according to', 'The bridge was closed for two days', 'named'],
    ['“We will not leave the valley,” Karimov said.', 'Karimov', 'said', 'We will not leave the valley', 'named'],
    ['Karimov said: “We will not leave the valley.”', 'Karimov', 'said', 'We will not leave the valley', 'named'],
    ['The road is unsafe after dark, said a driver from the village, who asked not to be named.', 'a driver from the village, who asked not to be named', 'said', 'The road is unsafe after dark', 'anonymous'],
    ['Tajik authorities responded by saying only warning shots were fired, not mortars.', 'Tajik authorities', 'responded by saying', 'only warning shots were fired, not mortars', 'named'],
    ['A source at the Border Agency told us that two posts were abandoned.', 'A source at the Border Agency', 'told', 'two posts were abandoned', 'anonymous'],
  ])('%j', (text, source, cue, content, sourcing) => {
    const r = one(text);
    expect([r.source, r.cue, r.content, r.c.sourcing]).toEqual([source, cue, content, sourcing]);
    expect(r.c.stage).toBe('60-claims@85');
  });

  it.each([
    ['The Front claimed it had shot down two drones over the river.', 'assert', 'statement'],
    ['The Front denied any role in the bombing of the market.', 'deny', 'statement'],
    ['Karimov accused the Front of shelling the border villages.', 'allege', 'statement'],
    ['The ministry estimated that 300 families had fled.', 'estimate', 'statement'],
    ['The ministry put the death toll at 23.', 'estimate', 'statement'],
    ['Opposition groups put the number of protesters killed at between 11 and 30.', 'estimate', 'statement'],
    ['The Front placed the number of its fighters in the valley at about 2,000.', 'estimate', 'statement'],
    ['Navruz Saidov confirmed that the number of recruits has reached about 900 men.', 'estimate', 'statement'],
    ['Karimov warned that the fighting would spread to the north.', 'predict', 'statement'],
    ['The Front vowed to retake the district before winter.', 'predict', 'intention'],
    ['Officials in Dushanbe feared that the unrest would spread.', 'predict', 'belief'],
    ['Karimov believes the attack was planned abroad.', 'assert', 'belief'],
    ['The ministry said the earlier report was false.', 'deny', 'statement'],
    ['Pamir Post retracted its story about the arrests.', 'retract', 'statement'],
  ])('stance and kind: %j', (text, stance, kind) => {
    const { c } = one(text);
    expect([c.stance, c.kind]).toEqual([stance, kind]);
  });

  it('reads an attribution chain through "according to" beside another cue', () => {
    const c = claims('An unnamed officer, according to Radio Ozodi, confirmed that the post was overrun.').cs.find((x) => x.cue === 'confirmed')!;
    expect(c.speaker.kind).toBe('anonymous');
    expect(c.chain.map((l) => [l.text, l.role])).toEqual([['Radio Ozodi', 'via']]);
  });

  it('folds a reported report into a chain', () => {
    const { c } = one('Pamir Post reported that a local elder said the militants had left.');
    expect(c.speaker.text).toBe('a local elder');
    expect(c.chain[0]).toMatchObject({ text: 'Pamir Post', role: 'via' });
  });

  it('records the outlet a speaker talked to and the day it was said', () => {
    const { c } = one('Karimov told Radio Ozodi on Monday that the talks had failed.');
    expect(c.chain).toEqual([expect.objectContaining({ text: 'Radio Ozodi', role: 'outlet' })]);
    expect(c.saidOn).toBe('2023-06-12');
  });

  it('strips "in a statement quoted by X" from the content into the chain', () => {
    const { c, content } = one('The Khorasan cell claimed it fired six shells into Kulob in a statement quoted by Pamir Post.');
    expect(content).toBe('it fired six shells into Kulob');
    expect(c.chain[0]).toMatchObject({ text: 'Pamir Post', role: 'outlet' });
    expect(c.quantities).toEqual([expect.objectContaining({ value: 6, unit: 'shell' })]);
  });

  it('attributes impersonal research to the author, unattributed and hedged', () => {
    const { c } = one('Research indicates that the militia receives money from abroad.');
    expect([c.speaker.kind, c.sourcing, c.hedged]).toEqual(['author', 'unattributed', true]);
    expect(c.hedges).toContain('research indicates');
  });

  it.each([
    ['The militia is believed to be hiding in the hills.', 'belief', 'assert'],
    ['However, the earlier story proved to be false.', 'statement', 'deny'],
  ])('emits an author claim for %j', (text, kind, stance) => {
    const { c } = one(text);
    expect([c.speaker.kind, c.kind, c.stance, c.sourcing]).toEqual(['author', kind, stance, 'unattributed']);
  });

  it.each([
    ['The militants appear to have crossed the river at night.', 'appear'],
    ['The convoy seems to have turned back before the pass.', 'seems'],
    ['It appeared that the post had been abandoned.', 'appeared'],
    ['The new commander seemed eager for a fight.', 'seemed'],
  ])('reads an appearance as the author asserting, hedged: %j', (text, cue) => {
    const { c } = one(text);
    expect([c.speaker.kind, c.cue, c.hedged, c.spans.source, text.slice(...c.spans.content!)]).toEqual(['author', cue, true, null, text.slice(0, -1)]);
  });

  it.each([
    ['The soldiers crossed the river at dawn.'],
    ['The commander appeared on television on Monday.'],
    ['The council put the plan on hold.'],
    ['It seemed to me a long march.'],
    ['Security problems have threatened to destabilise the region.'],
    ['It should be noted that the road was closed.'],
  ])('finds no claim in %j', (text) => {
    expect(claims(text).cs).toEqual([]);
  });

  it('resolves a pronoun speaker to the nearest person and lists mentions the content is about', () => {
    const { cs } = claims('Karimov arrived in Kulob. He said the Front had withdrawn from Kulob.');
    expect(cs).toHaveLength(1);
    const c = cs[0]!;
    expect(c.speaker).toMatchObject({ kind: 'named', mention: 'm0', text: 'He' });
    expect(c.about.length).toBe(2);
  });

  it('continues a quotation over the next sentence and joins hard-wrapped lines', () => {
    const { cs } = claims('“The posts are calm,” the ministry said. “Patrols continue as usual.”\nNavruz Saidov, a\nlocal historian, said the valley had been quiet for years.');
    expect(cs.map((c) => [c.speaker.text, c.quote])).toEqual([
      ['the ministry', true],
      ['Navruz Saidov', false],
    ]);
    expect(cs[0]!.content).toMatch(/^The posts are calm.*Patrols continue as usual\.?$/);
  });

  it('adds a trailing parenthetical citation to the claims of its block', () => {
    const { cs } = claims('Officials say the captives are unharmed and talks continue. (Jane Roe, Pamir Post, May 2, 2015)');
    expect(cs[0]!.chain).toEqual([expect.objectContaining({ role: 'citation', text: 'Jane Roe, Pamir Post' })]);
    expect(cs[0]!.sourcing).toBe('anonymous');
  });

  it('keeps every span inside the text and ids anchored at their cue', () => {
    const { doc, cs } = claims('Karimov said the Front attacked Kulob. The ministry denied it, adding that the post held.');
    expect(new Set(cs.map((c) => c.id)).size).toBe(cs.length);
    cs.forEach((c) => {
      expect(c.id).toBe(`c${c.spans.cue?.[0] ?? c.evidence.start}`);
      for (const sp of [c.spans.cue, c.spans.content]) expect(sp![1]).toBeLessThanOrEqual(doc.text.length);
      expect(doc.text.slice(c.spans.content![0], c.spans.content![1])).toBe(c.content);
    });
  });
});
