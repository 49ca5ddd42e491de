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
    expect(p.documents).toHaveLength(POOL_MIN_FILES + 4);
    expect(p).toEqual(s);
  });
});
