import { describe, expect, it } from 'vitest';
import { nearDuplicateClusters, signature, similarity } from './near-duplicates.js';

const wire =
  'Border guards in the southern district reported on Tuesday that a group of armed men tried to cross the river at night. ' +
  'The guards said they fired warning shots and the men retreated to the other bank. No one was hurt, according to the statement, ' +
  'which added that patrols along the river have been reinforced since the start of the month and that the situation is calm.';
const reprint = `Local edition. ${wire.replace('No one was hurt', 'Nobody was hurt')} Our correspondent adds nothing further.`;
const other =
  'The city council approved a new budget for road repairs after a long debate on Wednesday evening. Members argued about ' +
  'how much to spend on the old bridge, and the mayor promised that work would start before winter if the weather allows it.';

describe('near-duplicate documents', () => {
  it('scores a lightly edited reprint close to its wire story and an unrelated story far from it', () => {
    const a = signature(wire)!;
    expect(similarity(a, signature(reprint)!)).toBeGreaterThan(0.6);
    expect(similarity(a, signature(other)!)).toBeLessThan(0.2);
  });

  it('clusters reprints and leaves the rest apart', () => {
    const c = nearDuplicateClusters([
      { id: 'a', text: wire },
      { id: 'b', text: other },
      { id: 'c', text: reprint },
    ]);
    expect(c.get('c')).toBe(c.get('a'));
    expect(c.get('b')).not.toBe(c.get('a'));
  });

  it('gives the signatures stored documents already carry: the shingle string hashed as FNV-1a, then 64 affine hashes', () => {
    const fnv = (t: string) => {
      let h = 0x811c9dc5;
      for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), 0x01000193);
      return h >>> 0;
    };
    const reference = (text: string) => {
      const words = text.toLowerCase().match(/\p{L}[\p{L}\p{N}'’-]*|\p{N}+/gu) ?? [];
      const sig = new Uint32Array(64).fill(0xffffffff);
      for (let i = 0; i + 5 <= words.length; i++) {
        const h = fnv(words.slice(i, i + 5).join(' '));
        for (let k = 0; k < 64; k++) sig[k] = Math.min(sig[k]!, (Math.imul(h, (fnv(`a${k}`) | 1) >>> 0) + fnv(`b${k}`)) >>> 0);
      }
      return sig;
    };
    const accented = `${other} Le ministère a déclaré 12 000 réfugiés; l’ONU n’a pas confirmé — Ёжик и Ólafur's 3rd-quarter report.`;
    // letters outside the BMP (a surrogate pair each), astral digits, a lone surrogate, İ (lowered to two units), '-' and '’' joining or not
    const astral = `${wire} 𝐀𝐁c 𝟏𝟐3 x\ud800y İstanbul -co-op ’tis o’clock 12-14 a1b2 𐐀𐐨 end`;
    for (const text of [wire, reprint, other, accented, astral]) expect(signature(text)).toEqual(reference(text));
  });

  it('does not judge texts too short to shingle', () => {
    expect(signature('Too short to say.')).toBeNull();
    const c = nearDuplicateClusters([
      { id: 'x', text: 'Short.' },
      { id: 'y', text: 'Short.' },
    ]);
    expect(c.get('x')).not.toBe(c.get('y'));
  });
});
