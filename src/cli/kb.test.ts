import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratch } from '../test-support/cli.js';
import { kbResolveCommand, kbSearchCommand, kbValidateCommand } from './commands/kb.js';
import { reportError } from './errors.js';
import type { Io } from './io.js';

/** Runs one command function in-process the way the program does: errors become one line and an exit code. */
async function run(fn: (io: Io) => Promise<number>): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (s) => (out += s), err: (s) => (err += s), isTTY: false, env: {}, cwd: process.cwd() };
  let code: number;
  try {
    code = await fn(io);
  } catch (e) {
    code = reportError(e, io.err);
  }
  return { code, out, err };
}

let dir = '';
let cleanup = () => {};
beforeAll(() => {
  ({ dir, cleanup } = scratch());
  mkdirSync(join(dir, 'good'));
  // our own invented actor, plus one that repeats a built-in actor and is left out with a note
  writeFileSync(join(dir, 'good', 'mine.yaml'), [
    'pack: mine',
    'actors:',
    '  - id: qalai-sabz-militia',
    '    type: GROUP',
    '    name: Qalai Sabz Militia',
    '    aliases: [{ name: QSM }]',
    '  - id: my-taliban',
    '    type: GROUP',
    '    name: Taliban',
    '',
  ].join('\n'));
  mkdirSync(join(dir, 'bad'));
  writeFileSync(join(dir, 'bad', 'broken.yaml'), 'pack: broken\nactors:\n  - id: Bad Id\n    type: GROUP\n    name: X\n');
});
afterAll(() => cleanup());

describe('dossier kb validate', () => {
  it('counts the built-in packs per type', async () => {
    const r = await run((io) => kbValidateCommand({ json: true }, io));
    expect(r.code).toBe(0);
    const c = JSON.parse(r.out) as { actors: number; byType: Record<string, number>; byKind: Record<string, number>; outlets: number };
    expect(c.actors).toBeGreaterThanOrEqual(400);
    expect(c.outlets).toBeGreaterThanOrEqual(60);
    expect((c.byKind['district'] ?? 0) + (c.byKind['town'] ?? 0) + (c.byKind['village'] ?? 0) + (c.byKind['crossing'] ?? 0) + (c.byKind['city'] ?? 0)).toBeGreaterThanOrEqual(150);
    expect(c.byType['PERSON']).toBeGreaterThan(50);
  });

  it('loads a user pack over the built-in ones and notes a repeated actor', async () => {
    const r = await run((io) => kbValidateCommand({ kb: join(dir, 'good') }, io));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/knowledge base valid: \d+ actors/);
    expect(r.err).toMatch(/'Taliban' is already known as 'taliban'/);
  });

  it('rejects a bad pack with the file and field, exit 78', async () => {
    const r = await run((io) => kbValidateCommand({ kb: join(dir, 'bad') }, io));
    expect(r.code).toBe(78);
    expect(r.err).toMatch(/broken\.yaml: actors\.0\.id: id must be lower-case/);
  });
});

describe('dossier kb search / resolve', () => {
  it('ranks candidates with scores and reasons', async () => {
    const r = await run((io) => kbSearchCommand('Khalimov', { json: true }, io));
    const hits = JSON.parse(r.out) as { id: string; name: string; type: string; score: number; why: string }[];
    expect(hits[0]).toMatchObject({ id: 'gulmurod-halimov', name: 'Gulmurod Halimov', type: 'PERSON' });
    expect(Object.keys(hits[0]!).sort()).toEqual(['id', 'name', 'score', 'type', 'why']);
  });

  it('prints [] when nothing matches', async () => {
    const r = await run((io) => kbSearchCommand('Zqxv Wrtp', { json: true }, io));
    expect(JSON.parse(r.out)).toEqual([]);
  });

  it.each<[string, { type?: string; date?: string; kb?: string }, string | null]>([
    ['Rakhmonov', {}, 'emomali-rahmon'],
    ['the Tajik leader', { date: '2020-01-01' }, 'emomali-rahmon'],
    ['the Tajik leader', { date: '1990-01-01' }, null],
    ['Ishkashim', {}, null],
    ['Georgia', { type: 'person' }, null],
    ['QSM', { kb: 'good' }, 'qalai-sabz-militia'],
  ])('resolve %j %j → %j', async (name, flags, id) => {
    const f = { ...flags, ...(flags.kb ? { kb: join(dir, flags.kb) } : {}), json: true };
    const r = await run((io) => kbResolveCommand(name, f, io));
    expect(r.code).toBe(0);
    const got = JSON.parse(r.out) as { id: string | null; score: number; why: string };
    expect(got.id).toBe(id);
    expect(typeof got.score).toBe('number');
    expect(got.why.length).toBeGreaterThan(0);
  });

  it.each([
    [{ type: 'ROBOT' }, /unknown type "ROBOT"/],
    [{ date: '2020-1' }, /bad date "2020-1"/],
  ])('refuses bad options %j with exit 2', async (flags, message) => {
    const r = await run((io) => kbResolveCommand('Taliban', flags, io));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});
