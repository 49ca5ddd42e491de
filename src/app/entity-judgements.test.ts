import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/index.js';
import { fixture, put, type NameSpec } from '../store/store-fixtures.contract.js';
import type { Store } from '../store/store.js';
import { testKb } from '../test-support/kb.js';
import { applyEntityJudgements, mergeEntities } from './entity-judgements.js';
import { mergeSpellingVariants } from './entity-variants.js';

const NOW = new Date('2026-02-03T04:05:06.000Z');
const doc = (key: string, text: string, names: NameSpec[]) => fixture({ key, text, names });

describe('entity judgements in the app', () => {
  let store: Store;
  const rt = () => ({ store, kb: testKb() });
  beforeEach(async () => {
    store = openSqliteStore(':memory:');
    await put(store, doc('a.txt', 'Farhod Qalandarov met Anvar in Kunduz. Farhod Qalandarov left.', [
      { surface: 'Farhod Qalandarov', type: 'PERSON', key: 'new:PERSON:farhod qalandarov' },
      { surface: 'Anvar', type: 'PERSON' },
      { surface: 'Kunduz', type: 'GPE', key: 'kb:kunduz-city' },
    ]));
    await put(store, doc('b.txt', 'Farkhod Kalandarov met Anvarr near Kunduz Province.', [
      { surface: 'Farkhod Kalandarov', type: 'PERSON', key: 'new:PERSON:farhod kalandarov' },
      { surface: 'Anvarr', type: 'PERSON' },
      { surface: 'Kunduz Province', type: 'GPE', key: 'kb:kunduz-province' },
    ]));
  });
  afterEach(async () => store.close());

  it('merges spelling variants of discovered actors once, recorded as the linker, into the better-attested one', async () => {
    expect(await mergeSpellingVariants(store, NOW)).toBe(1);
    expect(await mergeSpellingVariants(store, NOW)).toBe(0);
    const [j] = await store.judgements('entity-merge');
    expect(j).toMatchObject({ subject: 'person:farhod-qalandarov', object: 'person:farhod-kalandarov', value: 'auto:0.86', who: 'dossier', at: NOW.toISOString() });
    expect(j!.why).toMatch(/transliteration variant/);
    expect(await applyEntityJudgements(store, testKb())).toBe(1);
    expect((await store.getEntity('person:farhod-qalandarov'))!.mentionCount).toBe(3);
  });

  it('never merges single names or knowledge-base actors this way', async () => {
    await mergeSpellingVariants(store, NOW);
    const merged = (await store.judgements('entity-merge')).flatMap((j) => [j.subject, j.object]);
    expect(merged).not.toContain('person:anvar');
    expect(merged).not.toContain('kb:kunduz-city');
  });

  it('records who merged, when and why; refuses merging an actor into itself or across types', async () => {
    await mergeEntities(rt(), 'person:anvar', 'person:anvarr', 'one man, a typo', { who: 'ana', now: NOW });
    expect(await store.judgements('entity-merge')).toEqual([
      { kind: 'entity-merge', subject: 'person:anvar', object: 'person:anvarr', value: null, why: 'one man, a typo', who: 'ana', at: NOW.toISOString() },
    ]);
    await expect(mergeEntities(rt(), 'person:anvar', 'person:anvar', 'x', { who: 'ana', now: NOW })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(mergeEntities(rt(), 'kb:kunduz-city', 'person:anvar', 'x', { who: 'ana', now: NOW })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(mergeEntities(rt(), 'person:anvar', 'person:farhod-qalandarov', ' ', { who: 'ana', now: NOW })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('replays chained merges and an unmerge over every document, including one stored after them', async () => {
    const judge = (kind: 'entity-merge' | 'entity-split', subject: string, object: string) =>
      store.addJudgement({ kind, subject, object, value: null, why: 'test', who: 'ana', at: NOW.toISOString() });
    await judge('entity-merge', 'person:anvar', 'person:anvarr');
    await judge('entity-merge', 'person:farhod-qalandarov', 'person:anvar');
    expect(await applyEntityJudgements(store, testKb())).toBe(2);
    expect((await store.getEntity('person:farhod-qalandarov'))!.mentionCount).toBe(4);
    await judge('entity-split', 'person:farhod-qalandarov', 'person:anvar');
    expect(await applyEntityJudgements(store, testKb())).toBe(1);
    await put(store, doc('c.txt', 'Anvarr left the meeting early.', [{ surface: 'Anvarr', type: 'PERSON' }]));
    expect(await applyEntityJudgements(store, testKb())).toBe(1);
    const count = async (id: string) => (await store.getEntity(id))!.mentionCount;
    expect([await count('person:farhod-qalandarov'), await count('person:anvar'), await count('person:anvarr')]).toEqual([4, 1, 0]);
  });

  it('does nothing without entity judgements', async () => {
    expect(await applyEntityJudgements(store, testKb())).toBe(0);
  });
});
