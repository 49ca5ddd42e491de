// Parallel ingest (worker threads, compiled build only) stores exactly what a serial run stores.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './program.js';
import { runWith, scratch } from '../test-support/cli.js';
import { POOL_MIN_FILES } from '../app/ingest-pool.js';

const CLI = resolve('dist/cli/main.js');
const built = existsSync(CLI) && existsSync(resolve('dist/app/ingest-worker.js'));
if (!built && process.env['CI']) throw new Error('dist/ is missing: `npm ci` builds it before the tests');

const TOWNS = ['Sarband', 'Qalai Sabz', 'Dashti Qum', 'Kuhdara', 'Obishor', 'Regdara', 'Sangvor', 'Tirgaron'];

describe.skipIf(!built)('parallel ingest', () => {
  const { dir, cleanup } = scratch();
  afterAll(() => cleanup());

  it('gives the same export as a serial run', async () => {
    const inbox = join(dir, 'in');
    mkdirSync(inbox);
    for (let i = 0; i < POOL_MIN_FILES + 4; i++) {
      const town = TOWNS[i % TOWNS.length]!;
      writeFileSync(
        join(inbox, `n${i}.txt`),
        `Report ${i} From ${town}\n\nBy Nodira Fayzieva\n\nThe governor of ${town}, Farrukh Nazarov, said on Monday that ${i + 3} patrols had been sent along the river. ` +
          `According to a local official who asked not to be named, about ${100 + i} soldiers arrived last week.\n`,
      );
    }
    // two reports of one clash that disagree on its toll, for the step after the batch to link
    writeFileSync(join(inbox, 'toll-a.txt'), 'Clash in Khorog\n\nBy Anna Poe\n\nThe Interior Ministry said on Tuesday that 12 people were killed in the clash in Khorog.\n');
    writeFileSync(join(inbox, 'toll-b.txt'), 'Khorog toll disputed\n\nBy Tom Okafor\n\nResidents of Khorog told reporters on Wednesday that at least 40 people were killed in the clash in Khorog.\n');
    const parallelDb = join(dir, 'p.db');
    const serialDb = join(dir, 's.db');
    execFileSync(process.execPath, [CLI, 'ingest', inbox, '--db', parallelDb, '--json'], { encoding: 'utf8' });
    const serial = await runWith(runCli, ['ingest', inbox, '--db', serialDb]);
    expect(serial.code).toBe(0);
    const exp = (db: string) => {
      const out = join(dir, `${db.endsWith('p.db') ? 'p' : 's'}.json`);
      execFileSync(process.execPath, [CLI, 'export', '--db', db, '--out', out], { encoding: 'utf8' });
      const x = JSON.parse(readFileSync(out, 'utf8'));
      delete x.generated;
      return x;
    };
    const p = exp(parallelDb);
    const s = exp(serialDb);
    expect(p.documents).toHaveLength(POOL_MIN_FILES + 6);
    expect(p.links.length).toBeGreaterThan(0); // the step after the batch linked from the records the pool kept
    expect(p).toEqual(s);
  });

  it('analyses with the knowledge base the command loaded, the user’s own packs included', () => {
    const base = join(dir, 'user-kb');
    mkdirSync(join(base, 'in'), { recursive: true });
    mkdirSync(join(base, 'dossier-kb'));
    writeFileSync(
      join(base, 'dossier-kb', 'mine.yaml'),
      'pack: mine\nactors:\n  - id: sarband-water-board\n    type: ORG\n    name: Sarband Water Board\n    aliases:\n      - { name: SWB }\n',
    );
    for (let i = 0; i < POOL_MIN_FILES; i++) {
      writeFileSync(
        join(base, 'in', `w${i}.txt`),
        `Canals Run Dry\n\nThe Sarband Water Board said on Monday that ${i + 2} canals near ${TOWNS[i % TOWNS.length]} were dry after a week without rain. ` +
          'A spokesman for the SWB told reporters that the board would send trucks with water to the villages.\n',
      );
    }
    const db = join(base, 'w.db');
    execFileSync(process.execPath, [CLI, 'ingest', join(base, 'in'), '--db', db], { encoding: 'utf8' });
    const out = join(base, 'w.json');
    execFileSync(process.execPath, [CLI, 'export', '--db', db, '--out', out], { encoding: 'utf8' });
    const x = JSON.parse(readFileSync(out, 'utf8')) as { entities: { kb_id: string | null; mentions: { text: string }[] }[]; documents: unknown[] };
    expect(x.documents).toHaveLength(POOL_MIN_FILES);
    // the acronym is an alias in the user's pack alone
    const board = x.entities.find((e) => e.kb_id === 'sarband-water-board');
    expect(board?.mentions.filter((m) => m.text === 'SWB')).toHaveLength(POOL_MIN_FILES);
  });

  it('reports a bad file with its message and stores the rest of the batch, in input order', () => {
    const inbox = join(dir, 'mixed');
    mkdirSync(inbox);
    // the bad files come after the first files handed out, among those the main thread reads ahead
    const good = Array.from({ length: 80 }, (_, i) => `${i < 70 ? 'a' : 'c'}${String(i).padStart(2, '0')}.txt`);
    good.forEach((name, i) => {
      writeFileSync(join(inbox, name), `Note ${i}\n\nThe mayor of ${TOWNS[i % TOWNS.length]}, Farrukh Nazarov, said ${i + 2} roads were closed.\n`);
    });
    writeFileSync(join(inbox, 'b-binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x00, 0x01, 0x02]));
    writeFileSync(join(inbox, 'b-empty.txt'), '');
    const db = join(dir, 'mixed.db');
    let out = '';
    let code = 0;
    try {
      execFileSync(process.execPath, [CLI, 'ingest', inbox, '--db', db, '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      const err = e as { status: number; stdout: string };
      code = err.status;
      out = err.stdout;
    }
    expect(code).not.toBe(0);
    const report = JSON.parse(out) as { outcomes: { source: string; status: string; message?: string }[] };
    const failed = report.outcomes.filter((o) => o.status === 'failed');
    expect(failed.map((o) => o.source.replace(/.*\//, ''))).toEqual(['b-binary.txt', 'b-empty.txt']);
    expect(failed.every((o) => (o.message ?? '').length > 0)).toBe(true);
    expect(report.outcomes.filter((o) => o.status === 'new')).toHaveLength(good.length);
    expect(report.outcomes.map((o) => o.source.replace(/.*\//, ''))).toEqual([...good, 'b-binary.txt', 'b-empty.txt'].sort());
  });
});
