import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../core/vocab.js';
import { claimsIn, spanText } from '../../../test-support/claims.js';
import { ingForms } from './lexicon.js';

// Fictional names and outlets; every sentence is written for these tests.
const NAMES: [string, EntityType][] = [
  ['Lena Okafor', 'PERSON'], ['Okafor', 'PERSON'], ['Tomas Brandt', 'PERSON'], ['Brandt', 'PERSON'],
  ['the Harbor Council', 'ORG'], ['Green Alliance', 'ORG'], ['Norwick', 'GPE'], ['the Ferry Union', 'ORG'],
];

const run = (text: string) => claimsIn(text, NAMES, '2024-03-20');
const sl = spanText;
/** [source, cue, content, stance] of every claim, in order */
function rows(text: string): [string | null, string | null, string | null, string][] {
  const { doc, cs } = run(text);
  return cs.map((c) => [sl(doc, c.spans.source), sl(doc, c.spans.cue), sl(doc, c.spans.content), c.stance]);
}

describe('60-claims: negated reports', () => {
  it.each([
    ['Okafor has not said whether the ferry will run in winter.', 'Okafor', 'has not said', 'whether the ferry will run in winter'],
    ['The Harbor Council isn’t saying when the pier will reopen.', 'the Harbor Council', 'isn’t saying', 'when the pier will reopen'],
    ['Okafor isn’t saying much about the inspection.', 'Okafor', 'isn’t saying', 'much about the inspection'],
  ])('keeps a withheld answer with its speaker: %j', (text, source, cue, content) => {
    const r = rows(text);
    expect(r).toHaveLength(1);
    expect(r[0]!.slice(0, 3)).toEqual([source === 'the Harbor Council' ? 'The Harbor Council' : source, cue, content]);
  });

  // recorded as claims, these would turn the text around: a denial where none was made, an accusation withheld
  it.each([
    'Brandt never claimed that the crane was his.',
    'The district council itself has not blamed the Front.',
    'The police did not deny that shots were fired near the pier.',
    'Officials in Kulob have not confirmed the report.',
    'The statement from the ministry did not mention the rockets.',
  ])('gives no claim for a report that states nothing: %j', (text) => {
    expect(rows(text)).toEqual([]);
  });

  it('gives no claim for saying nothing, and keeps what a speaker said nothing about', () => {
    expect(rows('The district council itself has said nothing.')).toEqual([]);
    expect(rows('Okafor said nothing about the pier.').map((r) => r[2])).toEqual(['nothing about the pier']);
  });

  it('keeps a negation inside what is said', () => {
    expect(rows('Okafor said the council did not deny the report.').map((r) => r.slice(1, 3))).toEqual([['said', 'the council did not deny the report']]);
  });
});

describe('60-claims: quotations closed by the other kind of mark', () => {
  it.each([
    ['“The pier is unsafe for heavy trucks," Brandt said on Monday.', 'Brandt', 'The pier is unsafe for heavy trucks'],
    ['"The ferry will run twice a day from May,” said Lena Okafor.', 'Lena Okafor', 'The ferry will run twice a day from May'],
  ])('%j', (text, source, content) => {
    const r = rows(text);
    expect(r).toHaveLength(1);
    expect([r[0]![0], r[0]![2]]).toEqual([source, content]);
  });
});

describe('60-claims: a cue sharing the subject of an earlier verb', () => {
  it.each([
    ['Brandt, a ferry captain, praised the crew and said the storm had passed.', 'Brandt, a ferry captain', 'said', 'the storm had passed'],
    ['Okafor quietly backed the plan but has said she will vote against it.', 'Okafor', 'has said', 'she will vote against it'],
    ['In March, the Ferry Union thanked the mayor, saying the new timetable was fair.', 'the Ferry Union', 'saying', 'the new timetable was fair'],
    ['Meanwhile, the Green Alliance sued the port, arguing that the dredging harms the reef.', 'the Green Alliance', 'arguing', 'the dredging harms the reef'],
    ['Okafor opened the meeting by saying the budget was tight.', 'Okafor', 'saying', 'the budget was tight'],
  ])('%j', (text, source, cue, content) => {
    const r = rows(text).find((x) => x[1] === cue);
    expect(r?.slice(0, 3)).toEqual([source, cue, content]);
  });

  it('gives no speaker to a participle after a subject that cannot speak', () => {
    expect(rows('The storm flooded the pier, leaving boats stranded.')).toEqual([]);
  });
});

describe('60-claims: "-ing" forms of every cue verb', () => {
  it.each([
    [['slam', 'slams', 'slammed'], ['slamming']],
    [['argue', 'argues', 'argued'], ['arguing']],
    [['try', 'tries', 'tried'], ['trying']],
    [['see', 'sees', 'saw'], ['seeing']],
    [['say', 'says', 'said', 'saying'], []],
  ])('%j', (row, forms) => {
    expect(ingForms(row)).toEqual(forms);
  });

  it.each([
    ['The Green Alliance is demanding that the council publish the survey.', 'The Green Alliance', 'is demanding'],
    ['Brandt is slamming the budget as reckless.', 'Brandt', 'is slamming'],
  ])('reads a progressive cue in %j', (text, source, cue) => {
    const r = rows(text);
    expect(r.map((x) => x.slice(0, 2))).toEqual([[source, cue]]);
  });
});

describe('60-claims: a rejection and its reason', () => {
  it('gives the rejection its object and the participle its clause, both denials', () => {
    expect(rows('The ministry rejected those reports, saying no soldiers had crossed the border.')).toEqual([
      ['The ministry', 'rejected', 'those reports', 'deny'],
      ['The ministry', 'saying', 'no soldiers had crossed the border', 'deny'],
    ]);
  });
});

describe('60-claims: nested reports stay inside the content', () => {
  it('keeps "reports alleging that …" in the outer content', () => {
    const r = rows('Okafor noted reports alleging that the mayor had resigned in secret.');
    expect(r[0]!.slice(0, 3)).toEqual(['Okafor', 'noted', 'reports alleging that the mayor had resigned in secret']);
  });

  it('still ends a content where a coordinated report begins', () => {
    const r = rows('Okafor said the dock was safe, but Brandt said it was not.');
    expect(r.map((x) => x.slice(0, 3))).toEqual([
      ['Okafor', 'said', 'the dock was safe'],
      ['Brandt', 'said', 'it was not'],
    ]);
  });
});

describe('60-claims: "according to X" beside another report', () => {
  it('keeps X\'s claim (that Y said P) and Y\'s claim with X as its channel', () => {
    const { doc, cs } = run('According to the Valley Times, Okafor said the ferry would stop in May.');
    const byOutlet = cs.find((c) => c.cue === 'According to');
    const byOkafor = cs.find((c) => c.cue === 'said');
    expect(sl(doc, byOutlet?.spans.source ?? null)).toBe('the Valley Times');
    expect(byOutlet?.content).toBe('Okafor said the ferry would stop in May');
    expect(byOkafor?.content).toBe('the ferry would stop in May');
    expect(byOkafor?.chain.map((l) => [l.text, l.role])).toContainEqual(['the Valley Times', 'via']);
  });

  it('keeps an "according to X" inside the reported clause as a link only', () => {
    const { cs } = run('Okafor told the council that, according to the Valley Times, the pier had closed.');
    expect(cs.map((c) => c.cue)).toEqual(['told']);
    expect(cs[0]!.chain.map((l) => [l.text, l.role])).toContainEqual(['the Valley Times', 'via']);
  });
});

describe('60-claims: an inverted source followed by an adjunct', () => {
  it.each([
    ['“The cause is not known yet,” said Tomas Brandt, on his first day as harbor master.', 'Tomas Brandt'],
    ['“Repairs start in June,” said Lena Okafor, of the Harbor Council.', 'Lena Okafor, of the Harbor Council'],
  ])('%j', (text, source) => {
    const r = rows(text);
    expect(r).toHaveLength(1);
    expect(r[0]![0]).toBe(source);
  });
});

describe('60-claims: labels and signatures around other reports', () => {
  it('keeps a transcript answer as the speaker\'s even when a report sits inside it', () => {
    const { cs } = run('OKAFOR: Well, Brandt has been saying the pier is safe. It is not.\n\nBRANDT: It is.');
    const answer = cs.find((c) => c.speaker.text === 'OKAFOR');
    expect(answer?.content).toBe('Well, Brandt has been saying the pier is safe. It is not');
    expect(cs.some((c) => c.cue === 'saying' && c.content === 'the pier is safe')).toBe(true);
  });

  it.each([
    ['“The ferry is late every single day.” ―\u00a0Lena Okafor', 'Lena Okafor'],
    ['“The ferry is late every single day.”\n― Tomas Brandt', 'Tomas Brandt'],
  ])('signs %j past a no-break space or a line break', (text, source) => {
    const r = rows(text);
    expect(r).toEqual([[source, '―', 'The ferry is late every single day', 'assert']]);
  });

  it('signs a whole comment line that nests a quotation of its own', () => {
    const r = rows('“The pier is “a ruin” by now. Then the lights went out for good.” ― Lena Okafor');
    expect(r.find((x) => x[1] === '―')?.slice(0, 3)).toEqual(['Lena Okafor', '―', 'The pier is “a ruin” by now. Then the lights went out for good']);
  });
});

describe('60-claims: quotations running over paragraphs', () => {
  const text = '“The pier is old and nobody has fixed it in years,” Okafor said. “The crane broke in May.\n\n“Nobody has come to repair it since then.”\n\nThe council meets on Friday.';
  it('continues a quotation left open at its paragraph\'s end and reopened in the next', () => {
    const { cs } = run(text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.content).toMatch(/Nobody has come to repair it since then\.?$/);
  });

  it('starts a new voice after a quotation closed at its paragraph\'s end', () => {
    const { cs } = run(text.replace('in May.\n', 'in May.”\n'));
    expect(cs[0]!.content).toMatch(/The crane broke in May\.?$/);
  });

  it('runs a transcript answer over paragraphs that reopen with a mark, up to the next label', () => {
    const { cs } = run('"OKAFOR: The pier is old.\n\n"The crane is broken too.\n\n"BRANDT: Both will be fixed.');
    expect(cs.map((c) => [c.speaker.text, c.content])).toEqual([
      ['OKAFOR', 'The pier is old.\n\n"The crane is broken too'],
      ['BRANDT', 'Both will be fixed'],
    ]);
  });
});

describe('60-claims: source spans', () => {
  it('runs the source span of a relative clause\'s cue to the pronoun, the speaker staying the antecedent', () => {
    const { doc, cs } = run('The plan was drafted by Lena Okafor, who said the pier would reopen in May.');
    const c = cs.find((x) => x.cue === 'said')!;
    expect(sl(doc, c.spans.source)).toBe('Lena Okafor, who');
    expect(c.speaker.text).toBe('Lena Okafor');
  });

  it.each([
    ['Meanwhile Brandt said the crane was fixed.', 'Brandt'],
    ['Last week Okafor said the crane was fixed.', 'Okafor'],
  ])('keeps an opening adverb or time out of the source in %j', (text, source) => {
    expect(rows(text).map((x) => x[0])).toEqual([source]);
  });

  it('takes a short parenthetical after the name into the source span, not the speaker', () => {
    const { doc, cs } = run('Senator Tomas Brandt (L-Nor.) said the pier would close.');
    expect(sl(doc, cs[0]!.spans.source)).toBe('Senator Tomas Brandt (L-Nor.)');
    expect(cs[0]!.speaker.text).toBe('Senator Tomas Brandt');
  });

  it('keeps "this week" out of the speaker', () => {
    const r = rows('Brandt this week also said the crane was fixed.');
    expect(r.map((x) => x.slice(0, 2))).toEqual([['Brandt', 'also said']]);
  });
});

describe('60-claims: a quotation continued after a trailing participle', () => {
  it('extends the quoted claim, not the participle', () => {
    const { cs } = run('“The pier is old. It leaks,” said Okafor, speaking of the harbor. “It will not last the winter.”');
    const said = cs.find((c) => c.cue === 'said')!;
    expect(said.content).toMatch(/^The pier is old\. It leaks.*It will not last the winter\.?$/s);
  });

  it('does not extend it over another speaker\'s claim in between', () => {
    const { cs } = run('“The pier is old,” said Okafor. Brandt said it was sound. “It will not last the winter.”');
    expect(cs.find((c) => c.cue === 'said' && c.speaker.text === 'Okafor')!.content).toBe('The pier is old');
  });
});

describe('60-claims: a day after an inverted cue', () => {
  it('takes no day as the speaker of "…,” X said Tuesday."', () => {
    const r = rows('“The crane is fixed,” the harbor master of Norwick, Lena Okafor, said Tuesday.');
    expect(r.every((x) => x[0] !== 'Tuesday')).toBe(true);
  });
});

describe('60-claims: quoted pieces around a source with an adjunct', () => {
  it('joins "“P1,” X said during Y, “but P2”" into one content', () => {
    const { cs } = run('“The pier will hold,” Okafor said during a visit to Norwick, “but the crane will not.”');
    const said = cs.find((c) => c.cue === 'said')!;
    expect(said.content.startsWith('The pier will hold')).toBe(true);
    expect(said.content).toMatch(/but the crane will not\.?$/);
  });

  it('continues a quotation that holds a first-person report', () => {
    const { cs } = run('“The pier is old,” Okafor said on Monday. “I say we rebuild it before the winter comes.”');
    const said = cs.find((c) => c.cue === 'said' && c.speaker.text === 'Okafor')!;
    expect(said.content).toMatch(/I say we rebuild it before the winter comes\.?$/);
  });
});

describe('60-claims: the programme or platform a speaker spoke on', () => {
  it.each([
    ['Okafor said on Channel Four’s “Harbor Watch” that the pier would close.', 'Channel Four’s “Harbor Watch”'],
    ['Brandt said on Valley News the crane was fixed.', 'Valley News'],
    ['Okafor said on NBTV that the ferry would run.', 'NBTV'],
  ])('%j', (text, outlet) => {
    const { cs } = run(text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.content).toMatch(/^(?:the pier would close|the crane was fixed|the ferry would run)$/);
    expect(cs[0]!.chain.map((l) => [l.text, l.role])).toContainEqual([outlet, 'outlet']);
  });
});

describe('60-claims: an elided subject skips nested reports', () => {
  it('gives "… stressed her support of Y and said P" to the subject, not to "her"', () => {
    const { doc, cs } = run('Lena Okafor stressed her support of the new pier and said the ferry would run all winter.');
    const said = cs.find((c) => c.cue === 'said')!;
    expect([said.speaker.text, sl(doc, said.spans.source)]).toEqual(['Lena Okafor', 'Lena Okafor']);
  });
});

describe('60-claims: what negation and channels do not make', () => {
  it.each([
    ['They do not show any hostility toward the crews.'],
    ['Okafor would not recognize the new council.'],
    ['The reports are not easily dismissed as rumours.'],
  ])('finds no claim in %j', (text) => {
    expect(rows(text)).toEqual([]);
  });

  it('gives no participle the speaker of an "according to" channel', () => {
    const r = rows('According to the Valley Times, the crews are idle for now, knowing that the crane is broken.');
    expect(r.map((x) => x[1])).toEqual(['According to']);
    expect(r[0]![2]).toBe('the crews are idle for now, knowing that the crane is broken');
  });
});

describe('60-claims: an emphatic pronoun after the subject', () => {
  it.each([
    ['The district council itself said the pier was safe.', 'The district council', 'said'],
    ['Brandt himself told reporters the crane was his.', 'Brandt', 'told'],
  ])('%j', (text, source, cue) => {
    expect(rows(text).map((r) => r.slice(0, 2))).toEqual([[source, cue]]);
  });
});

describe('60-claims: an object judged "as false"', () => {
  it.each([
    ['The Front rejected that as false and said its men still held the valley.', 'rejected', 'that'],
    ['The ministry dismissed as baseless reports that the mayor had been arrested.', 'dismissed', 'reports that the mayor had been arrested'],
    ['Brandt dismissed the report as baseless.', 'dismissed', 'the report as baseless'],
    ['Okafor said as much in an interview on Friday.', 'said', 'as much'],
  ])('%j', (text, cue, content) => {
    const r = rows(text).find((x) => x[1] === cue);
    expect(r?.[2] ?? null).toBe(content);
  });
});

describe('60-claims: a passive with an irregular participle', () => {
  it.each(['The camps were found to have sheltered the fighters.', 'Brandt was told that the pier was closed.'])('gives its subject no claim: %j', (text) => {
    expect(rows(text)).toEqual([]);
  });
});

describe('60-claims: a content that is a bare preposition', () => {
  it('gives no claim once the time after it is trimmed', () => {
    expect(rows('The ministry responded within an hour.')).toEqual([]);
  });
});

