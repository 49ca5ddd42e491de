// STIX import feeds the user's own knowledge-base pack, which later ingests link against.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runWith, scratch } from '../test-support/cli.js';
import { runCli } from './program.js';

const T = '2024-01-01T00:00:00.000Z';
const actor = (n: number, name: string, aliases: string[]) => ({
  type: 'threat-actor', spec_version: '2.1', id: `threat-actor--8e2e2d2b-07d2-4a8c-9c55-3c1d2b4a5f6${n}`, created: T, modified: T, name, aliases, threat_actor_types: ['insurgent'],
});

describe('dossier import --format stix', () => {
  const { dir, cleanup } = scratch();
  afterAll(() => cleanup());
  const db = join(dir, 'x.db');
  const cli = (...argv: string[]) => runWith(runCli, [...argv, '--db', db]);

  it('adds unknown actors to the user pack, skips known ones, and the linker then finds them', async () => {
    const bundle = {
      type: 'bundle',
      id: 'bundle--6a1e5b1c-3f0e-4a43-9d0a-2f1c1f9b8e11',
      objects: [
        actor(1, 'Qalai Sabz Brigade', ['QSB', 'Brigade of Qalai Sabz']),
        actor(2, 'Taliban', ['Islamic Emirate']),
        { type: 'indicator', spec_version: '2.1', id: 'indicator--8e2e2d2b-07d2-4a8c-9c55-3c1d2b4a5f69', created: T, modified: T, pattern: "[ipv4-addr:value = '198.51.100.1']", pattern_type: 'stix', valid_from: T },
      ],
    };
    writeFileSync(join(dir, 'bundle.json'), JSON.stringify(bundle));
    const imp = await cli('import', join(dir, 'bundle.json'));
    expect(imp.code).toBe(0);
    expect(imp.out).toMatch(/imported 2 actors .*skipped 1 indicator/);
    writeFileSync(join(dir, 'story.txt'), 'Fighting Near the River\n\nThe QSB said on Monday that its fighters had crossed the river. The Taliban denied it.\n');
    expect((await cli('ingest', join(dir, 'story.txt'))).code).toBe(0);
    const ents = JSON.parse((await cli('entities', '--json')).out) as { id: string; name: string; aliases: string[] }[];
    const qsb = ents.find((e) => e.name === 'Qalai Sabz Brigade');
    expect(qsb?.id).toMatch(/^kb:qalai-sabz-brigade/);
    expect(qsb?.aliases).toContain('QSB');
    // the user's "Taliban" repeats a built-in actor: it is not loaded as a second one
    expect(ents.filter((e) => e.name === 'Taliban').map((e) => e.id)).toEqual(['kb:taliban']);
  });

  it.each([
    ['not JSON at all', 'this is not json {'],
    ['the wrong spec version', JSON.stringify({ type: 'bundle', id: 'bundle--6a1e5b1c-3f0e-4a43-9d0a-2f1c1f9b8e12', spec_version: '2.0', objects: [{ type: 'threat-actor', id: 'threat-actor--8e2e2d2b-07d2-4a8c-9c55-3c1d2b4a5f70', spec_version: '2.0', name: 'X' }] })],
  ])('refuses %s with one clear line and writes nothing', async (_n, text) => {
    const f = join(dir, 'bad.json');
    writeFileSync(f, text);
    const packBefore = (await import('node:fs')).readFileSync(join(dir, 'dossier-kb', 'imported-stix.yaml'), 'utf8');
    const r = await cli('import', f);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/^dossier: /);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect((await import('node:fs')).readFileSync(join(dir, 'dossier-kb', 'imported-stix.yaml'), 'utf8')).toBe(packBefore);
  });
});
