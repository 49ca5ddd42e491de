import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../core/vocab.js';
import { claimsIn, spanText } from '../../../test-support/claims.js';

// Fictional names and outlets; every sentence is written for these tests.
const NAMES: [string, EntityType][] = [
  ['Lena Okafor', 'PERSON'], ['Okafor', 'PERSON'], ['Tomas Brandt', 'PERSON'], ['Brandt', 'PERSON'],
  ['the Harbor Council', 'ORG'], ['Valley Herald', 'ORG'], ['Green Alliance', 'ORG'], ['Norwick', 'GPE'],
  ['the Ferry Union', 'ORG'], ['Meridian Institute', 'ORG'],
];

const run = (text: string) => claimsIn(text, NAMES, '2024-03-20');
const sl = spanText;
function only(text: string) {
  const { doc, cs } = run(text);
  expect(cs).toHaveLength(1);
  const c = cs[0]!;
  return { c, source: sl(doc, c.spans.source), cue: sl(doc, c.spans.cue), content: sl(doc, c.spans.content) };
}

describe('60-claims: progressive and misread cue verbs', () => {
  it.each([
    ['Okafor is saying that the ferry will not run in winter.', 'Okafor', 'is saying', 'the ferry will not run in winter'],
    ['The Harbor Council has been warning that the pier is unsafe.', 'The Harbor Council', 'has been warning', 'the pier is unsafe'],
    ['Brandt was insisting that the vote had been rigged.', 'Brandt', 'was insisting', 'the vote had been rigged'],
    ['The Meridian Institute estimates that repairs would cost nine million.', 'The Meridian Institute', 'estimates', 'repairs would cost nine million'],
    ['The union website states that members voted to strike.', 'The union website', 'states', 'members voted to strike'],
    ['Lena Okafor plans to open two new clinics in Norwick.', 'Lena Okafor', 'plans', 'to open two new clinics in Norwick'],
  ])('%j', (text, source, cue, content) => {
    const r = only(text);
    expect([r.source, r.cue, r.content]).toEqual([source, cue, content]);
  });
});

describe('60-claims: pronoun holders of wants and plans', () => {
  it.each([
    ['Brandt left early. He wants to rebuild the old harbor wall.', 'He', 'wants', 'intention'],
    ['Members of the Ferry Union met on Monday. They plan to strike in May.', 'They', 'plan', 'intention'],
    ['Okafor spoke last. She intends to visit the island in May.', 'She', 'intends', 'intention'],
  ])('%j', (text, source, cue, kind) => {
    const r = only(text);
    expect([r.source, r.cue, r.c.kind, r.c.speaker.kind]).toEqual([source, cue, kind, 'named']);
  });

  it('reads a sentence-opening pronoun as the previous sentence\'s subject, not the nearest name', () => {
    const { doc, cs } = run('Lena Okafor met Tomas Brandt in Norwick on Monday. She said the talks had gone well.');
    expect(cs).toHaveLength(1);
    const m = doc.layers.mentions!.find((x) => x.id === cs[0]!.speaker.mention);
    expect(m?.text).toBe('Lena Okafor');
  });

  it('gives no claim to a demonstrative holder', () => {
    expect(run('This suggests the harbor was never dredged.').cs).toEqual([]);
  });
});

describe('60-claims: verbs outside the lexicon that take a "that" clause', () => {
  it.each([
    ['Investigators discovered that the ledger had been altered.', 'Investigators', 'discovered', 'belief'],
    ['Brandt lamented that the town had lost its ferry.', 'Brandt', 'lamented', 'statement'],
    ['The inspectors determined that the crane had failed.', 'The inspectors', 'determined', 'belief'],
    ['Okafor grumbled that nobody had read the report.', 'Okafor', 'grumbled', 'statement'],
  ])('%j', (text, source, cue, kind) => {
    const r = only(text);
    expect([r.source, r.cue, r.c.kind]).toEqual([source, cue, kind]);
  });

  it.each([
    ['The crew made sure that the boats were tied.'],
    ['The storm was so strong that the pier broke.'],
    ['The rules require that every boat carries a radio.'],
  ])('finds no claim in %j', (text) => {
    expect(run(text).cs).toEqual([]);
  });
});

describe('60-claims: cues reached through "appeared to", "went on to"', () => {
  it.each([
    ['Brandt appeared to suggest that the audit was a formality.', 'Brandt', 'appeared to suggest', 'the audit was a formality'],
    ['Okafor went on to argue that the ferry should be free.', 'Okafor', 'went on to argue', 'the ferry should be free'],
    ['The Harbor Council tried to claim that the pier was safe.', 'The Harbor Council', 'tried to claim', 'the pier was safe'],
  ])('%j', (text, source, cue, content) => {
    const r = only(text);
    expect([r.source, r.cue, r.content]).toEqual([source, cue, content]);
  });

  it('reads "went to" as travel, not a cue lead', () => {
    const { cs } = run('Okafor went to explain the plan to the union.');
    expect(cs.every((c) => !c.cue.startsWith('went'))).toBe(true);
  });
});

describe('60-claims: stance verbs added to the lexicon', () => {
  it.each([
    ['The Green Alliance endorsed the harbor plan.', 'endorsed', 'assert', 'statement'],
    ['The Ferry Union disputed the council figures.', 'disputed', 'deny', 'statement'],
    ['Okafor downplayed the risk of flooding.', 'downplayed', 'deny', 'statement'],
    ['The Valley Herald charged that the mayor hid the report.', 'charged', 'allege', 'statement'],
    ['Brandt cautioned that the talks could collapse.', 'cautioned', 'predict', 'statement'],
    ['The Harbor Council declined to comment on the audit.', 'declined', 'predict', 'intention'],
    ['Okafor complained about the noise from the shipyard.', 'complained about', 'allege', 'statement'],
  ])('%j', (text, cue, stance, kind) => {
    const r = only(text);
    expect([r.cue, r.c.stance, r.c.kind]).toEqual([cue, stance, kind]);
  });

  it.each([
    ['Ticket sales declined sharply in March.'],
    ['The harbor needs new cranes.'],
    // an obligation is nobody's stated plan: "would need to" reports no intention
    ['The council would need to borrow nine million to rebuild the pier.'],
  ])('needs "to" after an intention verb, and a verb of intending: %j', (text) => {
    expect(run(text).cs).toEqual([]);
  });

  it.each([
    // a stance named only by its topic ("support for X", "views on X", "calls for X") states nothing a ledger can weigh
    ['Brandt repeated his support for a second ferry line.'],
    ['Her views on the harbor budget are well known.'],
    ["The union's stance on overtime has not changed."],
    ['His calls for a new pier went unanswered.'],
    // going on with something is not speaking on, trying is a deed, and a plan or a decision named as a noun is no statement
    ['Ticket prices continued to rise through the summer.'],
    ['The ministry continued its inspections of the port.'],
    ['The Ferry Union tried to block the vote.'],
    ["The council's decision to close the pier surprised everyone."],
    ['Her comments about the budget drew criticism.'],
    ['Okafor maintains a wide lead over Brandt in the polls.'],
    ['The Ferry Union plans a rally for Saturday.'],
  ])('reports nothing: %j', (text) => {
    expect(run(text).cs).toEqual([]);
  });

  it('takes a manner adverb into the cue span', () => {
    expect(only('Brandt repeatedly denied that he had seen the letter.').cue).toBe('repeatedly denied');
    expect(only('Okafor bluntly rejected the offer from the council.').cue).toBe('bluntly rejected');
  });
});

describe('60-claims: nominal cues with a complement', () => {
  it.each([
    ["Okafor's criticism of the harbor budget dominated the meeting.", 'Okafor', 'criticism of', 'the harbor budget', 'allege'],
    ['Brandt repeated his doubts about a second ferry line.', 'his', 'doubts about', 'a second ferry line', 'assert'],
    ['The council has seen her pledge to close the old pier by June.', 'her', 'pledge', 'to close the old pier by June', 'predict'],
    ["The Ferry Union's concerns about safety were ignored.", 'The Ferry Union', 'concerns about', 'safety', 'assert'],
    // a cue word the tagger reads as a verb is a noun after a possessive
    ['Brandt repeated his promises to rebuild the pier.', 'his', 'promises', 'to rebuild the pier', 'predict'],
  ])('%j', (text, source, cue, content, stance) => {
    const r = only(text);
    expect([r.source, r.cue, r.content, r.c.stance]).toEqual([source, cue, content, stance]);
  });

  it.each([
    ['Brandt gave his remarks on Friday in Norwick.'],
    ['The criticism of the budget grew louder.'],
  ])('finds no claim in %j', (text) => {
    expect(run(text).cs).toEqual([]);
  });
});

describe('60-claims: labels, signatures and split contents', () => {
  it('reads an article title "Name: words" as that speaker\'s claim', () => {
    const r = only('Lena Okafor: The Ferry Will Run All Winter\n\nThe council met on Tuesday.');
    expect([r.source, r.cue, r.content]).toEqual(['Lena Okafor', ':', 'The Ferry Will Run All Winter']);
  });

  it('keeps a topic label in the body out of the claims', () => {
    expect(run('The council met on Tuesday.\n\nNorwick: the ferry runs again.').cs).toEqual([]);
  });

  it('runs a transcript answer to the end of its paragraph', () => {
    const r = only('BRANDT: The pier is old. It needs work before winter.\n\nThe meeting ended.');
    expect(r.content).toBe('The pier is old. It needs work before winter');
  });

  it('signs a comment opened with a closing mark', () => {
    const r = only('”The ferry is the only way to reach the island in winter.”― Lena Okafor');
    expect([r.source, r.content]).toEqual(['Lena Okafor', 'The ferry is the only way to reach the island in winter']);
  });

  it.each([
    ['The new pier, Okafor said, would open before the summer season.', 'The new pier, Okafor said, would open before the summer season'],
    ['“The pier is ready,” Brandt said, “but the crane is not.”', 'The pier is ready,” Brandt said, “but the crane is not'],
  ])('joins a content around its source and cue: %j', (text, content) => {
    expect(only(text).content).toBe(content);
  });

  it('takes a clause before a parenthetical source into the content: the source interrupts one reported sentence', () => {
    expect(only('The pier reopened, Okafor said, after two weeks of repairs.').content).toBe('The pier reopened, Okafor said, after two weeks of repairs');
    expect(only('To reach the island, Okafor said, visitors need a permit.').content).toMatch(/^To reach the island.*need a permit$/);
  });

  it('keeps a report that opens the content after "X said," inside it', () => {
    const { cs } = run('Back at home, Okafor said, she decided to run for mayor.');
    expect(cs.map((c) => c.content)).toEqual(['Back at home, Okafor said, she decided to run for mayor', 'to run for mayor']);
  });

  it('runs a content introduced by a colon over the rest of its paragraph', () => {
    const { cs } = run('Okafor said: the ferry will run daily. Tickets will cost less.\n\nThe vote is in May.');
    expect(cs[0]!.content).toBe('the ferry will run daily. Tickets will cost less');
  });

  it('keeps a nested "what X called" inside the outer content', () => {
    const { cs } = run('Okafor said the plan was driven by what Brandt called panic.');
    expect(cs.find((c) => c.cue === 'said')!.content).toBe('the plan was driven by what Brandt called panic');
  });
});

describe('60-claims: sources described by a clause, and media between cue and content', () => {
  it.each([
    ['Officials who spoke on condition of anonymity said the convoy was hit twice.', 'Officials who spoke on condition of anonymity', 'said', 'the convoy was hit twice'],
    ['A fisherman who saw the fire said three boats burned.', 'A fisherman who saw the fire', 'said', 'three boats burned'],
    ['Those who attended the hearing said it ended early.', 'Those who attended the hearing', 'said', 'it ended early'],
    ['A study that appeared in a harbour journal found that half the piers were unsafe.', 'A study that appeared in a harbour journal', 'found', 'half the piers were unsafe'],
    ['The survey released Friday shows that most residents oppose the dam.', 'The survey released', 'shows', 'most residents oppose the dam'],
    ['The records obtained by the Valley Herald show that the contract was signed in March.', 'The records obtained by the Valley Herald', 'show', 'the contract was signed in March'],
    ['Polls show a close race in Norwick.', 'Polls', 'show', 'a close race in Norwick'],
    ['Brandt told the Valley Herald’s “Morning Desk” that the ferry would run.', 'Brandt', 'told', 'the ferry would run'],
    ['Okafor said in a phone interview that the pier was safe.', 'Okafor', 'said in a phone interview', 'the pier was safe'],
    ['Okafor said at a news conference on Monday that the pier was safe.', 'Okafor', 'said', 'the pier was safe'],
  ])('%s', (text, source, cue, content) => {
    const c = only(text);
    expect([c.source, c.cue, c.content]).toEqual([source, cue, content]);
  });

  it('keeps a quotation going past a participial phrase after its source', () => {
    const c = only('“Every time you repeat that,” Okafor said, pointing to the chart, “you help them.”');
    expect(c.content).toMatch(/^Every time you repeat that.*you help them$/);
  });

  it('reads no cue into a May date, nor a claim into a bare noun after a singular one', () => {
    expect(only('A report the council published in May found that the piers were unsafe.').cue).toBe('found');
    expect(run('The harbour show drew large crowds.').cs).toEqual([]);
  });
});

describe('60-claims: where a content ends', () => {
  it('reads a quoted phrase the clause goes on past as part of a paraphrase', () => {
    const { c, content } = only('Brandt said that “a leak” had closed the pier.');
    expect([content, c.quote]).toEqual(['“a leak” had closed the pier', false]);
    expect(only('Brandt said “we will win” and left the stage.').content).toBe('we will win');
  });

  it('keeps a subject of two joined nouns whole, and skips a part of the day after the cue', () => {
    expect(run('Okafor said the Harbor Council and its partners will seek new funds.').cs[0]!.content).toBe('the Harbor Council and its partners will seek new funds');
    expect(only('The Harbor Council announced Friday morning that the pier would close.').content).toBe('the pier would close');
  });

  it('ends an object at a comma opening a relative clause or an adjunct, but not a clause', () => {
    expect(only('Okafor praised the ferry plan, which the council approved in May.').content).toBe('the ferry plan');
    expect(only('Okafor said the ferry plan was late, as the council had feared.').content).toBe('the ferry plan was late, as the council had feared');
  });
});

describe('60-claims: appositives, abbreviations and inverted sources', () => {
  it.each([
    ['The Ferry Union, the body that represents the crews, said it would strike.', 'The Ferry Union, the body that represents the crews', 'it would strike'],
    ['Lena Okafor, a former aide who worked with Brandt in 2011, said the plan mattered.', 'Lena Okafor, a former aide who worked with Brandt in 2011', 'the plan mattered'],
    ['Lena Okafor, at a later briefing, said, “The pier is safe.”', 'Lena Okafor, at a later briefing', 'The pier is safe'],
    ['“The pier is safe,” Harbor Master Lena Okafor, R-Ky., said Tuesday.', 'Harbor Master Lena Okafor, R-Ky.', 'The pier is safe'],
    ['Rep. Lena Okafor (R-S.C.) said the ferry would run.', 'Rep. Lena Okafor (R-S.C.)', 'the ferry would run'],
    ['All the fishermen I interviewed said the catch was smaller.', 'All the fishermen I interviewed', 'the catch was smaller'],
    ['Said Okafor: “The ferry will run.”', 'Okafor', 'The ferry will run'],
  ])('%s', (text, source, content) => {
    const c = only(text);
    expect([c.source, c.content]).toEqual([source, content]);
  });

  it('reads "wrote X for Y" as X writing, with Y as the outlet', () => {
    const { c, source } = only('“The pier is safe,” wrote Lena Okafor for the Valley Herald.');
    expect(source).toBe('Lena Okafor');
    expect(c.chain.map((l) => [l.text, l.role])).toEqual([['the Valley Herald', 'outlet']]);
  });
});

describe('60-claims: vague sources, addressees and inverted reports', () => {
  it('reads a bare quantifier as an anonymous source', () => {
    const c = only('Some believe the ferry plan is a mistake.');
    expect([c.source, c.c.sourcing, c.c.kind]).toEqual(['Some', 'anonymous', 'belief']);
  });

  it('ends the addressee of "told" where the content starts', () => {
    expect(only('Okafor told reporters the pier is safe.').content).toBe('the pier is safe');
    expect(only('Okafor told reporters she would run.').content).toBe('she would run');
  });

  it('takes a source after "reported" and a name the tagger reads as a verb after "for"', () => {
    expect(only('This is “the same lead she has held all month,” reported the Valley Herald.').source).toBe('the Valley Herald');
    expect(only('“The impact is small,” wrote Lena Okafor for Morning Consult.').source).toBe('Lena Okafor');
  });

  it('reads "P, the Valley Herald reports." as the outlet reporting P, though the tagger calls "reports" a noun', () => {
    const c = only('Ferry fares rose by a third in a year, the Valley Herald reports.');
    expect([c.source, c.cue, c.content]).toEqual(['the Valley Herald', 'reports', 'Ferry fares rose by a third in a year']);
  });
});

describe('60-claims: clause edges found in review', () => {
  it('keeps "where, X said, P" to the clause after "where"', () => {
    expect(only('Crews were sent to the old pier, where, Okafor said, two boats sank.').content).toBe('two boats sank');
  });

  it('keeps an aside inside a subject in the content', () => {
    expect(only('Okafor said the repairs, even if they ran late, were worth it.').content).toBe('the repairs, even if they ran late, were worth it');
  });

  it('reads "reported, citing X, that P" as one report with X as its citation', () => {
    const { c, content } = only('In April, the Valley Herald reported, citing a harbour official, that the pier had closed.');
    expect(content).toBe('the pier had closed');
    expect(c.chain.map((l) => [l.text, l.role])).toEqual([['a harbour official', 'citation']]);
  });

  it('reads no cue into a participle before its noun, nor a subject into an intransitive verb', () => {
    const { cs } = run('The council said that Brandt remained on the international wanted list.');
    expect(cs.map((c) => c.cue)).toEqual(['said']);
  });

  it('keeps "in the video in which he announced" a clause of its own, not an adjunct before the cue', () => {
    const { doc, cs } = run('Brandt trained abroad, a point he stressed in the video in which he announced his move.');
    expect(cs.map((c) => sl(doc, c.spans.source))).not.toContain('a point he stressed');
  });
});

describe('60-claims: no empty contents', () => {
  it('drops a report whose content the next report cuts down to nothing', () => {
    const { cs } = run('Even more striking is his training abroad, noted in the first video and confirmed later by the Harbor Council.');
    for (const c of cs) expect(c.spans.content![1] - c.spans.content![0]).toBeGreaterThanOrEqual(3);
  });
});

describe('60-claims: a possessive before a noun cue', () => {
  it('reads "X’s warning that P went unheeded" as X warning P, ending P before the sentence’s own verb', () => {
    const c = only('Brandt’s warning that the pier would fail went unheeded.');
    expect([c.source, c.cue, c.content]).toEqual(['Brandt', 'warning', 'the pier would fail']);
  });
});

describe('60-claims: senses of "call", "see" and "find" that report nothing', () => {
  it.each([
    'Okafor called into a radio show when she was ill.',
    'The Harbor Council called an emergency meeting on the pier.',
    'Harbour police saw the post and removed the two boats.',
    'Brandt found a way through the old harbour rules.',
    'Salts found in the pier weaken its frame.',
  ])('%s', (text) => {
    expect(run(text).cs).toEqual([]);
  });

  it.each([
    ['Okafor called the ferry plan a disgrace.', 'called', 'the ferry plan a disgrace'],
    ['Okafor sees the ferry as a lifeline.', 'sees', 'the ferry as a lifeline'],
    ['Inspectors found the pier was unsafe.', 'found', 'the pier was unsafe'],
    ['Okafor saw that the pier was failing.', 'saw', 'the pier was failing'],
  ])('%s', (text, cue, content) => {
    const c = only(text);
    expect([c.cue, c.content]).toEqual([cue, content]);
  });
});

describe('60-claims: hyphenated compounds are modifiers, not cues or verbs', () => {
  it.each([
    // also a participle after its noun, and a capitalised word after an article, inside an appositive
    ['Tomas Brandt, a ferry captain based in Norwick, said the pier was unsafe.', 'Tomas Brandt, a ferry captain based in Norwick', 'said', 'the pier was unsafe'],
    ['Lena Okafor, a lawyer from the Concord area, said the vote was rigged.', 'Lena Okafor, a lawyer from the Concord area', 'said', 'the vote was rigged'],
    ['Okafor, a self-described pragmatist, said the ferry would run all winter.', 'Okafor, a self-described pragmatist', 'said', 'the ferry would run all winter'],
    ['“The pier is safe,” said Tomas Brandt, the prize-winning engineer.', 'Tomas Brandt, the prize-winning engineer', 'said', 'The pier is safe'],
    ['The so-called harbor plan, Okafor said, would cost nine million.', 'Okafor', 'said', 'The so-called harbor plan, Okafor said, would cost nine million'],
  ])('%j', (text, source, cue, content) => {
    const r = only(text);
    expect([r.source, r.cue, r.content]).toEqual([source, cue, content]);
  });
});

describe('60-claims: around an inverted source', () => {
  it.each([
    // the quotation resumes after the source: both halves are the content
    ['“The pier is safe,” said Okafor, “because the council rebuilt it.”', 'Okafor', 'said', '“The pier is safe,” said Okafor, “because the council rebuilt it'],
    ['“The pier is safe,” said Okafor, who chairs the council, “because it was rebuilt.”', 'Okafor, who chairs the council', 'said', '“The pier is safe,” said Okafor, who chairs the council, “because it was rebuilt'],
    // an adverbial clause after the source is no part of it
    ['“The pier is safe,” said Okafor when asked about the storm.', 'Okafor', 'said', 'The pier is safe'],
  ])('%j', (text, source, cue, content) => {
    const r = only(text);
    expect([r.source, r.cue, r.content]).toEqual([source, cue, content.replace(/^“/, '')]);
  });

  it('takes a quotation going on with the clause the source interrupts into one content with that clause', () => {
    expect(only('The council’s outlay on the pier, Okafor said, “is a fine example of adapting” to the storms.').content).toBe(
      'The council’s outlay on the pier, Okafor said, “is a fine example of adapting” to the storms',
    );
    expect(only('The pier, Okafor said, “Is finished.”').content).toBe('Is finished'); // a capital: a sentence of its own
  });

  it('joins a quotation before "she says," to the one after it, from the clause start when the first opens mid-sentence', () => {
    expect(only('The council’s vote means “the pier will close,” she says, “but nobody knows when.”').content).toBe(
      'The council’s vote means “the pier will close,” she says, “but nobody knows when',
    );
  });

  it('takes a short quotation before the source over a verbless phrase after the cue', () => {
    const { doc, cs } = run('Okafor asked about the pier. “Very big,” Brandt said in response.');
    expect(cs.map((c) => [sl(doc, c.spans.source), sl(doc, c.spans.content)])).toContainEqual(['Brandt', 'Very big']);
  });

  it('keeps a report in a relative clause inside another source as a claim of its own, ending with that source', () => {
    const { doc, cs } = run('Brandt, who said the ferry was late, said the council should resign.');
    expect(cs.map((c) => [sl(doc, c.spans.source), sl(doc, c.spans.content)])).toEqual([
      ['Brandt, who', 'the ferry was late'],
      ['Brandt, who said the ferry was late', 'the council should resign'],
    ]);
  });

  it('still drops a description that reports nothing', () => {
    const { doc, cs } = run('A farmer who saw the fire said the barn had burned for hours.');
    expect(cs.map((c) => sl(doc, c.spans.cue))).toEqual(['said']);
  });
});

describe('60-claims: a parenthetical between dashes before the cue', () => {
  it.each([
    ['Many members — among them Okafor and Brandt — said the ferry was late.', 'Many members', 'said', 'the ferry was late'],
    ['Okafor — who chairs the Harbor Council — said the pier would close.', 'Okafor', 'said', 'the pier would close'],
  ])('%j', (text, source, cue, content) => {
    const r = only(text);
    expect([r.source, r.cue, r.content]).toEqual([source, cue, content]);
  });

  it('ends a report opened inside a dash parenthetical at its closing dash', () => {
    const { doc, cs } = run('The vote — Okafor said it was rigged — changed nothing.');
    expect(cs.map((c) => [sl(doc, c.spans.source), sl(doc, c.spans.content)])).toEqual([['Okafor', 'it was rigged']]);
    expect(only('Okafor said the vote — held in May — was rigged.').content).toBe('the vote — held in May — was rigged');
  });

  it('takes no content from before a subject that follows a word ("some note that X …")', () => {
    const { doc, cs } = run('But some note that Brandt — even as he praises the pier — has proposed little in the way of repairs.');
    expect(cs.every((c) => sl(doc, c.spans.content) !== 'some note')).toBe(true);
  });
});

describe('60-claims: "said X" in mid-sentence', () => {
  it.each([
    // the reported clause runs on past the source: one span, as for "A, X said, B"
    ['Any honest reading of the budget, said Lena Okafor, an engineer at the Meridian Institute, would treat it as a retreat.', 'Lena Okafor, an engineer at the Meridian Institute', 'said',
      'Any honest reading of the budget, said Lena Okafor, an engineer at the Meridian Institute, would treat it as a retreat'],
    ['But that is not good enough, says Tomas Brandt.', 'Tomas Brandt', 'says', 'But that is not good enough'],
    // not after an adverb between commas, and never a noun phrase another verb takes as its object
    ['Officials, however, said Brandt, the mayor, would resign.', 'Officials, however', 'said', 'Brandt, the mayor, would resign'],
    ['Okafor, the council’s chair, noted the rule in an interview last week.', 'Okafor, the council’s chair', 'noted', 'the rule in an interview'],
  ])('%j', (text, source, cue, content) => {
    const r = only(text);
    expect([r.source, r.cue, r.content]).toEqual([source, cue, content]);
  });
});
