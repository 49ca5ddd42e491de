import { describe, expect, it } from 'vitest';
import { tokenisedDoc } from '../../../test-support/doc.js';
import { testNlpContext } from '../../../test-support/kb.js';
import { mentionsStage } from './index.js';

function mentions(text: string): [string, string][] {
  const doc = tokenisedDoc(text);
  mentionsStage.run(doc, testNlpContext());
  return doc.layers.mentions!.map((m) => [m.text, m.type]);
}

describe('30-mentions: knowledge-base names', () => {
  it.each([
    ['Officials in Dushanbe blamed ISIS-Khorasan for the raid.', [['Dushanbe', 'GPE'], ['ISIS-Khorasan', 'GROUP']]],
    ['Tajikistan’s security service is the GKNB.', [['Tajikistan', 'GPE'], ['GKNB', 'ORG']]],
    ['The envoy met Russia, China and Iran.', [['Russia', 'GPE'], ['China', 'GPE'], ['Iran', 'GPE']]],
    ['Troops crossed the Panj River near Khorog.', [['Panj River', 'LOC'], ['Khorog', 'GPE']]],
    ['Police said the Lashkar-e Mansouri unit had moved.', [['Lashkar-e Mansouri', 'GROUP']]],
    ['Officials in the U.S. and the UN disagreed.', [['U.S.', 'GPE'], ['UN', 'ORG']]],
    ['We told us nothing about it.', []],
    ['Эмомали Рахмон выступил.', [['Эмомали Рахмон', 'PERSON']]],
  ])('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it('keeps a weak alias only when the document names the actor strongly elsewhere', () => {
    expect(mentions('Critics say IS has grown.')).toEqual([]);
    expect(mentions('The Islamic State struck again. IS has grown.')).toEqual([['Islamic State', 'GROUP'], ['IS', 'GROUP']]);
  });

  it('drops a leading lower-case "the" from an alias match', () => {
    expect(mentions('He criticised the Taliban on Monday.')).toEqual([['Taliban', 'GROUP']]);
  });
});

describe('30-mentions: names outside the knowledge base', () => {
  it.each([
    ['Deputy Minister Farid Nazarov arrived late.', [['Farid Nazarov', 'PERSON']]],
    ['Colonel Rustam Sharipov left the post.', [['Rustam Sharipov', 'PERSON']]],
    ['The Ministry of Water Resources issued a notice.', [['Ministry of Water Resources', 'ORG']]],
    ['A cell of the Jundallah Brigade was found.', [['Jundallah Brigade', 'GROUP']]],
    ['Fighting spread in Darvozak province overnight.', [['Darvozak', 'GPE']]],
    ['Villagers fled toward the Vakhsh River after dark.', [['Vakhsh River', 'LOC']]],
    ['The Kazakh Defence Ministry ordered drills.', [['Kazakh Defence Ministry', 'ORG']]],
    ['Haji Daud Shah was detained.', [['Haji Daud Shah', 'PERSON']]],
    ['Analyst Nodira Yusufova said the talks stalled.', [['Nodira Yusufova', 'PERSON']]],
  ])('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it('pairs an acronym with its expansion', () => {
    expect(mentions('The Agency for Drug Control (ADC) seized heroin.')).toEqual([
      ['Agency for Drug Control', 'ORG'],
      ['ADC', 'ORG'],
    ]);
  });

  it('types a bare surname like the full name seen in the document', () => {
    expect(mentions('Farrukh Odinaev spoke first. Later Odinaev left.')).toEqual([
      ['Farrukh Odinaev', 'PERSON'],
      ['Odinaev', 'PERSON'],
    ]);
  });

  it.each([
    ['On Wednesday, February 15, nothing happened.'],
    ['However, the plan failed.'],
    ['Security issues grew worse.'],
    ['The Civil War ended.'],
  ])('finds no names in %j', (text) => {
    expect(mentions(text)).toEqual([]);
  });

  it('never crosses a line break or a quote mark', () => {
    const m = mentions('Report by Dilshod Karimzoda\nDushanbe is calm.\n“Kabul” replied.');
    expect(m).toContainEqual(['Dushanbe', 'GPE']);
    expect(m).toContainEqual(['Kabul', 'GPE']);
    expect(m.every(([t]) => !t.includes('\n') && !t.includes('“'))).toBe(true);
  });

  it('writes offsets that slice back to the mention text', () => {
    const doc = tokenisedDoc('Russian President Vladimir Putin phoned Tajik President Emomali Rahmon.');
    mentionsStage.run(doc, testNlpContext());
    for (const m of doc.layers.mentions!) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    expect(doc.layers.mentions!.map((m) => m.text)).toEqual(['Russian', 'Vladimir Putin', 'Tajik', 'Emomali Rahmon']);
  });
});

describe('30-mentions: weak aliases', () => {
  it('falls back to the strong name inside an unsupported weak alias', () => {
    expect(mentions('Observers in official Dushanbe were quiet.')).toEqual([['Dushanbe', 'GPE']]);
  });

  it('keeps the weak alias when the actor is named strongly', () => {
    expect(mentions('The Tajik government objected. Official Dushanbe later agreed.')).toEqual([
      ['Tajik government', 'ORG'],
      ['Official Dushanbe', 'ORG'],
    ]);
  });
});

describe("30-mentions: the document's own outlet", () => {
  const typed = (text: string, outlet: string | null) => {
    const doc = tokenisedDoc(text, { outlet });
    mentionsStage.run(doc, testNlpContext());
    return doc.layers.mentions!.map((m) => [m.text, m.type, m.basis]);
  };

  it('types a name-shaped mention of the outlet as an organisation', () => {
    const text = 'Correction: Valley Courier withdraws the claim and regrets the error.';
    expect(typed(text, null).find((m) => m[0] === 'Valley Courier')?.[1]).not.toBe('ORG');
    expect(typed(text, 'The Valley Courier (weekly)')).toContainEqual(['Valley Courier', 'ORG', 'outlet']);
  });
});
