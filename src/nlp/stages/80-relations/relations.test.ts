import { describe, expect, it } from 'vitest';
import type { Doc } from '../../../core/doc.js';
import type { EntityType } from '../../../core/vocab.js';
import { markMentions, tokenisedDoc } from '../../../test-support/doc.js';
import { timeStage } from '../50-time/index.js';
import { claimsStage } from '../60-claims/index.js';
import { eventsStage } from '../70-events/index.js';
import { relationsStage } from './index.js';

const NAMES: [string, EntityType][] = [
  ['Navruz Saidov', 'PERSON'], ['Karimov', 'PERSON'], ['Said Amir', 'PERSON'], ['the Front', 'GROUP'],
  ['Front', 'GROUP'], ['Kulob', 'GPE'], ['Khatlon', 'GPE'], ['Tajik', 'NORP'], ['the ministry', 'ORG'],
  ['Pamir Union', 'ORG'], ['Dushanbe', 'GPE'], ['Vose', 'GPE'],
];

function rels(text: string): { doc: Doc; rs: [string, string, string, boolean][] } {
  const names = NAMES.filter(([n]) => text.includes(n));
  // the longer name wins where one contains another ("the Front" / "Front")
  const doc = markMentions(tokenisedDoc(text, { published: '2023-06-14' }), names.filter(([n]) => !names.some(([o]) => o !== n && o.includes(n) && text.includes(o))));
  timeStage.run(doc, {} as never);
  claimsStage.run(doc, {} as never);
  eventsStage.run(doc, {} as never);
  relationsStage.run(doc, {} as never);
  const text_ = (id: string) => doc.layers.mentions!.find((m) => m.id === id)!.text;
  return { doc, rs: doc.layers.relations!.map((r) => [r.type, text_(r.source), text_(r.target), r.claim !== null]) };
}

describe('80-relations patterns', () => {
  it.each([
    ['Navruz Saidov, the leader of the Front, spoke at noon.', ['leader-of', 'Navruz Saidov', 'the Front', false]],
    ['Pamir Union leader Navruz Saidov spoke at noon.', ['leader-of', 'Navruz Saidov', 'Pamir Union', false]],
    ['Front spokesman Said Amir spoke at noon.', ['spokesperson-of', 'Said Amir', 'Front', false]],
    ['Front fighter Said Amir was seen at noon.', ['member-of', 'Said Amir', 'Front', false]],
    ['Said Amir joined the Front last year.', ['member-of', 'Said Amir', 'the Front', false]],
    ['Tajik Interior Minister Karimov spoke at noon.', ['holds-role', 'Karimov', 'Tajik', false]],
    ['Kulob, the capital of Khatlon, was calm.', ['located-in', 'Kulob', 'Khatlon', false]],
    ['In spring the Front struck an alliance with Pamir Union.', ['allied-with', 'the Front', 'Pamir Union', false]],
    ['Dushanbe secretly supports the Front in the south.', ['supports', 'Dushanbe', 'the Front', false]],
    ['Karimov has taken a firm stance against the Front.', ['opposes', 'Karimov', 'the Front', false]],
    ['Karimov accused the Front of abuses in Kulob.', ['accuses', 'Karimov', 'the Front', true]],
    ['At dawn the Front attacked a checkpoint in Vose.', ['attacked', 'the Front', 'Vose', false]],
  ])('%j', (text, expected) => {
    expect(rels(text).rs).toContainEqual(expected);
  });

  it('marks a relation stated inside someone’s claim with that claim', () => {
    const { doc, rs } = rels('The ministry said that Dushanbe supports the Front.');
    expect(rs).toContainEqual(['supports', 'Dushanbe', 'the Front', true]);
    const r = doc.layers.relations!.find((x) => x.type === 'supports')!;
    expect(r.claim).toBe(doc.layers.claims![0]!.id);
    expect(r.stage).toBe('80-relations@2');
  });

  it('an impersonal "research indicates" support relation rests on a weak author claim', () => {
    const { doc, rs } = rels('Research indicates that the ministry (MI) of Khatlon supports the armed group Pamir Union.');
    expect(rs).toContainEqual(['supports', 'the ministry', 'Pamir Union', true]);
    const r = doc.layers.relations!.find((x) => x.type === 'supports')!;
    const c = doc.layers.claims!.find((x) => x.id === r.claim)!;
    expect([c.speaker.kind, c.sourcing, c.hedged]).toEqual(['author', 'unattributed', true]);
  });

  it.each([
    ['Karimov and Navruz Saidov met in Kulob.'],
    ['Kulob, Khatlon and Dushanbe were quiet.'],
    ['The envoy of Khatlon supports the Front.'],
  ])('finds no pattern relation in %j', (text) => {
    expect(rels(text).rs.filter(([t]) => t !== 'attacked')).toEqual([]);
  });
});
