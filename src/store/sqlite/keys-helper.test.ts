// The helper thread that files claims under their keys after a large batch (compiled build only, like the ingest pool).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { scratch } from '../../test-support/cli.js';
import type { CrossDocIndex } from './cross-doc-index.js';
import type { fileKeysSoon as FileKeysSoon } from './keys-helper.js';
import type { openDatabase as OpenDatabase } from './open-database.js';

const DIST = resolve('dist/store/sqlite');
const built = existsSync(join(DIST, 'keys-worker.js'));
if (!built && process.env['CI']) throw new Error('dist/ is missing: `npm ci` builds it before the tests');
const load = async <T>(name: string): Promise<T> => (await import(pathToFileURL(join(DIST, name)).href)) as T;

describe.skipIf(!built)('filing keys on a helper thread', () => {
  const { dir, cleanup } = scratch();
  afterAll(() => cleanup());

  it('files every waiting document through its own connection while the caller’s stays open', async () => {
    const { openDatabase } = await load<{ openDatabase: typeof OpenDatabase }>('open-database.js');
    const { CrossDocIndex: Index } = await load<{ CrossDocIndex: typeof CrossDocIndex }>('cross-doc-index.js');
    const { fileKeysSoon } = await load<{ fileKeysSoon: typeof FileKeysSoon }>('keys-helper.js');
    const file = join(dir, 'k.db');
    const { db } = openDatabase(file, false);
    const index = new Index(db);
    const rec = (doc: string, local: string, keys: string[]) => ({ id: `${doc}/${local}`, doc, pos: 0, keys, data: '{}' });
    index.put([], [rec('doc-a', 'c1', ['kb:x\u0000fire', 'kb:x\u0000border']), rec('doc-b', 'c1', ['kb:x\u0000fire'])], [], []);
    expect(index.waitingClaims()).toBe(2);
    // filing on this thread would throw: only the helper may do it
    const here = { waitingClaims: () => index.waitingClaims(), fileKeys: (): number => { throw new Error('filed on the calling thread'); } };
    await fileKeysSoon(file, here, 0);
    expect(index.waitingClaims()).toBe(0);
    expect(db.prepare('SELECT key, claim_id FROM crossdoc_keys ORDER BY 1, 2').all()).toEqual([
      { key: 'kb:x\u0000border', claim_id: 'doc-a/c1' },
      { key: 'kb:x\u0000fire', claim_id: 'doc-a/c1' },
      { key: 'kb:x\u0000fire', claim_id: 'doc-b/c1' },
    ]);
    expect(index.keyCounts(['kb:x\u0000fire'])).toEqual(new Map([['kb:x\u0000fire', 2]]));
    db.close();
  });
});
