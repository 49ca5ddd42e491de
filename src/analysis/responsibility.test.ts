import { describe, expect, it } from 'vitest';
import { blameOf, type BlameInput } from './responsibility.js';

const speaker = { entity: 'kb:red-hand', text: 'Red Hand' };
const blue = (start: number) => ({ start, end: start + 10, entity: 'kb:blue-front', text: 'Blue Front' });
const input = (over: Partial<BlameInput>): BlameInput => ({ content: '', cue: 'said', stance: 'assert', speaker, mentions: [], ...over });

describe('blameOf', () => {
  it.each<[string, Partial<BlameInput>, string | null]>([
    ['a group claiming an attack', { cue: 'claimed', content: 'the attack on the depot through its news channel' }, 'kb:red-hand'],
    ['claimed responsibility in the content', { content: 'it had claimed responsibility for the bombing' }, 'kb:red-hand'],
    ['a party blamed', { cue: 'blamed', content: 'Blue Front for the ambush', mentions: [blue(0)] }, 'kb:blue-front'],
    ['a party behind an act', { content: 'the Blue Front was behind the bombing', mentions: [blue(4)] }, 'kb:blue-front'],
    ['a party that carried out an act', { content: 'the Blue Front carried out the raid', mentions: [blue(4)] }, 'kb:blue-front'],
    ['a denial', { cue: 'denied', stance: 'deny', content: 'the attack' }, null],
    ['no act', { cue: 'claimed', content: 'victory in the election' }, null],
    ['no agent named before the act', { content: 'the raid was carried out at night' }, null],
  ])('%s', (_name, over, agent) => {
    expect(blameOf(input(over))?.agent ?? null).toBe(agent);
  });
});
