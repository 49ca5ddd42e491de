/** Store contract, part 4: the linker's decisions per mention, and moving mentions between entities (analysts' entity judgements). */
import { beforeEach, describe, expect, it } from 'vitest';
import { entityIdFromKey, scopedId } from '../core/ids.js';
import type { Judgement, Store } from './store.js';
import { borderReport, borderReportRevised, put } from './store-fixtures.contract.js';

const NAZAROV = entityIdFromKey('new:PERSON:amir nazarov');
const SPLINTER = { id: 'group:valley-splinter', name: 'Valley splinter', type: 'GROUP' as const, kbId: null, geo: null };

export function entityCases(s: () => Store): void {
  describe('mention reassignment', () => {
    const a = borderReport();
    // the second Taliban mention is the speaker of the denial
    const denier = () => a.analysis!.mentions.filter((m) => m.text === 'Taliban')[1]!;
    const global = (local: string) => scopedId(a.doc.id, local);
    beforeEach(async () => {
      const first = a.analysis!.links[0]!;
      first.score = 0.41;
      first.rule = 'unsure: weak alias only';
      await put(s(), a);
    });

    it('lists every entity by name, type and KB id, the same entities listEntities gives', async () => {
      const names = await s().entityNames();
      const full = await s().listEntities();
      expect(names.map((e) => e.id).sort()).toEqual(full.map((e) => e.id).sort());
      for (const e of full) expect(names.find((n) => n.id === e.id)).toEqual({ id: e.id, name: e.name, type: e.type, kbId: e.kbId });
      expect(names.some((e) => e.kbId === 'taliban' || e.id === 'kb:taliban')).toBe(true);
    });

    it("keeps the linker's entity, score and rule beside the current entity", async () => {
      const rows = await s().mentions({ doc: a.doc.id });
      expect(rows[0]!.link).toEqual({ entity: rows[0]!.entity, score: 0.41, rule: 'unsure: weak alias only' });
      expect(rows[1]!.link).toMatchObject({ score: null, rule: null });
    });

    it('moves a mention and every annotation that names it, creating the target entity', async () => {
      const id = global(denier().id);
      expect(await s().reassignMentions([{ mention: id, entity: SPLINTER.id }], [SPLINTER])).toBe(1);
      const row = (await s().mentions({ entity: SPLINTER.id }))[0]!;
      expect(row).toMatchObject({ entity: SPLINTER.id, link: { entity: 'kb:taliban' } });
      expect((await s().claims({ speaker: SPLINTER.id })).map((c) => c.claim.stance)).toEqual(['deny']);
      expect(await s().getEntity(SPLINTER.id)).toMatchObject({ mentionCount: 1, docCount: 1, name: 'Valley splinter' });
      expect((await s().getEntity('kb:taliban'))!.mentionCount).toBe(2);
    });

    it('counts only mentions that changed, and can move one back', async () => {
      const id = global(denier().id);
      expect(await s().reassignMentions([{ mention: id, entity: 'kb:taliban' }])).toBe(0);
      await s().reassignMentions([{ mention: id, entity: NAZAROV }]);
      expect(await s().reassignMentions([{ mention: id, entity: 'kb:taliban' }])).toBe(1);
      expect((await s().claims({ speaker: 'kb:taliban' })).map((c) => c.claim.stance)).toEqual(['deny', 'allege']);
    });

    it("moves the copies in about lists, event places and actors and relations of the mention's document only", async () => {
      await put(s(), borderReportRevised()); // a second version naming the same people and place
      const rows = await s().mentions({ doc: a.doc.id });
      const pick = (text: string) => rows.find((r) => r.mention.text === text)!;
      const [panj, nazarov, taliban] = [pick('Panj'), pick('Amir Nazarov'), pick('Taliban')];
      const moves = [panj, nazarov, taliban].map((r) => ({ mention: global(r.mention.id), entity: SPLINTER.id }));
      expect(await s().reassignMentions(moves, [SPLINTER])).toBe(3);
      const all = { allVersions: true };
      expect((await s().claims({ ...all, about: SPLINTER.id })).map((c) => [c.doc, c.claim.cue])).toEqual([[a.doc.id, 'said']]);
      expect((await s().claims({ ...all, speaker: SPLINTER.id })).map((c) => c.doc)).toEqual([a.doc.id]);
      expect((await s().events({ ...all, actor: SPLINTER.id })).map((e) => [e.doc, e.placeEntity])).toEqual([[a.doc.id, SPLINTER.id]]);
      expect((await s().relations({ ...all, entity: SPLINTER.id })).map((r) => [r.doc, r.sourceEntity])).toEqual([[a.doc.id, SPLINTER.id]]);
      // the other version's annotations keep their own entities
      const revised = borderReportRevised().doc.id;
      expect((await s().claims({ ...all, about: panj.entity! })).map((c) => c.doc)).toEqual([revised]);
      expect((await s().claims({ ...all, speaker: nazarov.entity! })).map((c) => c.doc)).toEqual([revised]);
    });

    it('refuses an entity that does not exist and changes nothing', async () => {
      const id = global(denier().id);
      await expect(s().reassignMentions([{ mention: id, entity: 'group:nowhere' }])).rejects.toThrow();
      expect((await s().mentions({ entity: 'kb:taliban' })).length).toBe(3);
    });
  });

  describe('entity judgements', () => {
    const j = (over: Partial<Judgement>): Judgement => ({ kind: 'entity-merge', subject: 'kb:taliban', object: 'group:islamic-emirate', value: null, why: 'same movement', who: 'analyst', at: '2026-01-02T03:04:05.000Z', ...over });

    it('records merges, splits and mention links and filters them by kind', async () => {
      await s().addJudgement(j({}));
      await s().addJudgement(j({ kind: 'entity-split', subject: 'doc-1/m3', object: '10-20', value: 'gpe:badakhshan-2', why: 'the Afghan province' }));
      await s().addJudgement(j({ kind: 'mention-link', subject: 'doc-1/m4', object: '30-40', value: 'kb:gorno-badakhshan', why: 'Tajik side' }));
      expect((await s().judgements()).map((x) => x.kind)).toEqual(['entity-merge', 'entity-split', 'mention-link']);
      expect(await s().judgements('mention-link')).toEqual([expect.objectContaining({ value: 'kb:gorno-badakhshan', why: 'Tajik side' })]);
    });
  });
}
