import { describe, expect, it } from 'vitest';
import { combineProfiles, sentenceSpans, sourcingProfile, type ProfileClaim, type ProfileInput } from './sourcing-profile.js';

// Fictional sentences written for this test.
const claim = (text: string, phrase: string, over: Partial<ProfileClaim> = {}): ProfileClaim => {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`phrase not in text: ${phrase}`);
  return { id: `c${start}`, speakerKind: 'author', stance: 'assert', hedged: false, sourcing: 'unattributed', evidence: { start, end: start + phrase.length }, ...over };
};
const mention = (text: string, name: string, type = 'ORG') => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, type });
const profileOf = (text: string, claims: ProfileClaim[], names: [string, string?][] = []): ReturnType<typeof sourcingProfile> =>
  sourcingProfile({ text, claims, mentions: names.map(([n, t]) => mention(text, n, t)) } satisfies ProfileInput);

describe('sourcing profile', () => {
  it('counts named, anonymous, unattributed and hedged claims with their shares', () => {
    const text = 'The mayor said the bridge had reopened. Officials who asked not to be named said repairs cost more. Studies suggest the river is rising.';
    const p = profileOf(text, [
      claim(text, 'The mayor said the bridge had reopened', { speakerKind: 'named', sourcing: 'named' }),
      claim(text, 'Officials who asked not to be named said repairs cost more', { speakerKind: 'anonymous', sourcing: 'anonymous' }),
      claim(text, 'Studies suggest the river is rising', { hedged: true }),
    ]);
    expect(p).toMatchObject({ claims: 3, named: 1, anonymous: 1, unattributed: 1, hedged: 1 });
    expect(p.shares).toEqual({ named: 0.33, anonymous: 0.33, unattributed: 0.33, hedged: 0.33 });
    expect(p.framing).toEqual([]);
    expect(p.unattributed_accusations).toEqual([]);
    expect(p.signals).toEqual([]);
  });

  it('reports an empty document without dividing by zero', () => {
    const p = profileOf('', []);
    expect(p.shares.unattributed).toBe(0);
    expect(p.signals).toEqual([]);
  });

  it.each([
    ['puppet-metaphor', 'The unrest was the work of foreign puppeteers in Varnholm.', 'puppeteers'],
    ['mouthpiece', 'The Gazette is nothing but a mouthpiece of the council.', 'mouthpiece'],
    ['propaganda-label', 'Residents were fed Northern propaganda for years.', 'propaganda'],
    ['so-called', 'The so-called relief convoy never arrived.', 'so-called'],
    ['hidden-hand', 'A hidden hand has guided every move of the movement.', 'hidden hand'],
    ['orchestration', 'The protests were orchestrated by outsiders.', 'orchestrated'],
    ['plot', 'Leaked maps show a secret plan for the valley.', 'secret plan'],
    ['loaded-label', 'Crowds gathered outside as the Dorval regime tightened its grip.', 'Dorval regime'],
    ['scare-quotes', 'The ministry praised the “reforms” of the past year.', '“reforms”'],
  ])('flags %s framing with its span', (category, text, hit) => {
    const p = profileOf(text, []);
    expect(p.framing).toEqual([expect.objectContaining({ category, text: hit, start: text.indexOf(hit) })]);
    expect(p.framing[0]!.why.length).toBeGreaterThan(10);
    expect(p.signals.join(' ')).toMatch(/not a verdict/);
  });

  it('does not flag framing that a named source says, nor a quotation that only gives a name', () => {
    const text = 'Minister Arlo Venn said the opposition was a puppet of foreign powers. The boat, known as “Blue Heron”, sank.';
    const p = profileOf(text, [claim(text, 'Minister Arlo Venn said the opposition was a puppet of foreign powers', { speakerKind: 'named', sourcing: 'named' })]);
    expect(p.framing).toEqual([]);
  });

  it("keeps a speaker's quoted words inside a claim out of the scare quotes", () => {
    const text = 'Rebels said they had sent “hundreds” of fighters to the pass.';
    expect(profileOf(text, [claim(text, text.slice(0, -1), { sourcing: 'named', speakerKind: 'named' })]).framing).toEqual([]);
  });

  it('does not take an apostrophe for a closing quotation mark', () => {
    expect(profileOf('“The Northern Army’s new recruits” marched on.', []).framing).toEqual([]);
  });

  it.each([
    'Armed militants from the Ruvan Front attacked a checkpoint near Kalvar.',
    'Velar-backed troops fought militants of the Ruvan Front for a week.',
    'Border guards from Velar arrested militants of the Ruvan Front.',
  ])('finds no accusation in a plain report: %s', (text) => {
    expect(profileOf(text, [], [['Ruvan Front', 'GROUP'], ['Velar', 'GPE']]).unattributed_accusations).toEqual([]);
  });

  it('does not call support against militants an accusation', () => {
    const text = 'The Corven government, which Velar supports as a shield against militants, held elections.';
    expect(profileOf(text, [], [['Velar', 'GPE']]).unattributed_accusations).toEqual([]);
  });

  it('counts an allegation by the author with no source as an unattributed accusation', () => {
    const text = 'The Harbour Guild allegedly bribed the port inspectors.';
    const p = profileOf(text, [claim(text, 'The Harbour Guild allegedly bribed the port inspectors', { stance: 'allege' })]);
    expect(p.unattributed_accusations).toEqual([expect.objectContaining({ claim: 'c0', why: expect.stringMatching(/allegation/), credibility: 6, credibility_reason: expect.stringMatching(/accusation with no source/) })]);
    expect(p.signals).toContain("1 accusation in the author's voice with no source");
  });

  it('finds accusing words in the author’s voice when the sentence names an actor, and only then', () => {
    const text = 'Over the years the Ruvan Front has had quiet backing from Kestrian intelligence. Someone secretly used the funds. The weather was mild.';
    const p = profileOf(text, [], [['Ruvan Front', 'GROUP'], ['Kestrian', 'NORP']]);
    expect(p.unattributed_accusations).toHaveLength(1);
    expect(p.unattributed_accusations[0]).toMatchObject({ claim: null, start: 0, text: expect.stringContaining('Kestrian intelligence') });
  });

  it('leaves accusations a named or anonymous source makes to that source', () => {
    const text = 'Police said the Ruvan Front recruits militants in the hills.';
    const p = profileOf(text, [claim(text, text.slice(0, -1), { sourcing: 'named', speakerKind: 'named' })], [['Ruvan Front', 'GROUP']]);
    expect(p.unattributed_accusations).toEqual([]);
  });

  it("keeps the author's unattributed claim as an accusation even when the sentence also credits someone", () => {
    const text = 'Analysts say the Ruvan Front recruits militants in the hills.';
    const own = claim(text, 'the Ruvan Front recruits militants in the hills');
    const credited = claim(text, 'Analysts say the Ruvan Front recruits militants in the hills', { sourcing: 'anonymous', speakerKind: 'anonymous', id: 'c0' });
    expect(profileOf(text, [own, credited], [['Ruvan Front', 'GROUP']]).unattributed_accusations.map((a) => a.claim)).toEqual([own.id]);
  });

  it('links an accusation to the unattributed claim in its sentence', () => {
    const text = 'Reports indicate that the Ruvan Front recruits militants in the hills.';
    const c = claim(text, 'the Ruvan Front recruits militants in the hills', { hedged: true });
    const p = profileOf(text, [c], [['Ruvan Front', 'GROUP']]);
    expect(p.unattributed_accusations).toEqual([expect.objectContaining({ claim: c.id, why: expect.stringContaining('recruits militants') })]);
    expect(p.signals).toEqual(expect.arrayContaining(['1 of 1 claims (100%) give no source', '1 of 1 claims (100%) are hedged']));
  });

  it('splits sentences at end punctuation before a capital and at line breaks', () => {
    const text = 'First one. Second “one.” Third\nFourth';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['First one.', 'Second “one.”', 'Third', 'Fourth']);
  });

  it('combines profiles per outlet', () => {
    const t1 = 'The so-called council met.';
    const t2 = 'Sources say the dam leaked.';
    const sum = combineProfiles([profileOf(t1, [claim(t1, 'The so-called council met')]), profileOf(t2, [claim(t2, 'Sources say the dam leaked', { sourcing: 'anonymous', speakerKind: 'anonymous' })])]);
    expect(sum).toMatchObject({ documents: 2, claims: 2, unattributed: 1, anonymous: 1, framing: { 'so-called': 1 } });
    expect(sum.shares.unattributed).toBe(0.5);
  });
});
