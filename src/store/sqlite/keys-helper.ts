/**
 * Filing claims under their keys after a large batch on a helper thread with its own connection, so the caller's
 * thread goes on (with the links, which need no key index on a first analysis) while the other core files them.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CrossDocIndex } from './cross-doc-index.js';

/** Below this many waiting claims a helper's start (≈ 50 ms) costs more than filing them here (≈ 10 µs a claim). */
const HELPER_MIN_CLAIMS = 2000;
// exists only in the compiled build: tests running TypeScript sources file the keys on their own thread
const WORKER_FILE = new URL('./keys-worker.js', import.meta.url);

/** Files the waiting keys, on a helper thread when there are many and the database is a file; else here. */
export async function fileKeysSoon(file: string, index: Pick<CrossDocIndex, 'fileKeys' | 'waitingClaims'>, minClaims = HELPER_MIN_CLAIMS): Promise<void> {
  if (file === ':memory:' || file === '' || index.waitingClaims() < minClaims || !existsSync(fileURLToPath(WORKER_FILE))) {
    index.fileKeys();
    return;
  }
  const helped = await new Promise<boolean>((resolve) => {
    const w = new Worker(WORKER_FILE, { workerData: { file } });
    w.once('message', () => resolve(true));
    w.once('error', () => resolve(false));
    w.once('exit', (code) => resolve(code === 0));
  });
  // a helper that failed rolled its transaction back: the documents still wait, and are filed here
  if (!helped) index.fileKeys();
}
