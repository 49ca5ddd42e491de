// Entity corrections through the CLI — review, merge, split, link — on fixture articles written for this test.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWith, scratch } from '../test-support/cli.js';
import { runCli } from './program.js';

const ONE = `Militia Leader Seen Near Khorog

By Nodira Fayzieva

The militia commander Farhod Qalandarov met with village elders in Khorog on Monday, according to people who attended the meeting. Speaking to reporters afterwards, Emomali Rakhmanov said that the talks had been calm, and the district head Davron Saidov said the two sides would meet again.
`;
const TWO = `Commander Returns to the Valley

By Jamshed Olimov

Farkhod Kalandarov returned to the valley on Tuesday, residents told reporters. A trader, Emomali Rakhmanov, said that nothing had changed since the last round of talks, and that the roads were still closed to traffic.
`;
const THREE = `Talks Will Resume

By Jamshed Olimov

Farkhod Kalandarov said on Friday that the talks with the district officials would resume next week. The district head, Davron Saidzoda, said that he expected the roads to open soon.
`;
const FOUR = `Roads Reopen

By Nodira Fayzieva

Davron Saidzoda told reporters on Sunday that the roads to the district had reopened after the talks, and that traffic was moving again.
`;

interface Entity { id: string; mentionCount: number; aliases: string[] }
interface Mention { id: string; text: string; linkedTo: string | null }
interface Item { text: string; mentions: number; docs: number; score: number; rule: string; entity: string; examples: string[] }

describe('entity corrections', () => {
  const { dir, cleanup } = scratch();
  const db = join(dir, 'e.db');
  const cli = (...argv: string[]) => runWith(runCli, [...argv, '--db', db], { DOSSIER_USER: 'tester' });
  const entityOf = async (name: string) => (JSON.parse((await cli('entity', name, '--json')).out) as { entity: Entity }).entity;
  const mentionsOf = async (entity: string) => (JSON.parse((await cli('mentions', entity, '--json')).out) as { mentions: Mention[] }).mentions;
  const review = async () => (JSON.parse((await cli('review', '--json')).out) as { entities: Item[] }).entities;
  const ingest = async (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    expect((await cli('ingest', join(dir, name))).code).toBe(0);
  };
  beforeAll(async () => {
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'one.txt'), ONE);
    writeFileSync(join(dir, 'in', 'two.txt'), TWO);
    expect((await cli('ingest', join(dir, 'in'))).code).toBe(0);
  });
  afterAll(() => cleanup());

  it('lists unsure linking decisions, most mentions first', async () => {
    const items = await review();
    const variant = items.find((i) => i.text === 'Emomali Rakhmanov');
    expect(variant).toMatchObject({ mentions: 2, docs: 2, examples: [expect.stringMatching(/^doc-\w+\/m\d+$/), expect.any(String)] });
    expect(variant!.rule).toMatch(/^scored: /);
    expect(variant!.score).toBeLessThan(0.9);
    expect(items.map((i) => i.mentions)).toEqual(items.map((i) => i.mentions).sort((x, y) => y - x));
    expect((await cli('review')).out).toMatch(/Emomali Rakhmanov \(PERSON\) — 2 mentions in 2 documents → kb:emomali-rahmon/);
  });

  it('merges a discovered actor spelled two ways across documents, and lists the merge for review', async () => {
    const a = await entityOf('Farhod Qalandarov');
    expect(a.aliases).toEqual(expect.arrayContaining(['Farhod Qalandarov', 'Farkhod Kalandarov']));
    const item = (await review()).find((i) => i.rule.startsWith('auto-merge: transliteration variant'));
    expect(item).toMatchObject({ entity: a.id, mentions: 1, docs: 1, score: 0.86 });
  });

  it("undoes the linker's merge per mention with split, and the undo holds for later documents", async () => {
    const a = (await entityOf('Farhod Qalandarov')).id;
    const moved = (await mentionsOf(a)).filter((m) => m.linkedTo !== null);
    expect(moved).toHaveLength(1);
    const back = moved[0]!.linkedTo!;
    const r = await cli('split', a, '--mention', moved[0]!.id, '--why', 'his cousin, not him');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`into ${back}`);
    expect((await cli('split', a, '--mention', moved[0]!.id, '--why', 'again')).code).toBe(2); // no longer part of it
    expect((await review()).some((i) => i.rule.startsWith('auto-merge: '))).toBe(false);
    await ingest('three.txt', THREE);
    const counts = [(await entityOf(a)).mentionCount, (await entityOf(back)).mentionCount].sort();
    expect(counts).toEqual([1, 2]);
  });

  it('merges two entities on an analyst\'s word, and keeps the merge for later documents', async () => {
    const a = (await entityOf('Davron Saidov')).id;
    const b = (await entityOf('Davron Saidzoda')).id;
    expect(a).not.toBe(b);
    expect((await cli('merge', a, b)).code).not.toBe(0); // no reason given
    const r = await cli('merge', a, b, '--why', 'took the Tajik form of his surname');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/1 mention moved/);
    await ingest('four.txt', FOUR);
    expect(await entityOf(a)).toMatchObject({ mentionCount: 3, aliases: expect.arrayContaining(['Davron Saidov', 'Davron Saidzoda']) });
  });

  it('undoes a merge whole with split --from, for later documents too', async () => {
    const a = (await entityOf('Davron Saidov')).id;
    const b = 'person:davron-saidzoda';
    expect((await cli('split', a, '--why', 'x')).code).toBe(2); // neither --mention nor --from
    const r = await cli('split', a, '--from', b, '--why', 'two district heads after all');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/2 mentions out of .* back into person:davron-saidzoda/);
    await ingest('five.txt', FOUR.replace('Sunday', 'Monday'));
    expect([(await entityOf(a)).mentionCount, (await entityOf(b)).mentionCount]).toEqual([1, 3]);
    expect((await cli('merge', a, b, '--why', 'they are one after all')).code).toBe(0);
    expect((await entityOf(a)).mentionCount).toBe(4);
  });

  it('splits a mention the linker chose into an entity of its own', async () => {
    const [m] = await mentionsOf('kb:khorog');
    const r = await cli('split', 'kb:khorog', '--mention', m!.id, '--why', 'the district, not the town');
    expect(r.code).toBe(0);
    const to = /into (\S+)/.exec(r.out)![1]!;
    expect(to).toMatch(/^gpe:khorog-split-/);
    expect((await entityOf(to)).mentionCount).toBe(1);
  });

  it('links one mention to a knowledge-base actor', async () => {
    const id = (await review()).find((i) => i.text === 'Emomali Rakhmanov')!.examples[0]!;
    const r = await cli('link', id, 'kb:islam-karimov', '--why', 'a trader who shares the name, by context');
    expect(r.code).toBe(0);
    expect((await entityOf('kb:islam-karimov')).mentionCount).toBe(1);
    expect((await review()).find((i) => i.text === 'Emomali Rakhmanov')?.mentions).toBe(1);
    expect((await cli('link', 'doc-000000000000/m1', 'kb:islam-karimov', '--why', 'x')).code).toBe(3);
  });

  it('keeps every correction when documents are ingested again, or revised and analysed anew', async () => {
    const before = await cli('entities', '--json');
    expect((await cli('ingest', join(dir, 'in'), join(dir, 'three.txt'), join(dir, 'four.txt'), join(dir, 'five.txt'))).code).toBe(0);
    expect((await cli('entities', '--json')).out).toBe(before.out);
    const ids = [(await entityOf('Farhod Qalandarov')).id, 'person:farhod-qalandarov', 'person:farhod-kalandarov', (await entityOf('Davron Saidov')).id, 'kb:islam-karimov', 'kb:khorog'];
    const counts = async () => Promise.all(ids.map(async (id) => (await entityOf(id)).mentionCount));
    const was = await counts();
    // revised versions of the first two documents, analysed anew, with a line added in front
    writeFileSync(join(dir, 'in', 'one.txt'), `Updated on Saturday.\n\n${ONE}`);
    writeFileSync(join(dir, 'in', 'two.txt'), `Updated on Saturday.\n\n${TWO}`);
    const r = JSON.parse((await cli('ingest', join(dir, 'in'), '--json')).out) as { outcomes: { status: string }[] };
    expect(r.outcomes.map((o) => o.status)).toEqual(['version', 'version']);
    expect(await counts()).toEqual(was);
  });
});
