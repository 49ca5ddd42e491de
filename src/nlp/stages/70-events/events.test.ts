import { describe, expect, it } from 'vitest';
import type { Doc, EventAnn } from '../../../core/doc.js';
import type { EntityType } from '../../../core/vocab.js';
import { markMentions, tokenisedDoc } from '../../../test-support/doc.js';
import { timeStage } from '../50-time/index.js';
import { claimsStage } from '../60-claims/index.js';
import { eventsStage } from './index.js';
import { geoPrecision } from './geo.js';

const NAMES: [string, EntityType][] = [
  ['Kulob', 'GPE'], ['Tajikistan', 'GPE'], ['Takhar', 'GPE'], ['the Front', 'GROUP'], ['Karimov', 'PERSON'],
  ['Navruz Saidov', 'PERSON'], ['the ministry', 'ORG'], ['Istanbul', 'GPE'], ['Pamir Post', 'ORG'],
];

function events(text: string): { doc: Doc; es: EventAnn[] } {
  const doc = markMentions(tokenisedDoc(text, { published: '2023-06-14' }), NAMES.filter(([n]) => text.includes(n)));
  timeStage.run(doc, {} as never);
  claimsStage.run(doc, {} as never);
  eventsStage.run(doc, {} as never);
  return { doc, es: doc.layers.events! };
}

describe('70-events typing', () => {
  it.each([
    ['Gunmen attacked a checkpoint near Kulob.', 'battles', 'armed clash'],
    ['Mortars shelled the outskirts of Kulob overnight.', 'explosions/remote violence', 'shelling/artillery/missile attack'],
    ['A bombing hit the market in Kulob.', 'explosions/remote violence', 'remote explosive/landmine/IED'],
    ['A suicide attack struck the base.', 'explosions/remote violence', 'suicide bomb'],
    ['A drone strike hit a truck near Kulob.', 'explosions/remote violence', 'air/drone strike'],
    ['Police arrested Navruz Saidov in Istanbul.', 'strategic developments', 'arrest'],
    ['Karimov was shot dead outside his home.', 'violence against civilians', 'attack'],
    ['Karimov was assassinated in Istanbul.', 'strategic developments', 'assassination'],
    ['The Front deployed armoured units to Takhar.', 'strategic developments', 'deployment'],
    ['The Front sent thousands of troops to Takhar.', 'strategic developments', 'deployment'],
    ['Navruz Saidov defected to the Front.', 'strategic developments', 'defection'],
    ['Karimov met the envoy in Kulob.', 'strategic developments', 'meeting/statement'],
    ['The two sides signed a ceasefire.', 'strategic developments', 'agreement'],
    ['The Front seized the district centre.', 'battles', 'non-state actor overtakes territory'],
    ['The Front recruited young men from Kulob.', 'strategic developments', 'recruitment'],
    ['Navruz Saidov disappeared from Kulob.', 'strategic developments', 'disappearance'],
    ['Hundreds of traders held a protest in Kulob.', 'protests', 'peaceful protest'],
    ['Rioters burned cars in Kulob.', 'riots', 'violent demonstration'],
    ['Navruz Saidov was kidnapped near Kulob.', 'strategic developments', 'abduction'],
  ])('%j → %s', (text, type, subtype) => {
    const { es } = events(text);
    expect(es.map((e) => [e.type, e.subtype])).toContainEqual([type, subtype]);
    expect(es[0]!.stage).toBe('70-events@2');
  });

  it.each([
    ['The Front struck an alliance with a smaller faction.'],
    ['The Front plans to attack the town.'],
    ['The Front sent a letter to the ministry.'],
  ])('finds no event in %j', (text) => {
    expect(events(text).es).toEqual([]);
  });

  it('fills date, place, actors, fatalities and the reporting claim', () => {
    const { doc, es } = events('The ministry said the Front attacked Kulob on May 8, killing about 20 civilians.');
    const attack = es.find((e) => e.type === 'battles')!;
    expect(attack).toMatchObject({ date: '2023-05-08', datePrecision: 'day', geoPrecision: 1, fatalities: 20 });
    const mention = (id: string | null) => doc.layers.mentions!.find((m) => m.id === id)?.text;
    expect(mention(attack.place)).toBe('Kulob');
    expect(attack.actors.map(mention)).toEqual(['the Front']); // the ministry only reports it
    expect(attack.reportedBy).toEqual([doc.layers.claims![0]!.id]);
    expect(es.map((e) => e.id)).toEqual(es.map((_, i) => `e${i}`));
  });

  it.each([
    ['Tajikistan', '', 3],
    ['Takhar', ' province', 2],
    ['Badakhshan', ', where', 2],
    ['Kulob', ', a town', 1],
    ['Kunduz', ' city', 1],
  ])('geo precision of %s', (name, after, p) => {
    expect(geoPrecision(name, after)).toBe(p);
  });
});

describe('70-events inside names', () => {
  it('ignores a trigger word that is part of a name', () => {
    const doc = markMentions(tokenisedDoc('Envoys of the Regional Treaty Organization met in Kulob.'), [['Regional Treaty Organization', 'ORG'], ['Kulob', 'GPE']]);
    timeStage.run(doc, {} as never);
    claimsStage.run(doc, {} as never);
    eventsStage.run(doc, {} as never);
    expect(doc.layers.events!.map((e) => e.subtype)).toEqual(['meeting/statement']);
  });
});
