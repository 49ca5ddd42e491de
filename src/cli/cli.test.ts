import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportSchema, checkOffsets } from '../core/export-schema.js';
import { runWith, scratch } from '../test-support/cli.js';
import { runCli } from './program.js';

// Our own fixture text: invented towns and officials, no outside sentences.
const STORY = `Border Talks Resume in Qalai Sabz

By Nodira Fayzieva

The governor of the fictional Qalai Sabz district, Farrukh Nazarov, said on Monday that patrols had been doubled along the river.
According to a local official who asked not to be named, about 300 soldiers arrived last week.
Farrukh Nazarov also denied reports that the crossing had been closed.
`;

const SECOND = `Market Reopens After Flood

By Jamshed Olimov

Traders in the fictional town of Sarikhosor reopened their stalls on Tuesday. The mayor, Davron Saidov, said the damage was smaller than feared.
`;

let dir = '';
let cleanup = () => {};
let db = '';
const cli = (...argv: string[]) => runWith(runCli, [...argv, '--db', db]);

beforeAll(() => {
  ({ dir, cleanup } = scratch());
  db = join(dir, 'test.db');
  const inbox = join(dir, 'inbox');
  mkdirSync(join(inbox, 'nested'), { recursive: true });
  writeFileSync(join(inbox, 'story.txt'), STORY);
  writeFileSync(join(inbox, 'nested', 'market.md'), SECOND);
  writeFileSync(join(inbox, 'nested', 'market.md.meta.json'), JSON.stringify({ url: 'https://news.invalid/2021/03/09/market', outlet: 'Valley Courier' }));
  writeFileSync(join(inbox, 'wire.txt'), 'Convoy Seen Near Crossing\n\nA convoy of trucks was seen near the fictional Dashti Qum crossing, residents said on Friday.\n');
  writeFileSync(join(inbox, 'wire.txt.meta.json'), JSON.stringify({ url: 'https://www.aopnews.com/2022/05/13/convoy-seen' }));
  writeFileSync(join(inbox, 'empty.txt'), '');
  writeFileSync(join(inbox, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02, 0x00, 0xff]));
  writeFileSync(join(inbox, 'russian.txt'), iconv.encode('Пограничники усилили охрану границы. Власти заявили, что ситуация остаётся спокойной и под контролем.', 'win1251'));
});
afterAll(() => cleanup());

describe('dossier CLI', () => {
  it('prints help without touching a database', async () => {
    const r = await runWith(runCli, ['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('ingest');
  });

  it('ingests a batch: good files stored, each bad file one clear line, non-zero exit', async () => {
    const r = await cli('ingest', join(dir, 'inbox'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/empty\.txt.*empty/i);
    expect(r.err).toMatch(/binary\.txt.*binary/i);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.out).toMatch(/4 new/);
    const docs = JSON.parse((await cli('docs', '--json')).out) as { source: string; analysed: boolean; note: string | null; meta: { outlet: string | null; published: string | null } }[];
    expect(docs.map((d) => d.source).sort()).toEqual(['nested/market.md', 'russian.txt', 'story.txt', 'wire.txt']);
    const ru = docs.find((d) => d.source === 'russian.txt')!;
    expect(ru.analysed).toBe(false);
    expect(ru.note).toMatch(/not analysed \(language ru\)/);
    const market = docs.find((d) => d.source === 'nested/market.md')!;
    expect(market.meta.outlet).toBe('Valley Courier');
    expect(market.meta.published).toBe('2021-03-09');
  });

  it("derives outlet and date from a sidecar URL, recording each field's basis", async () => {
    const docs = JSON.parse((await cli('docs', '--json')).out) as { id: string; source: string; meta: { outlet: string | null; published: string | null; publishedBasis: string | null; basis: Record<string, string> } }[];
    const wire = docs.find((d) => d.source === 'wire.txt')!;
    expect(wire.meta).toMatchObject({ outlet: 'AOPNEWS', published: '2022-05-13', publishedBasis: 'url' });
    expect(wire.meta.basis).toMatchObject({ outlet: 'url', published: 'url', url: 'supplied' });
    const shown = await cli('doc', wire.id);
    expect(shown.code).toBe(0);
    expect(shown.out).toMatch(/outlet\s+AOPNEWS\s+\(url\)/);
    expect(shown.out).toContain('A convoy of trucks');
  });

  it('shows what the cleaner stripped when asked', async () => {
    const docs = JSON.parse((await cli('docs', '--json')).out) as { id: string; source: string }[];
    const story = docs.find((d) => d.source === 'story.txt')!;
    const r = await cli('doc', story.id, '--stripped');
    expect(r.out).toMatch(/byline: By Nodira Fayzieva/);
    const missing = await cli('doc', 'doc-000000000000');
    expect(missing.code).toBe(3);
  });

  it('is a no-op on re-ingest and versions a changed file', async () => {
    const again = await cli('ingest', join(dir, 'inbox', 'story.txt'));
    expect(again.out).toMatch(/unchanged/);
    appendFileSync(join(dir, 'inbox', 'story.txt'), 'The talks will resume in May.\n');
    const changed = await cli('ingest', join(dir, 'inbox', 'story.txt'));
    expect(changed.code).toBe(0);
    expect(changed.out).toMatch(/version 2/);
    const latest = JSON.parse((await cli('docs', '--json')).out) as unknown[];
    const all = JSON.parse((await cli('docs', '--all', '--json')).out) as unknown[];
    expect(all.length).toBe(latest.length + 1);
  });

  it('refuses an oversized file with a clear message', async () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'word '.repeat(5000));
    const r = await cli('ingest', '--max-mb', '0.001', big);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/big\.txt.*(large|size|MB)/i);
  });

  it('lists entities and finds an actor by name, with close matches for a typo', async () => {
    const ents = JSON.parse((await cli('entities', '--json')).out) as { name: string }[];
    expect(ents.map((e) => e.name)).toContain('Farrukh Nazarov');
    const one = await cli('entity', 'Farrukh Nazarov');
    expect(one.code).toBe(0);
    expect(one.out).toMatch(/Spellings/);
    const typo = await cli('entity', 'Farukh Nazarow');
    expect(typo.code).toBe(3);
    expect(typo.err).toMatch(/did you mean: .*Farrukh Nazarov/);
  });

  it('lists claims with speakers and finds text', async () => {
    const claims = JSON.parse((await cli('claims', '--json')).out) as { speaker: { kind: string; text: string | null }; stance: string }[];
    expect(claims.some((c) => c.speaker.kind === 'anonymous')).toBe(true);
    expect(claims.some((c) => c.stance === 'deny')).toBe(true);
    const hits = await cli('search', 'patrols');
    expect(hits.out).toMatch(/patrols/i);
    const odd = await cli('search', '"ISIS-K" OR (');
    expect(odd.code).toBe(0);
  });

  it('exports JSON that validates and CSV tables with the claim ledger first', async () => {
    const out = join(dir, 'export.json');
    expect((await cli('export', '--format', 'json', '--out', out)).code).toBe(0);
    const { readFileSync, readdirSync } = await import('node:fs');
    const x = ExportSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(checkOffsets(x)).toEqual([]);
    expect(x.documents.every((d) => !d.source.startsWith('/'))).toBe(true);
    const csvDir = join(dir, 'csv');
    expect((await cli('export', '--format', 'csv', '--out', csvDir)).code).toBe(0);
    expect(readdirSync(csvDir)).toEqual(expect.arrayContaining(['claims.csv', 'documents.csv', 'entities.csv', 'links.csv']));
    expect(readFileSync(join(csvDir, 'claims.csv'), 'utf8').split('\r\n')[0]).toMatch(/^id,doc,speaker_kind/);
  });

  it.each([
    [['export', '--format', 'xml'], 2, /unknown export format/],
    [['entities', '--type', 'WEAPON'], 2, /unknown type/],
    [['ingest', join('no', 'such', 'path.txt')], 1, /not found/i],
  ])('rejects bad arguments: %j', async (argv, code, msg) => {
    const r = await cli(...argv);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(msg);
  });

  it('says clearly when the database file is not a database, and leaves it alone', async () => {
    const bogus = join(dir, 'bogus.db');
    writeFileSync(bogus, 'this is not sqlite at all, just text'.repeat(20));
    const r = await runWith(runCli, ['docs', '--db', bogus]);
    expect(r.code).toBe(74);
    expect(r.err).toMatch(/bogus\.db/);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(bogus, 'utf8')).toMatch(/^this is not sqlite/);
  });
});
