import { describe, expect, it } from 'vitest';
import { caseClaims as run, onlyClaim as only, spanText as sl } from '../../../test-support/claims.js';

// Who speaks: sources described by clauses and appositives, inverted and mid-sentence sources, and what lies around them.
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
    ['“The pier is safe,” Okafor said in a phone interview.', 'Okafor', 'said in a phone interview', 'The pier is safe'],
    ['Okafor said at a news conference on Monday that the pier was safe.', 'Okafor', 'said', 'the pier was safe'],
  ])('%s', (text, source, cue, content) => {
    const c = only(text);
    expect([c.source, c.cue, c.content]).toEqual([source, cue, content]);
  });

  it.each([
    ['Ann Poe, Tom Loe and Eve Moe said the pier was unsafe.', 'Ann Poe, Tom Loe and Eve Moe'],
    ['Sens. Ann Poe (D-Ore.), Tom Loe (R-S.C.) and Eve Moe (D-N.J.) all suggested that the pier was unsafe.', 'Sens. Ann Poe (D-Ore.), Tom Loe (R-S.C.) and Eve Moe (D-N.J.)'],
    ['Sen. Ann Poe (D-Wis.) and Sen. Tom Loe said the pier was unsafe.', 'Sen. Ann Poe (D-Wis.) and Sen. Tom Loe'],
    ['In Norwick, Poe and Loe said the pier was unsafe.', 'Poe and Loe'],
    ['The two inspectors each said the pier was unsafe.', 'The two inspectors'],
    ['They all said the pier was unsafe.', 'They'],
    ['Both said the pier was unsafe.', 'Both'],
    ['People familiar with the talks said the pier was unsafe.', 'People familiar with the talks'],
    ['Officials briefed on the inspection said the pier was unsafe.', 'Officials briefed on the inspection'],
    ['People close to him said the pier was unsafe.', 'People close to him'],
    ['Those close to him say that, in addition to the pier, the ferry is unsafe.', 'Those close to him'],
    ['Those familiar with the inspection said the pier was unsafe.', 'Those familiar with the inspection'],
    ['“The pier is unsafe,” said the Rev. Anna Poe, of Harbour Street Chapel.', 'the Rev. Anna Poe, of Harbour Street Chapel'],
    ['The Rev. Anna Poe said the pier was unsafe.', 'The Rev. Anna Poe'],
    ['Her brief said the pier was unsafe.', 'Her brief'],
    ['Anna Poe’s brief said that was not her view.', 'Anna Poe’s brief'],
    ['The lawsuit says the pier was unsafe.', 'The lawsuit'],
    ['The fee amounted to what the inspectors said was a bribe.', 'the inspectors'],
    ['This is what Rahimov says is the real problem at the pier.', 'Rahimov'],
    ['It was the third time Rahimov said the pier had been closed.', 'Rahimov'],
    ['Okafor is a lawyer Saidov said was honest.', 'Saidov'],
    ['Friends of hers said the pier was unsafe.', 'Friends of hers'],
    ['The pier was unsafe, she and another inspector said.', 'she and another inspector'],
    ['He and his wife said the pier was unsafe.', 'He and his wife'],
    ['Companies and individuals complain that the pier fees are too high.', 'Companies and individuals'],
  ])('takes the whole speaking noun phrase (lists, postmodifiers, coordinated pronouns; no floated quantifier) as the source: %s', (text, source) => {
    expect(only(text).source).toBe(source);
  });

  it.each([
    ['Okafor was blunt about the council, saying the pier was unsafe.', 'Okafor'],
    ['Okafor is being careful, saying only that the pier was closed.', 'Okafor'],
    ['Okafor changed her mind on the spot – saying the pier was safe after all.', 'Okafor'],
  ])('gives a participle after a copula or a dash the sentence subject: %s', (text, source) => {
    expect(only(text).source).toBe(source);
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

describe('60-claims: appositives, abbreviations and inverted sources', () => {
  it.each([
    ['The Ferry Union, the body that represents the crews, said it would strike.', 'The Ferry Union, the body that represents the crews', 'it would strike'],
    ['Lena Okafor, a former aide who worked with Brandt in 2011, said the plan mattered.', 'Lena Okafor, a former aide who worked with Brandt in 2011', 'the plan mattered'],
    ['Lena Okafor, at a later briefing, said, “The pier is safe.”', 'Lena Okafor, at a later briefing', 'The pier is safe'],
    ['“The pier is safe,” Harbor Master Lena Okafor, R-Ky., said Tuesday.', 'Harbor Master Lena Okafor, R-Ky.', 'The pier is safe'],
    ['Rep. Lena Okafor (R-S.C.) said the ferry would run.', 'Rep. Lena Okafor (R-S.C.)', 'the ferry would run'],
    ['All the fishermen I interviewed said the catch was smaller.', 'All the fishermen I interviewed', 'the catch was smaller'],
    ['Said Okafor: “The ferry will run.”', 'Okafor', 'The ferry will run'],
    // an appositive holding a participle, a relative "that" or an infinitive, after the cue or after an age
    ['“The ferry will run,” said Tomas Brandt, a pilot working for the Ferry Union, a group that speaks for the crews.', 'Tomas Brandt, a pilot working for the Ferry Union, a group that speaks for the crews', 'The ferry will run'],
    ['“The pier is safe,” said Lena Okafor, the only inspector to examine it.', 'Lena Okafor, the only inspector to examine it', 'The pier is safe'],
    ['“The pier is safe,” said Lena Okafor, angered that the council ignored her report.', 'Lena Okafor', 'The pier is safe'],
    ['Lena Okafor, 47, a welder raised in Norwick, said the pier was unsafe.', 'Lena Okafor, 47, a welder raised in Norwick', 'the pier was unsafe'],
    ['Tomas Brandt, 61, of Norwick, who watched the vote from the gallery, said it was rushed.', 'Tomas Brandt, 61, of Norwick, who watched the vote from the gallery', 'it was rushed'],
    ['“The fares are too high,” said Tomas French.', 'Tomas French', 'The fares are too high'],
    ['Rep. Lena Okafor (R-S.C.), also a candidate for mayor, said the ferry would run.', 'Rep. Lena Okafor (R-S.C.), also a candidate for mayor', 'the ferry would run'],
    ['Brandt, a ferry captain, said the crews deserved better.', 'Brandt, a ferry captain', 'the crews deserved better'],
    ['The Ferry Union’s spokeswoman, Lena Okafor, said the crews would strike.', 'The Ferry Union’s spokeswoman, Lena Okafor', 'the crews would strike'],
    ['The inspector -- who had visited the pier twice -- said it was unsafe.', 'The inspector', 'it was unsafe'],
    ['NORWICK (Valley Herald) - Tomas Brandt visited the pier on Monday and said it was unsafe.', 'Tomas Brandt', 'it was unsafe'],
    // a report inside a relative clause ends where the clause closes and the sentence's verb resumes
    ['Okafor, who said the pier was unsafe, resigned on Monday.', 'Okafor, who', 'the pier was unsafe'],
    ['Okafor, who called the plan “a disgrace,” resigned on Monday.', 'Okafor, who', 'the plan “a disgrace,”'],
    ['The plan was drafted by Okafor, who said the pier, which is old, must close.', 'Okafor, who', 'the pier, which is old, must close'],
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

describe('60-claims: sentence subjects a participle shares, and sights that are no claims', () => {
  it.each([
    ['Tomas Brandt and Lena Okafor toured the pier on Monday, each praising the crews and saying the repairs were late.', 'Tomas Brandt and Lena Okafor', 'the repairs were late'],
    ['During a long hearing at the council offices late in the day, Okafor left early, saying, “The pier is unsafe.”', 'Okafor', 'The pier is unsafe'],
    ['According to police, divers saw the ferry drift toward the rocks.', 'police', 'divers saw the ferry drift toward the rocks'],
    ['The Ferry Union is filing a complaint with the council, claiming that the fares break the law.', 'The Ferry Union', 'the fares break the law'],
    ['The city of Norwick is demanding that the ferry run at night.', 'The city of Norwick', 'the ferry run at night'],
    ['To varying degrees, all agreed that the pier was unsafe.', 'all', 'the pier was unsafe'],
  ])('%s', (text, source, content) => {
    const c = only(text);
    expect([c.source, c.content]).toEqual([source, content]);
  });
});

describe('60-claims: thoughts and namings inside a source', () => {
  it.each([
    ['Okafor, who calls the plan a “swindle,” said the council should vote again.', 'calls', 'the plan a “swindle', 'said', 'Okafor, who calls the plan a “swindle', 'the council should vote again'],
    ['Still, Brandt, who thinks the council misled the crews, called the vote a sham.', 'thinks', 'the council misled the crews', 'called', 'Brandt, who thinks the council misled the crews', 'the vote a sham'],
  ])('%s', (text, innerCue, innerContent, cue, source, content) => {
    const { doc, cs } = run(text);
    const inner = cs.find((c) => c.cue === innerCue)!;
    const outer = cs.find((c) => c.cue === cue)!;
    expect([sl(doc, inner.spans.content), sl(doc, outer.spans.source), sl(doc, outer.spans.content)]).toEqual([innerContent, source, content]);
  });
});

describe('60-claims: names the tagger misreads', () => {
  it('reads a capitalised word the tagger takes for an adverb as a name when the text uses it as one', () => {
    expect(only('Rep. Ana Jolly arrived late. Jolly said the vote was rushed.').source).toBe('Jolly');
  });
});

describe('60-claims: a share of the people polled as the source', () => {
  it('reads no cue into a compound noun after a quantifier', () => {
    expect(run('Many think tanks opposed the pier plan.').cs).toEqual([]);
  });

  it.each([
    ['About 4 in 10 say the ferry should run at night.', 'About 4 in 10', 'say'],
    ['More than six in 10 said they would not vote.', 'More than six in 10', 'said'],
    ['Nearly a third say they trust the council.', 'a third', 'say'],
    ['Most said they were worried about the pier.', 'Most', 'said'],
    ['Both think Okafor misled the council.', 'Both', 'think'],
    ['Those surveyed said the fares were too high.', 'Those surveyed', 'said'],
    ['Thirty-one percent of those polled say the pier is unsafe.', 'Thirty-one percent of those polled', 'say'],
  ])('%s', (text, source, cue) => {
    const c = run(text).cs.find((x) => x.spans.cue && text.slice(...x.spans.cue) === cue);
    expect(c && [text.slice(...c.spans.source!), c.sourcing]).toEqual([source, 'anonymous']);
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

describe('60-claims: a report inside the subject’s relative clause ends before the sentence’s own verb', () => {
  it.each([
    ['A fisherman who said the pier was unsafe was fired on Monday.', 'the pier was unsafe'],
    ['A Norwick guard who said the ferry would sail in May has resigned.', 'the ferry would sail in May'],
    // not when the relative clause describes a later noun phrase
    ['The harbour master is a Norwick native who said the pier would reopen in May.', 'the pier would reopen in May'],
  ])('%j', (text, content) => {
    expect(run(text).cs.find((c) => c.cue === 'said')?.content).toBe(content);
  });

  it('never cuts inside a clause the report embeds ("the report that X wrote was false")', () => {
    const content = run('An official who said the report that Brandt wrote was false has resigned.').cs.find((c) => c.cue === 'said')?.content;
    expect(content?.startsWith('the report that Brandt wrote was false')).toBe(true);
  });

  it('reads no predicate after a cue that takes no bare clause ("the report that X wrote was false")', () => {
    const { cs } = run('The report that Brandt wrote was false.');
    expect(cs.every((c) => !/^was\b/.test(c.content))).toBe(true);
  });
});

describe('60-claims: "according to X" after a comma and a conjunction reports what follows it', () => {
  it.each([
    ['The pier is old, but, according to the council, it is safe.', 'the council', 'it is safe'],
    ['The ferry stopped, and according to Brandt, it will not sail again.', 'Brandt', 'it will not sail again'],
    ['He skipped the hearing, because, according to Okafor, the count was rigged.', 'Okafor', 'the count was rigged'],
  ])('%j', (text, source, content) => {
    const c = run(text).cs.find((x) => x.cue.toLowerCase() === 'according to');
    expect([c?.speaker.text, c?.content]).toEqual([source, content]);
  });
});

describe('60-claims: institutions in the plural speak', () => {
  it('gives a coordinated verb the plural institution before it', () => {
    const { doc, cs } = run('According to the mayor’s office, the two councils met on Monday, and agreed to share the ferry costs.');
    expect(cs.map((c) => sl(doc, c.spans.source))).toEqual(['the mayor’s office', 'the two councils']);
  });
});

describe('60-claims: a verb coordinated after an opening "according to X,"', () => {
  it('keeps the channel’s report of the whole sentence and gives the later verb the sentence’s own subject', () => {
    const { doc, cs } = run('According to the mayor’s office, the two leaders met on Monday, and agreed to share the ferry costs.');
    expect(cs.map((c) => [sl(doc, c.spans.source), c.cue, c.content])).toEqual([
      ['the mayor’s office', 'According to', 'the two leaders met on Monday, and agreed to share the ferry costs'],
      ['the two leaders', 'agreed', 'to share the ferry costs'],
    ]);
  });
});

describe('60-claims: a date after "from" or "of" belongs to the source', () => {
  it.each([
    ['A council memo from October 2019 describes the pier as unsafe.', 'A council memo from October 2019'],
    ['A letter of May 3 said the pier was unsafe.', 'A letter of May 3'],
    ['Brandt on Monday said the pier was unsafe.', 'Brandt'],
    ['Another council memo, from October 2019, describes the pier as unsafe.', 'Another council memo, from October 2019'],
    ['A letter, dated May 3, said the pier was unsafe.', 'A letter, dated May 3'],
  ])('%j', (text, source) => {
    const { doc, cs } = run(text);
    expect(cs.filter((c) => c.spans.cue).map((c) => sl(doc, c.spans.source))).toEqual([source]);
  });
});

describe('60-claims: a report passed on by no one named', () => {
  it('adds no empty channel to the claim inside it', () => {
    const { c } = only('It was reported that Okafor said the pier was unsafe.');
    expect([c.speaker.text, c.chain]).toEqual(['Okafor', []]);
    expect(only('The Valley Herald reported that Okafor said the pier was unsafe.').c.chain.map((l) => l.text)).toEqual(['The Valley Herald']);
  });
});

describe('60-claims: the day a statement was made is no outlet', () => {
  it.each([
    ['“The talks were useful,” the council said in a statement on Friday.', []],
    ['Okafor said in a statement on Friday that the pier was unsafe.', []],
    ['Okafor said in an interview with The Valley Herald that the pier was unsafe.', ['The Valley Herald']],
  ])('%j', (text, outlets) => {
    expect(only(text).c.chain.filter((l) => l.role === 'outlet').map((l) => l.text)).toEqual(outlets);
  });
});

describe('60-claims: examples after "such as" end a longer subject', () => {
  it.each([
    ['Officials in towns such as Kulob said the ferry was late.', 'Officials in towns such as Kulob'],
    ['The surge of fighters into places such as Kulob has underlined the problem as a regional one.', null],
  ])('%j', (text, source) => {
    const { doc, cs } = run(text);
    expect(cs.filter((c) => c.spans.cue).map((c) => sl(doc, c.spans.source))).toEqual(source ? [source] : []);
  });
});
