import { describe, expect, it } from 'vitest';
import type { KbActor } from '../core/actor.js';
import { buildActorIndex } from './actor-index.js';
import { skeletonKey, normaliseName } from './normalise.js';
import { resolveName, searchNames } from './resolve.js';
import { roleActive } from './roles.js';

const actor = (id: string, type: KbActor['type'], name: string, aliases: { name: string; weak?: boolean }[] = [], roles: KbActor['roles'] = []): KbActor =>
  ({ id, type, name, aliases, roles, affiliations: [], sources: [] }) as KbActor;

// invented actors, so the scores below depend on the rules only
const kb = buildActorIndex([
  actor('dzhalil-nazarov', 'PERSON', 'Dzhalil Nazarov', [{ name: 'Nazarov', weak: true }]),
  actor('valley-front', 'GROUP', 'Valley Liberation Front', [{ name: 'VLF' }]),
  actor('valley-river', 'LOC', 'Valley River'),
  actor('zarland', 'GPE', 'Zarland'),
  actor('kamol-sharifov', 'PERSON', 'Kamol Sharifov', [], [{ title: 'Minister of Defence of Zarland', of: 'zarland', from: '2010', to: '2015-06' }]),
  actor('bahrom-ulugov', 'PERSON', 'Bahrom Ulugov', [], [{ title: 'Minister of Defence of Zarland', of: 'zarland', from: '2015-06' }]),
]);

describe('resolveName scores', () => {
  it.each([
    ['Dzhalil Nazarov', 'dzhalil-nazarov', 1],
    ['Jalil Nazarov', 'dzhalil-nazarov', 0.94],
    ['Djalil Nazarev', 'dzhalil-nazarov', 0.86],
    ['Colonel Dzhalil Nazarov', 'dzhalil-nazarov', 0.96],
    ['VLF', 'valley-front', 0.98],
    ['Valley Liberation Front', 'valley-front', 1],
  ])('%j → %s at %d', (name, id, score) => {
    expect(resolveName(kb, name)).toMatchObject({ id, score });
  });

  it('ranks identical above folded above skeleton spellings', () => {
    const s = (n: string) => resolveName(kb, n).score;
    expect(s('Dzhalil Nazarov')).toBeGreaterThan(s('Jalil Nazarov'));
    expect(s('Jalil Nazarov')).toBeGreaterThan(s('Djalil Nazarev'));
  });

  it('finds an acronym from its expansion and back', () => {
    const k2 = buildActorIndex([actor('cfr', 'ORG', 'Council for Frontier Relief', [{ name: 'CFRR' }]), actor('hhq', 'ORG', 'HHQ')]);
    expect(resolveName(k2, 'CFR').id).toBe('cfr');
    expect(resolveName(k2, 'Hill Harbour Quorum').id).toBe('hhq');
  });

  it.each([
    ['Nazarov', 'weak alias'],
    ['Nazar', 'no candidate'],
    ['Valley', 'no candidate'],
  ])('gives null for %j (%s)', (name, why) => {
    expect(resolveName(kb, name)).toMatchObject({ id: null });
    expect(resolveName(kb, name).why).toContain(why === 'weak alias' ? 'too weak' : why);
  });

  it('drops candidates of an incompatible type', () => {
    expect(resolveName(kb, 'Zarland', { type: 'PERSON' }).id).toBeNull();
    expect(resolveName(kb, 'Zarland', { type: 'LOC' }).id).toBe('zarland');
  });

  it.each([
    ['2012-01-01', 'kamol-sharifov'],
    ['2020', 'bahrom-ulugov'],
    ['2015-06-10', null],
    ['2001', null],
  ])('resolves a role phrase at %s to %j', (date, id) => {
    expect(resolveName(kb, 'the Zarland defence minister', { date }).id).toBe(id);
  });

  it('lists shared-word candidates in search but never resolves on them', () => {
    expect(searchNames(kb, 'Valley').map((c) => c.id).sort()).toEqual(['valley-front', 'valley-river']);
    expect(searchNames(kb, 'Qwzx')).toEqual([]);
  });
});

describe('skeletonKey and roleActive', () => {
  it.each([
    ['Rahmon', 'Rakhman'],
    ['Gadoev', 'Gadoyev'],
    ['Tojik', 'Tajik'],
    ['Qurghonteppa', 'Kurgonteppa'],
  ])('%j and %j share a skeleton', (a, b) => {
    expect(skeletonKey(normaliseName(a))).toBe(skeletonKey(normaliseName(b)));
  });

  it.each([
    ['Rahmon', 'Rahimzoda'],
    ['Halimov', 'Karimov'],
    ['Badakhshan', 'Gorno-Badakhshan'],
  ])('%j and %j do not', (a, b) => {
    expect(skeletonKey(normaliseName(a))).not.toBe(skeletonKey(normaliseName(b)));
  });

  it.each([
    [{ from: '2013-11' }, '2013-11-20', true],
    [{ from: '2013-11' }, '2013-10', false],
    [{ to: '2013' }, '2013-12-31', true],
    [{ to: '2013' }, '2014-01-01', false],
    [{}, '1900', true],
  ])('roleActive(%j, %s) is %s', (r, date, yes) => {
    expect(roleActive(r, date)).toBe(yes);
  });
});
