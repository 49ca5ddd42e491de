import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../core/vocab.js';
import { claimsIn, spanText } from '../../../test-support/claims.js';

const NAMES: [string, EntityType][] = [
  ['Dilshod Rahimov', 'PERSON'], ['Rahimov', 'PERSON'], ['Pamir Post', 'ORG'], ['Kulob', 'GPE'], ['Takhar', 'GPE'],
  ['Kabul', 'GPE'], ['Afghan', 'NORP'], ['the Front', 'GROUP'], ['Navruz Saidov', 'PERSON'], ['Khujand', 'GPE'],
];

const run = (text: string) => claimsIn(text, NAMES, '2023-06-14');
const sl = spanText;
function only(text: string) {
  const { doc, cs } = run(text);
  expect(cs).toHaveLength(1);
  const c = cs[0]!;
  return { c, source: sl(doc, c.spans.source), cue: sl(doc, c.spans.cue), content: c.content };
}

describe('60-claims: content after adjuncts and addressees', () => {
  it.each([
    ['The regional governor, Dilshod Rahimov, said on Friday that checkpoints had been added along the road.', 'checkpoints had been added along the road', '2023-06-09'],
    ['Rahimov told journalists in Khujand on Thursday that the convoy had turned back.', 'the convoy had turned back', '2023-06-08'],
    ['Rahimov said last week that the talks were over.', 'the talks were over', null],
  ])('%j', (text, content, saidOn) => {
    const r = only(text);
    expect([r.content, r.c.saidOn]).toEqual([content, saidOn]);
  });

  it('skips a listener and an inner "according to", keeping it as a via link', () => {
    const r = only('Rahimov told a closed meeting of the council that, according to border intelligence, about 900 fighters were waiting across the river.');
    expect(r.content).toBe('about 900 fighters were waiting across the river');
    expect(r.c.chain).toEqual([expect.objectContaining({ text: 'border intelligence', role: 'via' })]);
  });

  it('ends a content at a semicolon and drops a trailing time adjunct from a bare noun phrase', () => {
    expect(run('Officials said two posts were shelled; the Front claimed none.').cs[0]!.content).toBe('two posts were shelled');
    expect(only('The ministry rejected the report within hours.').content).toBe('the report');
  });
});

describe('60-claims: sources', () => {
  it('reads "according to" a source with a relative clause as anonymous', () => {
    const r = only('According to a district official who requested anonymity, roughly 200 troops reached the valley yesterday.');
    expect([r.c.speaker.kind, r.c.sourcing, r.cue, r.content]).toEqual(['anonymous', 'anonymous', 'According to', 'roughly 200 troops reached the valley yesterday']);
    expect(r.c.speaker.text).toMatch(/^a district official/);
    expect(r.c.quantities).toEqual([expect.objectContaining({ value: 200, unit: 'troop' })]);
  });

  it.each([
    ['"These figures are guesses, not counts," said Dilshod Rahimov, an analyst who is based in Khujand.'],
    ['“These figures are guesses, not counts,” said Dilshod Rahimov, an analyst who is based in Khujand.'],
  ])('takes the name after an inverted "said" past a relative clause: %j', (text) => {
    const r = only(text);
    expect([r.c.speaker.kind, r.c.speaker.text, r.c.quote, r.content]).toEqual(['named', 'Dilshod Rahimov', true, 'These figures are guesses, not counts']);
  });

  it('keeps "and" inside a source noun phrase and records the outlet without the time', () => {
    const r = only('Border sources in Kulob and northern Takhar told Pamir Post this week that new trucks had arrived.');
    expect([r.c.speaker.kind, r.c.speaker.text]).toEqual(['anonymous', 'Border sources in Kulob and northern Takhar']);
    expect(r.c.chain.map((l) => [l.text, l.role])).toEqual([['Pamir Post', 'outlet']]);
  });

  it('reads "X, which Y denied" as Y denying X', () => {
    const r = only('The raid followed an earlier accusation against Kabul, which Afghan officials also rejected.');
    expect([r.c.speaker.text, r.c.stance, r.content]).toEqual(['Afghan officials', 'deny', 'an earlier accusation against Kabul']);
  });

  it('joins a sentence split after an abbreviation in parentheses', () => {
    const r = only('Rep. Jane Roe (D-Wis.) said the vote was close.');
    expect([r.source, r.c.speaker.text]).toEqual(['Rep. Jane Roe (D-Wis.)', 'Rep. Jane Roe']); // the party label is in the source span, not the name
  });
});

describe('60-claims: not attributions', () => {
  it.each([
    ['She earlier reported from Kabul and Herat.'],
    ['The captain reported to the district commander.'],
    ['The agency added the three men accused of the bombing to its list.'],
  ])('%j', (text) => {
    expect(run(text).cs).toEqual([]);
  });
});

describe('60-claims: quantities in contents', () => {
  it.each([
    ['The Front claimed at least 15 dead.', 15, 'dead'],
    ['A clinic said it treated more than 30 injured.', 30, 'wounded'],
    ['Rahimov said the membership of the Front had grown to about 3,000.', 3000, 'member'],
    ['The Front has about 2,000 fighters in the north. Officials said up to 800 of them are foreign.', 800, 'fighter'],
  ])('%j', (text, n, unit) => {
    const { cs } = run(text);
    const q = cs[cs.length - 1]!.quantities[0]!;
    expect([q.value ?? q.min ?? q.max, q.unit]).toEqual([n, unit]);
  });
});

describe('60-claims: more cue shapes', () => {
  it.each([
    ['Rahimov was quoted as saying the post had fallen.', 'Rahimov', 'was quoted as saying', 'the post had fallen'],
    ['The allegation by the Front that troops had crossed was denied.', 'the Front', 'allegation', 'troops had crossed'],
    ['Rahimov conceded that the road was unsafe.', 'Rahimov', 'conceded', 'the road was unsafe'],
    ['“Talks go on,” a guard at the Pamir Post, which reports to the Front (PF), told reporters.', 'a guard at the Pamir Post, which reports to the Front (PF)', 'told', 'Talks go on'],
    ['Rahimov has also said that the post held.', 'Rahimov', 'has also said', 'the post held'],
    ['Rahimov said in a statement that the post held.', 'Rahimov', 'said in a statement', 'the post held'],
    ['Rahimov believes the valley will flood.', 'Rahimov', 'believes', 'the valley will flood'],
    ['Navruz Saidov left the talks on Monday, saying the offer was an insult.', 'Navruz Saidov', 'saying', 'the offer was an insult'],
    ['Turnout fell by a third, according to the commission tally of polling stations.', 'the commission tally of polling stations', 'according to', 'Turnout fell by a third'],
    ['“The road is shut,” said one of two drivers who crossed at dawn.', 'one of two drivers who crossed at dawn', 'said', 'The road is shut'],
    ['“The road is shut,” said one unnamed Kulob official.', 'one unnamed Kulob official', 'said', 'The road is shut'],
    ['“The road is shut,” Rahimov said at a briefing in Kulob.', 'Rahimov', 'said', 'The road is shut'],
    ['Rahimov denounced the raid as a provocation.', 'Rahimov', 'denounced', 'the raid as a provocation'],
    ["''The post held,'' said Rahimov.", 'Rahimov', 'said', 'The post held'],
  ])('%j', (text, source, cue, content) => {
    const r = only(text);
    expect([r.source, r.cue, r.content]).toEqual([source, cue, content]);
  });

  it('attributes quotations signed with a dash, and transcript labels', () => {
    const { cs } = run('Readers replied. “The valley is quiet tonight.” ― Navruz Saidov “Nobody trusts the figures.” ― Dilshod Rahimov');
    expect(cs.map((c) => [c.speaker.text, c.content, c.quote])).toEqual([
      ['Navruz Saidov', 'The valley is quiet tonight', true],
      ['Dilshod Rahimov', 'Nobody trusts the figures', true],
    ]);
    const label = only('KARIMOV: We will stay in the valley.');
    expect([label.source, label.cue, label.content]).toEqual(['KARIMOV', ':', 'We will stay in the valley']);
  });

  it('gives a first-person report inside a quotation to the quoted speaker, and the writer\'s own to the author', () => {
    const { cs } = run('“We are staying. I told them that the post would hold,” Rahimov said.');
    const inner = cs.find((c) => c.cue === 'told');
    expect(inner).toMatchObject({ content: 'the post would hold', speaker: { text: 'Rahimov', kind: 'named' } });
    expect(run('I said the post would hold.').cs).toMatchObject([{ speaker: { kind: 'author' }, sourcing: 'unattributed', content: 'the post would hold' }]);
  });

  it('gives a first-person report inside a labelled answer to the label\'s speaker', () => {
    const { cs } = run('RAHIMOV: I think the post will hold.');
    expect(cs.find((c) => c.cue === 'think')).toMatchObject({ speaker: { text: 'RAHIMOV', kind: 'named' } });
  });
});

describe('60-claims: a colon that introduces the next paragraph', () => {
  it.each([
    ['The mayor spoke last. She said:\n\n“The piers are falling apart. You can see it from the quay.”', 'She', 'The piers are falling apart. You can see it from the quay'],
    ['Rahimov posted again. He wrote on his blog:\n\nThe ferry will run all winter whatever the council decides.', 'He', 'The ferry will run all winter whatever the council decides'],
    ['Rahimov told reporters at the quay: “The pier is safe.”', 'Rahimov', 'The pier is safe'],
  ])('%j', (text, source, content) => {
    const { doc, cs } = run(text);
    expect(cs.map((c) => [sl(doc, c.spans.source), c.content])).toEqual([[source, content]]);
  });

  it('leaves a heading ending in a colon alone', () => {
    expect(run('Related:\nThe piers are falling apart and nobody cares.').cs.filter((c) => c.spans.cue)).toEqual([]);
  });
});

describe("60-claims: a report with a that-clause inside a source's relative clause", () => {
  it('is a claim of its own, ending where the source does', () => {
    const r = run('“The base is broad,” said Rahimov, who stressed that her plan would simplify the forms.');
    expect(r.cs.map((c) => [c.cue, c.content])).toEqual([
      ['said', 'The base is broad'],
      ['stressed', 'her plan would simplify the forms'],
    ]);
  });

  it('keeps a relative clause without one a description', () => {
    expect(run('A farmer who saw the fire said three boats burned.').cs.map((c) => c.cue)).toEqual(['said']);
  });
});

describe('60-claims: manner adverbs after a cue', () => {
  it.each(['Rahimov answered online.', 'Rahimov replied quickly.', 'Rahimov explained further.', 'Rahimov complained bitterly.'])('make no content: %s', (text) => {
    expect(run(text).cs.filter((c) => c.spans.cue)).toEqual([]);
  });

  it.each([
    ['Asked about the pier, Rahimov replied curtly that it was closed.', 'it was closed'],
    ['Rahimov said again that the pier was closed.', 'the pier was closed'],
    ['Rahimov did not say when.', 'when'],
  ])('stand before the content, or are it: %s', (text, content) => {
    expect(run(text).cs.map((c) => c.content)).toEqual([content]);
  });
});

describe('60-claims: a quotation opening in lower case before an inverted source', () => {
  it.each([
    ['However costly the pier, closing it “is a misguided approach,” said Rahimov.', 'closing it “is a misguided approach,”'],
    ['The new levy “is a misguided approach,” Rahimov said.', 'The new levy “is a misguided approach,”'],
    ['The ferry was a “good thing” that brought “frankly good trade,” Rahimov said.', 'The ferry was a “good thing” that brought “frankly good trade,”'],
    ['“The levy is a misguided approach,” Rahimov said.', 'The levy is a misguided approach'],
  ])('takes the clause it finishes: %s', (text, content) => {
    expect(run(text).cs.map((c) => c.content)).toEqual([content]);
  });

  it('is continued by the next quotation', () => {
    const r = run('Rahimov is a “careful planner,” Saidov said. “Nobody in Kulob plans better.”');
    expect(r.cs.map((c) => c.content)).toEqual(['Rahimov is a “careful planner,” Saidov said. “Nobody in Kulob plans better.']);
  });
});

describe('60-claims: a sentence opening with the cue', () => {
  it.each(['Said Rahimov: “The pier is unsafe.”', 'Said Rahimov, “The pier is unsafe.”'])('%s', (text) => {
    const { doc, cs } = run(text);
    expect(cs.map((c) => [sl(doc, c.spans.source), c.cue, c.content])).toEqual([['Rahimov', 'Said', 'The pier is unsafe']]);
  });
});

describe('60-claims: a report set inside a relative clause', () => {
  it.each([
    ['The council passed rules that some say target fishermen.', 'some', 'target fishermen'],
    ['He is a trader who officials say is tied to the Front.', 'officials', 'is tied to the Front'],
    ['The rules, which critics say are unfair, passed.', 'critics', 'are unfair'],
  ])('%s', (text, source, content) => {
    const { doc, cs } = run(text);
    expect(cs.map((c) => [sl(doc, c.spans.source), c.content])).toEqual([[source, content]]);
  });
});

describe('60-claims: inverted sources with a party and state, and heads the tagger misreads', () => {
  it.each([
    ['“I get that,” said Ann Poe, R-S.C.', 'Ann Poe, R-S.C.'],
    ['“I get that,” said Sen. Ann Poe, R-S.C. “But it is wrong.”', 'Sen. Ann Poe, R-S.C.'],
    ['Harbor union chief says the ferry can run.', 'Harbor union chief'],
  ])('%s', (text, source) => {
    const { doc, cs } = run(text);
    expect(cs.map((c) => sl(doc, c.spans.source))).toEqual([source]);
  });
});

describe('60-claims: participles after a subordinator or a misread main verb', () => {
  it('gives "…,” X replied, before adding that P" two claims, the quotation and P', () => {
    const r = run('“Thank you,” Rahimov replied, before adding that the pier would reopen.');
    expect(r.cs.map((c) => [c.cue, c.content])).toEqual([
      ['replied', 'Thank you'],
      ['adding', 'the pier would reopen'],
    ]);
  });

  it.each([
    ['“I will win,” he added, while also saying that the ferry would run.', 'the ferry would run'],
    ['Rahimov belittled the issue, saying it was a paperwork error.', 'it was a paperwork error'],
  ])('%s', (text, content) => {
    expect(run(text).cs.map((c) => c.content)).toContain(content);
  });

  it('reads no report into "by" and an adverb before a participle', () => {
    expect(run('In this case, it appears that Rahimov had brought on the inquiry by publicly denying that the pier was unsafe.').cs.map((c) => c.cue)).not.toContain('publicly denying');
  });
});

describe('60-claims: a report inside a clause that opens another content', () => {
  it('keeps the outer content whole', () => {
    const r = run('Rahimov said that while polling of members showed Saidov lagging, the union would stay neutral.');
    expect(r.cs.find((c) => c.cue === 'said')!.content).toMatch(/^while polling of members showed Saidov lagging, the union would stay neutral/);
  });
});

describe('60-claims: a quotation ending the sentence before a source that opens the next', () => {
  it('is the content, not the adjunct after the cue', () => {
    const r = run('“Her answer was, ‘What can we do to help?’” Rahimov told reporters during the call.');
    expect(r.cs.map((c) => c.content)).toEqual(['Her answer was, ‘What can we do to help?’']);
  });

  it('leaves a phrase after the cue alone when no quotation precedes', () => {
    expect(run('The vote was close. Rahimov told reporters about the vote.').cs.map((c) => c.content)).toEqual(['about the vote']);
  });
});

describe('60-claims: parentheticals inside an appositive', () => {
  it('keep the appositive whole', () => {
    const { doc, cs } = run('A harbour poll, conducted jointly with Norwick Research (D) and Valley Research (R), shows Rahimov with 47 percent.');
    expect(cs.map((c) => sl(doc, c.spans.source))).toEqual(['A harbour poll, conducted jointly with Norwick Research (D) and Valley Research (R)']);
  });
});

describe('60-claims: contents that run past a comma or a quoted fragment', () => {
  it.each([
    ['Rahimov said that Saidov, who is running for the council, “is a friend of the port.”', 'Saidov, who is running for the council, “is a friend of the port.”'],
    ['Rahimov said “thousands” of permits had never been checked.', '“thousands” of permits had never been checked'],
    ['Rahimov praised the plan, which passed.', 'the plan'],
    ['Rahimov said that was not his view.', 'that was not his view'],
    ['Rahimov said that has happened before.', 'that has happened before'],
    ['Rahimov said that, on the whole, the post held.', 'on the whole, the post held'],
  ])('%s', (text, content) => {
    expect(run(text).cs.map((c) => c.content)).toEqual([content]);
  });
});

describe('60-claims: the sentence subject a participle shares', () => {
  it.each([
    ['Rahimov spoke to the workers, promising to lift the fees.', 'Rahimov', 'to lift the fees'],
    ['On Thursday, however, Rahimov spoke to the workers, saying the fees would fall.', 'Rahimov', 'the fees would fall'],
    ['The Valley Herald and the Norwick Times filed a motion, arguing the records should be opened.', 'The Valley Herald and the Norwick Times', 'the records should be opened'],
  ])('%s', (text, source, content) => {
    const { doc, cs } = run(text);
    expect(cs.map((c) => [sl(doc, c.spans.source), c.content])).toEqual([[source, content]]);
  });

  it('gives a second verb the sentence subject, not the channel of an "according to" between them', () => {
    const { doc, cs } = run('The fishermen watched the videos on Thursday, according to their lawyers, and said they had more questions.');
    expect(cs.map((c) => [sl(doc, c.spans.source), c.cue])).toEqual([['their lawyers', 'according to'], ['The fishermen', 'said']]);
  });

  it('finds the subject a second verb shares past a date after it', () => {
    const { doc, cs } = run('The harbour council on Friday met the mayor and pledged to close the pier.');
    expect(cs.map((c) => [sl(doc, c.spans.source), c.cue, c.content])).toEqual([['The harbour council', 'pledged', 'to close the pier']]);
  });

  it.each([
    ['A reporter for the Valley Herald spotted Rahimov at the pier and reported his visit on Twitter.', 'A reporter for the Valley Herald', 'reported'],
    ['The mayor of Kulob visited the pier and said it was unsafe.', 'The mayor of Kulob', 'said'],
    ['The head of the port authority met Saidov on Monday, saying the talks went well.', 'The head of the port authority', 'saying'],
  ])('finds the subject a second verb or a participle shares past the noun’s prepositional phrase: %s', (text, source, cue) => {
    const { doc, cs } = run(text);
    expect(cs.map((c) => [sl(doc, c.spans.source), c.cue])).toContainEqual([source, cue]);
  });

  it('gives a verb coordinated inside a subordinate clause that clause’s pronoun subject', () => {
    const { doc, cs } = run('Saidov called Rahimov reckless after she criticized the port workers and blamed the blast on the harbour board.');
    expect(cs.map((c) => [sl(doc, c.spans.source), c.cue])).toContainEqual(['she', 'blamed']);
  });

  it('still reads a sentence opened by "according to" as that source’s report of the whole', () => {
    const { cs } = run('According to police, the man fled and said he was innocent.');
    expect(cs.map((c) => c.cue)).toEqual(['said']);
  });
});

describe('60-claims: someone shown or heard speaking', () => {
  it.each([
    ['The ad uses footage of Anna Poe asking, “Why is the pier still open?”', 'Anna Poe', 'asking', 'Why is the pier still open'],
    ['A video shows Rahimov saying the pier was unsafe.', 'Rahimov', 'saying', 'the pier was unsafe'],
    ['Witnesses heard him saying the pier was unsafe.', 'him', 'saying', 'the pier was unsafe'],
  ])('%s', (text, source, cue, content) => {
    const { doc, cs } = run(text);
    expect(cs.map((c) => [sl(doc, c.spans.source), c.cue, c.content])).toContainEqual([source, cue, content]);
  });

  it('finds no one shown before a participle that opens its sentence, nor after a letter "from" someone', () => {
    expect(run('Saying the pier was unsafe, Rahimov left.').cs.map((c) => c.cue)).not.toContain('Saying');
    expect(run('A letter from Rahimov saying the pier was unsafe arrived.').cs).toEqual([]);
  });
});

describe('60-claims: naming by a group of people', () => {
  it('reads "called him a genius" by his surrogates as their claim', () => {
    const { doc, cs } = run('His surrogates called him a genius.');
    expect(cs.map((c) => [sl(doc, c.spans.source), c.cue, c.content])).toEqual([['His surrogates', 'called', 'him a genius']]);
  });
});

describe('60-claims: a participle after the cue says how the words were spoken', () => {
  it.each([
    ['“The ferry is late again” for the third week, Rahimov said, pointing at the empty pier.', '“The ferry is late again” for the third week'],
    ['Rahimov said, speaking to reporters in Kulob, that the pier would reopen.', 'the pier would reopen'],
    ['Rahimov said, referring to the rebels: “They will not cross again.”', 'They will not cross again'],
  ])('%s', (text, content) => {
    const { cs } = run(text);
    expect(cs.filter((c) => c.cue === 'said').map((c) => c.content)).toEqual([content]);
  });

  it.each([
    ['The shipments were late, the Pamir Post said, including fuel and flour for the clinic.', 'including fuel'],
    ['The crossing went smoothly, Rahimov said, but reopening the pier would take months.', 'reopening the pier'],
    ['The last transfer was smooth, Rahimov said, replacing the ferry would be far harder.', 'replacing the ferry would be far harder'],
  ])('keeps a participle that goes on with the content: %s', (text, part) => {
    const { doc, cs } = run(text);
    expect(cs.filter((c) => c.cue === 'said').map((c) => sl(doc, c.spans.content)).join(' | ')).toContain(part);
  });
});
