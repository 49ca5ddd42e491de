/**
 * Parallel ingest for large batches: worker threads read and analyse files (the CPU-heavy part) while the
 * main thread writes each document (with the cross-document records its worker prepared) in its own transaction, in
 * input order, so results equal a serial run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { sha256Hex } from '../core/ids.js';
import type { IngestOptions, InputFile } from '../ingest/index.js';
import type { Store } from '../store/store.js';
import type { Config } from './config.js';
import type { FileOutcome } from './ingest.js';
import type { WorkerJob, WorkerResult } from './ingest-worker.js';

/** Below this many files a pool's start-up (each worker loads the models) costs more than it saves. */
export const POOL_MIN_FILES = 48;
const WORKER_FILE = new URL('./ingest-worker.js', import.meta.url);
const IN_FLIGHT = 2;

/** Worker threads exist only in the compiled build (tests running TypeScript sources take the serial path). */
export function poolAvailable(files: number): boolean {
  return files >= POOL_MIN_FILES && availableParallelism() > 1 && existsSync(fileURLToPath(WORKER_FILE));
}

async function known(store: Store, file: InputFile): Promise<FileOutcome | null> {
  let sha: string;
  try {
    sha = sha256Hex(readFileSync(file.path));
  } catch {
    return null; // the worker reports read problems with the usual message
  }
  const d = await store.findBySha(sha);
  return d ? { source: file.source, status: 'unchanged', id: d.id, version: d.version, analysed: d.analysed, note: d.note } : null;
}

export async function ingestInPool(
  store: Store,
  config: Pick<Config, 'kbDir' | 'userKbDir'>,
  files: InputFile[],
  options: IngestOptions,
  onOutcome: (o: FileOutcome, i: number) => void,
): Promise<FileOutcome[]> {
  const outcomes: (FileOutcome | undefined)[] = new Array(files.length);
  const pending: number[] = [];
  // workers load their models while the main thread skips content already stored
  const size = Math.min(availableParallelism(), Math.max(1, Math.ceil(files.length / 8)));
  const workers = Array.from({ length: size }, () => new Worker(WORKER_FILE, { workerData: { config, options } }));
  for (const [i, f] of files.entries()) {
    const o = await known(store, f);
    if (o) outcomes[i] = o;
    else pending.push(i);
  }
  const results = new Map<number, WorkerResult>();
  let next = 0;
  let flushed = 0;
  const flush = async () => {
    // write strictly in input order so the database is the same as after a serial run
    while (flushed < files.length) {
      if (outcomes[flushed] === undefined) {
        const r = results.get(flushed);
        if (!r) return;
        results.delete(flushed);
        outcomes[flushed] = await write(store, r);
      }
      onOutcome(outcomes[flushed]!, flushed);
      flushed++;
    }
  };
  try {
    await new Promise<void>((resolve, reject) => {
      let active = 0;
      let chain = Promise.resolve();
      const feed = (w: Worker) => {
        if (next >= pending.length) {
          if (active === 0) chain.then(resolve, reject);
          return;
        }
        active++;
        w.postMessage({ i: pending[next++]!, file: files[pending[next - 1]!]! } satisfies WorkerJob);
      };
      for (const w of workers) {
        w.on('message', (r: WorkerResult) => {
          active--;
          results.set(r.i, r);
          chain = chain.then(flush);
          feed(w);
        });
        w.on('error', reject);
        w.on('exit', (code) => {
          if (code !== 0 && next < pending.length) reject(new Error(`an ingest worker stopped (exit ${code})`));
        });
        // two jobs in flight per worker: it starts the next file while the main thread is busy writing the last one
        for (let k = 0; k < IN_FLIGHT; k++) feed(w);
      }
    });
    await flush();
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return outcomes as FileOutcome[];
}

async function write(store: Store, r: WorkerResult): Promise<FileOutcome> {
  if (!r.ok) return { source: r.source, status: 'failed', code: r.code, message: r.message };
  const { doc, analysis, entities } = r.result;
  try {
    const res = await store.putDocument(doc, analysis, entities, r.crossDoc);
    return { source: doc.source, status: res.status, id: res.id, version: res.version, analysed: doc.analysed, note: doc.note };
  } catch (e) {
    const err = e as { code?: string; message?: string };
    return { source: doc.source, status: 'failed', code: err.code ?? 'DB_ERROR', message: err.message ?? String(e) };
  }
}
