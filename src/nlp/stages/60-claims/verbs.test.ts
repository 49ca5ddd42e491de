import { describe, expect, it } from 'vitest';
import { caseClaims as run, onlyClaim as only } from '../../../test-support/claims.js';

// Verbs that report words only with a clause, a colon or a quotation after them, and otherwise name deeds.
describe('60-claims: posting, repeating, e-mailing, requesting and challenging', () => {
  it.each([
    ['Okafor posted on Twitter that the pier was safe.', 'posted', 'the pier was safe'],
    ['Okafor posted on Facebook: “The pier is safe.”', 'posted', 'The pier is safe'],
    ['Okafor repeated that the pier was safe.', 'repeated', 'the pier was safe'],
    ['Okafor emailed reporters that the pier was safe.', 'emailed', 'the pier was safe'],
    ['Okafor requested that the council reopen the pier.', 'requested', 'the council reopen the pier'],
    ['Okafor challenged the results of the inspection.', 'challenged', 'the results of the inspection'],
  ])('report words: %s', (text, cue, content) => {
    const c = only(text);
    expect([c.cue, c.content]).toEqual([cue, content]);
  });

  it.each(['Okafor posted a video of the pier.', 'Okafor left the room, posting a video of the pier.', 'The council requested a recount.', 'Okafor is challenging Brandt for the council seat.', 'The Clinton Email Has Moved.'])(
    'and not a deed: %s',
    (text) => {
      expect(run(text).cs.filter((c) => c.spans.cue)).toEqual([]);
    },
  );
});

describe('60-claims: a participle between a possessive and its noun', () => {
  it.each([
    ['He earned no reprieve with his repeated attempts to change the subject.', []],
    ['They praised his recently announced plan.', ['praised']],
    ['They praised the recently announced plan.', ['praised']],
    ['Critics attacked his widely reported remarks.', []],
  ])('describes the noun and cues nothing, with or without an adverb: %s', (text, cues) => {
    expect(run(text).cs.map((c) => c.cue)).toEqual(cues);
  });

  it('still cues a verb after its subject and an adverb', () => {
    expect(run('Officials recently announced that the pier was closed.').cs.map((c) => c.content)).toEqual(['the pier was closed']);
  });
});

describe('60-claims: a message and the body that sends it', () => {
  it.each([
    ['Okafor and Brandt issued a statement describing their meeting as a positive step.', 'Okafor and Brandt', 'describing'],
    ['The council sent a letter urging residents to leave.', 'The council', 'urging'],
    ['The city urged residents to leave.', 'The city', 'urged'],
  ])('%s', (text, source, cue) => {
    const c = only(text);
    expect([c.source, c.cue]).toEqual([source, cue]);
  });

  it('gives a speech or an interview no voice of its own', () => {
    expect(run('Okafor gave a speech saying nothing.').cs.filter((c) => c.spans.cue)).toEqual([]);
  });
});

describe('60-claims: releasing or issuing a message with a colon', () => {
  it.each([
    ['The mayor released the following statement: “We offer our condolences to the family.”', 'released', 'We offer our condolences to the family'],
    ['The council issued a statement on Friday: “The pier will reopen.”', 'issued', 'The pier will reopen'],
    ['The mayor spoke later. She released the following statement:\n\n“We offer our condolences to the family.”', 'released', 'We offer our condolences to the family'],
  ])('%s', (text, cue, content) => {
    const c = run(text).cs.find((x) => x.cue === cue)!;
    expect(c.content).toBe(content);
  });

  it.each(['The rebels released the hostages on Friday.', 'The council issued new permits.'])('and not a deed: %s', (text) => {
    expect(run(text).cs.filter((c) => c.spans.cue)).toEqual([]);
  });
});

describe('60-claims: phrasal reports', () => {
  it.each([
    ['Okafor pushed back on the claim that the pier was unsafe.', 'pushed back on', 'deny'],
    ['Okafor took issue with the report.', 'took issue with', 'deny'],
    ['Supporters point to her record on the harbour.', 'point to', 'assert'],
  ])('%s', (text, cue, stance) => {
    const c = only(text);
    expect([c.cue, c.c.stance]).toEqual([cue, stance]);
  });

  it.each(['The army pushed back the rebels.', 'The guards fired back at the attackers.', 'The soldiers shot back.'])('and not gunfire or a push: %s', (text) => {
    expect(run(text).cs.filter((c) => c.spans.cue)).toEqual([]);
  });
});
