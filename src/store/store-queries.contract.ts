/** Store contract, part 2: entity aggregation and the annotation queries. */
import { beforeEach, describe, expect, it } from 'vitest';
import { entityIdFromKey } from '../core/ids.js';
import type { Store } from './store.js';
import { borderReport, borderReportRevised, capitalBriefing, fixture, put } from './store-fixtures.contract.js';

const NAZAROV = entityIdFromKey('new:PERSON:amir nazarov');
const TROOPS = entityIdFromKey('new:ORG:border troops');
const PANJ = entityIdFromKey('new:LOC:panj');

export function queryCases(s: () => Store): void {
  describe('entities', () => {
    const a = borderReport();
    const b = capitalBriefing();
    beforeEach(async () => {
      await put(s(), a);
      await put(s(), b);
    });

    it('aggregates mention and document counts, most mentioned first', async () => {
      const list = await s().listEntities();
      expect(list[0]).toMatchObject({ id: 'kb:taliban', mentionCount: 4, docCount: 2, kbId: 'taliban', type: 'GROUP' });
      expect(list.find((e) => e.id === 'kb:dushanbe')).toMatchObject({ mentionCount: 2, docCount: 2, geo: { lat: 38.56, lon: 68.78 } });
      const counts = list.map((e) => e.mentionCount);
      expect(counts).toEqual([...counts].sort((x, y) => y - x));
      expect(list.map((e) => e.id)).toEqual(expect.arrayContaining([NAZAROV, TROOPS, PANJ, 'kb:iskp', 'kb:russia']));
    });

    it('lists distinct surface forms, most frequent first', async () => {
      expect((await s().getEntity('kb:taliban'))!.aliases).toEqual(['Taliban', 'Islamic Emirate']);
      expect((await s().getEntity('kb:iskp'))!.aliases).toEqual(['ISIS-K']);
    });

    it('filters by type', async () => {
      const gpes = await s().listEntities({ type: 'GPE' });
      expect(gpes.map((e) => e.id).sort()).toEqual(['kb:dushanbe', 'kb:russia']);
    });

    it('returns one entity summary, or null when unknown', async () => {
      expect(await s().getEntity(NAZAROV)).toEqual({
        id: NAZAROV, name: 'Amir Nazarov', type: 'PERSON', kbId: null, geo: null, mentionCount: 1, docCount: 1, aliases: ['Amir Nazarov'],
      });
      expect(await s().getEntity('person:nobody-at-all')).toBeNull();
    });

    it('counts latest versions only', async () => {
      await put(s(), borderReportRevised());
      expect(await s().getEntity('kb:taliban')).toMatchObject({ mentionCount: 2, docCount: 2 });
      expect(await s().getEntity('kb:dushanbe')).toMatchObject({ mentionCount: 1, docCount: 1 });
    });

    it('keeps a discovered entity’s first name but takes a knowledge-base record’s canonical name', async () => {
      await put(s(), fixture({
        key: 'feeds/later.txt',
        text: 'Nazarov met the Taliban commander.',
        names: [
          { surface: 'Nazarov', type: 'PERSON', key: 'new:PERSON:amir nazarov', name: 'A. Nazarov' },
          { surface: 'Taliban', type: 'GROUP', key: 'kb:taliban', name: 'Taliban movement' },
        ],
      }));
      expect(await s().getEntity(NAZAROV)).toMatchObject({ name: 'Amir Nazarov', aliases: ['Amir Nazarov', 'Nazarov'] });
      expect(await s().getEntity('kb:taliban')).toMatchObject({ name: 'Taliban movement' });
    });

    it('creates entities a link refers to even when the caller did not list them', async () => {
      const c = fixture({ key: 'feeds/unlisted.txt', text: 'Police in Khorog stayed calm.', names: [{ surface: 'Khorog', type: 'GPE' }] });
      await s().putDocument(c.doc, c.analysis, []);
      expect(await s().getEntity('gpe:khorog')).toMatchObject({ name: 'Khorog', type: 'GPE', mentionCount: 1 });
    });
  });

  describe('mentions, claims, events, relations, times', () => {
    const a = borderReport();
    const b = capitalBriefing();
    beforeEach(async () => {
      await put(s(), a);
      await put(s(), b);
    });

    it('returns mentions as written, with their entity, filtered by entity or document', async () => {
      expect((await s().mentions({ doc: a.doc.id })).map((m) => m.mention)).toEqual(a.analysis!.mentions);
      const taliban = await s().mentions({ entity: 'kb:taliban' });
      expect(taliban.map((m) => m.mention.text)).toEqual(['Taliban', 'Taliban', 'Taliban', 'Islamic Emirate']);
      expect(taliban.every((m) => m.entity === 'kb:taliban')).toBe(true);
      expect((await s().mentions({ doc: b.doc.id })).find((m) => m.mention.text === 'Badakhshan')!.entity).toBeNull();
    });

    it('returns claims as written, with speaker and about entities', async () => {
      const rows = await s().claims({ doc: a.doc.id });
      expect(rows.map((r) => r.claim)).toEqual(a.analysis!.claims);
      expect(rows.map((r) => r.speakerEntity)).toEqual([NAZAROV, 'kb:taliban', 'kb:taliban']);
      expect(rows.map((r) => r.aboutEntities)).toEqual([['kb:taliban', PANJ], [], ['kb:dushanbe']]);
      const anon = await s().claims({ doc: b.doc.id });
      expect(anon.map((r) => r.speakerEntity)).toEqual([null, null]);
      expect(anon[0]!.aboutEntities).toEqual(['kb:taliban', 'kb:iskp']);
    });

    it.each([
      [{ speaker: NAZAROV }, ['A/c0']],
      [{ speaker: 'kb:taliban' }, ['A/c1', 'A/c2']],
      [{ about: 'kb:taliban' }, ['A/c0', 'B/c0']],
      [{ about: 'kb:russia' }, ['B/c1']],
      [{ speaker: 'kb:taliban', about: 'kb:dushanbe' }, ['A/c2']],
      [{ speaker: 'kb:russia' }, []],
    ])('filters claims by %j', async (filter, expected) => {
      const name = (doc: string) => (doc === a.doc.id ? 'A' : 'B');
      expect((await s().claims(filter)).map((r) => `${name(r.doc)}/${r.claim.id}`)).toEqual(expected);
    });

    it('returns events with place and actor entities, filtered by actor', async () => {
      const all = await s().events();
      expect(all.map((e) => e.event)).toEqual([...a.analysis!.events, ...b.analysis!.events]);
      expect(all.map((e) => [e.placeEntity, e.actorEntities])).toEqual([[PANJ, ['kb:taliban']], [null, ['kb:taliban']]]);
      expect(await s().events({ actor: 'kb:iskp' })).toEqual([]);
      expect((await s().events({ doc: b.doc.id })).map((e) => e.event.type)).toEqual(['troop-movement']);
    });

    it('returns relations with both entities, filtered by either end', async () => {
      expect((await s().relations({ doc: a.doc.id })).map((r) => r.relation)).toEqual(a.analysis!.relations);
      expect(await s().relations({ entity: TROOPS })).toEqual([
        { doc: a.doc.id, relation: a.analysis!.relations[0], sourceEntity: NAZAROV, targetEntity: TROOPS },
      ]);
      const hostile = await s().relations({ entity: 'kb:iskp' });
      expect(hostile.map((r) => [r.relation.claim, r.sourceEntity])).toEqual([['c0', 'kb:taliban']]);
    });

    it('returns time expressions, filtered by document', async () => {
      expect(await s().times()).toEqual([{ doc: a.doc.id, time: a.analysis!.times[0] }]);
      expect(await s().times({ doc: b.doc.id })).toEqual([]);
    });
  });
}
