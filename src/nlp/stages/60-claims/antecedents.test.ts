// Who speaks through a relative pronoun ("X, who said"), a share ("some of whom said") or a pronoun ("It said").
import { describe, expect, it } from 'vitest';
import { caseClaims as run, onlyClaim as only, spanText as sl } from '../../../test-support/claims.js';

describe('60-claims: the antecedent of "who said" speaks', () => {
  it.each([
    // a clause before the comma is no subject: its last noun phrase is the antecedent
    ['It was a blow to Lena Okafor, who said that the ferry would still run.', 'Lena Okafor', 'named'],
    ['The vote was close for Brandt, who said that the count was fair.', 'Brandt', 'named'],
    // a noun that cannot speak leaves the phrase after its preposition to speak
    ['The ruling was a setback for Brandt, who said the count was fair.', 'Brandt', 'named'],
    // "native" read as an adjective still names a person
    ['The harbour master is a Norwick native who said the pier would reopen in May.', 'a Norwick native', 'anonymous'],
  ])('%j', (text, speaker, kind) => {
    const r = only(text);
    expect([r.c.speaker.text, r.c.speaker.kind, r.cue]).toEqual([speaker, kind, 'said']);
  });

  it('keeps the people of "members of the group, who said", and the body of "members of the council, which denied"', () => {
    expect(only('The statement was read by members of the Harbor Council, who said the vote was fair.').c.speaker.text).toBe('members of the Harbor Council');
    expect(only('The vote angered members of the Harbor Council, which denied any role.').c.speaker.text).toBe('the Harbor Council');
  });

  it('keeps a speaking head before its preposition, and a whole phrase that is what is said', () => {
    expect(only('The plan won praise from the head of the agency, who said it would pass.').c.speaker.text).toBe('the head of the agency');
    const r = only('The raid followed an earlier accusation against Brandt, which officials rejected.');
    expect([r.c.speaker.text, r.content]).toEqual(['officials', 'an earlier accusation against Brandt']);
  });
});

describe('60-claims: a share of a group speaks ("many of whom say")', () => {
  it.each([
    ['The guards, some of whom said they had not been paid for months, left their posts.', 'The guards, some of whom', 'they had not been paid for months'],
    ['He met the elders in Kulob, one of whom told him the road was closed.', 'the elders in Kulob, one of whom', 'the road was closed'],
  ])('%j', (text, source, content) => {
    const cs = run(text).cs.filter((c) => c.spans.cue);
    expect(cs.map((c) => [sl(run(text).doc, c.spans.source), c.content])).toEqual([[source, content]]);
  });
});

describe('60-claims: a present-tense cue right after a relative pronoun, which the tagger reads as a noun', () => {
  it.each([
    ['The council, which notes that the pier is unsafe, met on Monday.', 'notes', 'the pier is unsafe'],
    ['Okafor, who claims the pier was sold, left the meeting.', 'claims', 'the pier was sold'],
  ])('%j', (text, cue, content) => {
    const c = only(text);
    expect([c.cue, c.content]).toEqual([cue, content]);
  });

  it('leaves a noun after "which" alone when no clause follows', () => {
    expect(run('The ledger, which records the ferry crossings, was lost.').cs.filter((c) => c.spans.cue)).toEqual([]);
  });
});

describe('60-claims: a pronoun refers back to the subject, not to a name inside its appositive', () => {
  it.each([
    ['The Green Alliance, a rival of the Ferry Union, has grown. It said the pier was unsafe.', 'Green Alliance'],
    ['In Norwick, the Ferry Union met on Monday. It said the pier was unsafe.', 'the Ferry Union'],
    ['The deputy of the Ferry Union, Brandt, spoke. He said the pier was unsafe.', 'Brandt'],
    // a body speaks more often than the place named since
    ['On Monday the Harbor Council met in Norwick, and later it said the pier was unsafe.', 'the Harbor Council'],
  ])('%j', (text, antecedent) => {
    const { doc, cs } = run(text);
    const c = cs.find((x) => x.spans.cue)!;
    expect(doc.layers.mentions!.find((m) => m.id === c.speaker.mention)?.text).toBe(antecedent);
  });
});
