import { describe, expect, it } from 'vitest';
import { repairWraps, wrapWidth } from './wrap.js';

/** Greedy fixed-width wrap, the way editors and e-mail clients break prose. */
function wrap(paragraph: string, width: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const w of paragraph.split(' ')) {
    if (cur && cur.length + 1 + w.length > width) {
      out.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) out.push(cur);
  return out;
}

const P1 =
  'Officials in the southern district said on Tuesday that the crossing near the river had reopened for trucks carrying flour and fuel, after a week in which patrols exchanged fire with armed men on the opposite bank.';
const P2 =
  'A spokesman for the border service, Farrukh Nazarov, told reporters in Kulob that two posts had been reinforced and that no casualties were reported among the guards or the drivers waiting at the gate.';

describe('repairWraps', () => {
  it('rejoins a greedily wrapped text and keeps its headline and subheading apart', () => {
    const lines = ['Border guards report calm after a week of skirmishes', ...wrap(P1, 60), 'Patrols resume', ...wrap(P2, 60)];
    expect(wrapWidth(lines)).toBeGreaterThan(50);
    expect(repairWraps(lines)).toEqual(['Border guards report calm after a week of skirmishes', P1, 'Patrols resume', P2]);
  });

  it.each([
    ['lower-case continuation', ['The army moved', 'north today.'], ['The army moved north today.']],
    ['function word at the end', ['Talks were held in', 'Dushanbe on Friday.'], ['Talks were held in Dushanbe on Friday.']],
    ['comma at the end', ['After the vote,', 'Parliament adjourned.'], ['After the vote, Parliament adjourned.']],
    ['hyphenated word', ['a well-', 'known figure spoke.'], ['a well-known figure spoke.']],
    ['title abbreviation', ['Troops under Gen.', 'Ivanov moved north.'], ['Troops under Gen. Ivanov moved north.']],
    ['finished sentences stay', ['The army moved.', 'Then it stopped.'], ['The army moved.', 'Then it stopped.']],
    ['list items stay', ['Demands include', '- a ceasefire', '- talks'], ['Demands include', '- a ceasefire', '- talks']],
    ['blank line is a paragraph break', ['Heading', '', 'lower start'], ['Heading', '', 'lower start']],
    ['byline stays', ['A headline here', 'By Jane Doe', 'Text starts.'], ['A headline here', 'By Jane Doe', 'Text starts.']],
    ['date line stays', ['Filed from Khorog', 'May 13, 2022', 'The text.'], ['Filed from Khorog', 'May 13, 2022', 'The text.']],
    ['short heading over prose stays', ['Confronting the threat', 'The minister said so.'], ['Confronting the threat', 'The minister said so.']],
  ])('%s', (_name, input, expected) => {
    expect(repairWraps(input)).toEqual(expected);
  });

  it('finds no wrap width in a text of one-line paragraphs', () => {
    expect(wrapWidth([P1, '', P2, '', P1])).toBe(0);
  });
});
