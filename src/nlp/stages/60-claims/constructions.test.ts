import { describe, expect, it } from 'vitest';
import { caseClaims as run, onlyClaim as only, spanText as sl } from '../../../test-support/claims.js';

// Cue words and senses, nominal cues, labels and where contents end; sources have their own table (sources.test.ts).
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

describe('60-claims: studies, polls and tallies that find or show', () => {
  it.each([
    ['The latest polling in Norwick shows Rahimov closing the gap.', 'The latest polling in Norwick', 'Rahimov closing the gap'],
    ['A poll from Norwick University released Wednesday found Rahimov leading by 15 points.', 'A poll from Norwick University released', 'Rahimov leading by 15 points'],
    ['The survey, conducted for the ferry union, also found that support for the pier rose.', 'The survey, conducted for the ferry union', 'support for the pier rose'],
    ['Leaked documents from his 2015 tax return show he took a large loss.', 'Leaked documents from his 2015 tax return', 'he took a large loss'],
  ])('a tally described by a participle or a place still reports: %s', (text, source, content) => {
    const c = only(text);
    expect([c.source, c.content]).toEqual([source, content]);
  });

  it.each([
    ['A 2019 study by the Harbor Council found 31 unsafe piers.', 'A 2019 study by the Harbor Council', 'found', '31 unsafe piers'],
    ['The polling average shows Okafor ahead by three points.', 'The polling average', 'shows', 'Okafor ahead by three points'],
    ['Early polls show voters in Norwick rejecting the plan.', 'Early polls', 'show', 'voters in Norwick rejecting the plan'],
    ['The pier was sold to a private owner in 2010, harbour records show.', 'harbour records', 'show', 'The pier was sold to a private owner in 2010'],
  ])('%s', (text, source, cue, content) => {
    const c = only(text);
    expect([c.source, c.cue, c.content]).toEqual([source, cue, content]);
  });

  it.each([
    ['In the latest Valley Herald poll, Okafor leads Brandt by six points.', 'the latest Valley Herald poll', 'Okafor leads Brandt by six points'],
    ['But in the same survey, conducted in May, most voters opposed the pier.', 'the same survey, conducted in May', 'most voters opposed the pier'],
  ])('reads an opening "In <poll>," as the poll\'s finding: %s', (text, source, content) => {
    const c = run(text).cs.find((x) => x.spans.cue && /^in$/i.test(text.slice(...x.spans.cue)));
    expect(c && [text.slice(...c.spans.source!), text.slice(...c.spans.content!)]).toEqual([source, content]);
  });

  it('frames nothing with "In" before an interview or a place', () => {
    expect(only('In an interview, Okafor said the pier was safe.').cue).toBe('said');
    expect(run('In Norwick, the ferry runs twice a day.').cs).toEqual([]);
  });

  it('names the owner of a report, and finds no claim in a search that turned something up', () => {
    expect(only('A Valley Herald report said the pier was unsafe.').c.sourcing).toBe('named');
    expect(run('Divers found wreckage near the pier.').cs).toEqual([]);
  });
});

describe('60-claims: present-tense reports the tagger reads as plural nouns', () => {
  it.each([
    ['Meanwhile, the Valley Herald reports more than half of the crews went on strike.', 'the Valley Herald', 'reports', 'more than half of the crews went on strike'],
    ['“The ferry will not run,” Okafor notes.', 'Okafor', 'notes', 'The ferry will not run'],
  ])('%s', (text, source, cue, content) => {
    const c = only(text);
    expect([c.source, c.cue, c.content]).toEqual([source, cue, content]);
  });

  it.each([
    ['The inspector disputes the idea that the pier was ever safe.', 'The inspector', 'disputes', 'the idea that the pier was ever safe'],
    ['The ministry denies the report.', 'The ministry', 'denies', 'the report'],
  ])('after a singular noun and its article: %s', (text, source, cue, content) => {
    const c = only(text);
    expect([c.source, c.cue, c.content]).toEqual([source, cue, content]);
  });

  it('reads no report into a plural noun after a name or a noun', () => {
    expect(run('The Valley Herald reports were accurate.').cs).toEqual([]);
    expect(run('The ministry reports were late.').cs).toEqual([]);
  });
});

describe('60-claims: "as X put it"', () => {
  it.each([
    ['As Okafor put it in an interview, the pier has outlived its use.', 'Okafor', 'the pier has outlived its use'],
    ['The pier has outlived its use, as Okafor put it.', 'Okafor', 'The pier has outlived its use'],
    ['Okafor put it this way: the pier has outlived its use.', 'Okafor', 'the pier has outlived its use'],
  ])('%s', (text, source, content) => {
    const c = only(text);
    expect([c.source, c.content]).toEqual([source, content]);
  });

  it('reads no claim into putting something somewhere', () => {
    expect(run('Brandt put it on the table.').cs).toEqual([]);
  });
});

describe('60-claims: the words of a sign or message', () => {
  it('reads what a banner or sign reads as its claim, and reading a report as no claim', () => {
    expect(only('One banner read “No more ferries for the rich.”').content).toBe('No more ferries for the rich');
    expect(only('The sign on the gate reads: the pier is closed.').content).toBe('the pier is closed');
    expect(run('Okafor read the report on Monday.').cs).toEqual([]);
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
    ["The mayor's defence of the Norwick ferry plan was weak.", 'The mayor', 'defence of', 'the Norwick ferry plan', 'assert'],
  ])('%j', (text, source, cue, content, stance) => {
    const r = only(text);
    expect([r.source, r.cue, r.content, r.c.stance]).toEqual([source, cue, content, stance]);
  });

  it.each([
    ['Brandt gave his remarks on Friday in Norwick.'],
    ['The criticism of the budget grew louder.'],
    // a place defended is fought for, not argued for
    ["The council's defence of Norwick lasted a week."],
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
    // (the council's fear is a claim of its own, nested in the content)
    expect(run('Okafor said the ferry plan was late, as the council had feared.').cs.find((c) => c.cue === 'said')!.content).toBe('the ferry plan was late, as the council had feared');
  });
});

describe('60-claims: adverbial clauses after the cue', () => {
  it.each([
    ['The pier was a danger to everyone, as Tomas Brandt, standing beside the wreck, said before the inquiry began.', 'Tomas Brandt, standing beside the wreck', 'The pier was a danger to everyone'],
    ['Okafor said after the vote she would not resign.', 'Okafor', 'after the vote she would not resign'],
  ])('%s', (text, source, content) => {
    const c = only(text);
    expect([c.source, c.content]).toEqual([source, content]);
  });

  it('takes a relative clause\'s antecedent, not the time between it and "that"', () => {
    const c = only('The council released a letter from its engineer on Friday afternoon that says the pier is unsafe.');
    expect([c.c.speaker.text, c.content]).toEqual(['engineer', 'the pier is unsafe']);
  });
});

describe('60-claims: reports inside an opening subordinate clause', () => {
  it.each([
    ['Although Okafor said the pier was unsafe, the council kept it open.', 'the pier was unsafe'],
    ['When the inspector said the pier was unsafe, at the meeting on Monday the council closed it.', 'the pier was unsafe'],
    ['Although in May she said the pier was unsafe, Okafor voted to keep it open.', 'the pier was unsafe'],
  ])('%s', (text, content) => {
    const { doc, cs } = run(text);
    expect(cs.map((c) => sl(doc, c.spans.content))).toContain(content);
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
    'The mayor called a vote on the pier.',
    'Harbour police saw the post and removed the two boats.',
    'Brandt found a way through the old harbour rules.',
    'Salts found in the pier weaken its frame.',
  ])('%s', (text) => {
    expect(run(text).cs).toEqual([]);
  });

  it.each([
    ['Okafor called the ferry plan a disgrace.', 'called', 'the ferry plan a disgrace'],
    ['Okafor called her vote for the pier a mistake.', 'called', 'her vote for the pier a mistake'],
    ['Okafor sees the ferry as a lifeline.', 'sees', 'the ferry as a lifeline'],
    ['Inspectors found the pier was unsafe.', 'found', 'the pier was unsafe'],
    ['Okafor saw that the pier was failing.', 'saw', 'the pier was failing'],
  ])('%s', (text, cue, content) => {
    const c = only(text);
    expect([c.cue, c.content]).toEqual([cue, content]);
  });
});
