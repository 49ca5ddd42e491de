/**
 * Parallel ingest for large batches: worker threads read and analyse files (the CPU-heavy part) and prepare their
 * cross-document records, while the main thread writes the documents in input order, so results equal a serial run.
 * Up to GROUP analysed documents share a commit; each is still all-or-nothing, and none is reported before its commit.
 */
import { existsSync, readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { isAppError, toAppError, type AppError } from '../core/errors.js';
import { sha256Hex } from '../core/ids.js';
import type { IngestOptions, InputFile } from '../ingest/index.js';
import type { PutResult, Store } from '../store/store.js';
import type { Config } from './config.js';
import type { FileOutcome } from './ingest.js';
import type { PostedResult, WorkerJob, WorkerResult } from './ingest-worker.js';

/** Below this many files a pool's start-up (each worker loads the models) costs more than it saves. */
export const POOL_MIN_FILES = 48;
const WORKER_FILE = new URL('./ingest-worker.js', import.meta.url);
/** Files queued per worker: a group commit holds the main thread for ~100 ms, longer than a worker takes for a few files. */
const IN_FLIGHT = 16;
/**
 * Analysed documents written under one commit: random index pages are written once per commit, so a larger group
 * costs less per document (32 → 64: the PolNeAR writes ≈ 8 % faster).
 */
const GROUP = 64;
/** A document analysed waits at most about this long for its group to fill, so progress keeps moving on slow inputs. */
const GROUP_WAIT_MS = 500;
/**
 * A worker's young generation in MB (V8's default tops out at 48): an article's analysis allocates several MB that die
 * with it; a larger nursery collects them in fewer scavenges (PolNeAR bench, all threads: 259 → 179, 1.9 → 1.6 s).
 */
const YOUNG_MB = 96;

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
  const workers = Array.from({ length: size }, () => new Worker(WORKER_FILE, { workerData: { config, options }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } }));
  for (const [i, f] of files.entries()) {
    const o = await known(store, f);
    if (o) outcomes[i] = o;
    else pending.push(i);
  }
  const results = new Map<number, Uint8Array>();
  let next = 0;
  let flushed = 0;
  let lastWrite = performance.now();
  const flush = async (final = false) => {
    // write strictly in input order so the database is the same as after a serial run
    while (flushed < files.length) {
      const run = readyRun(flushed, outcomes, results);
      if (run.end === flushed) return;
      const waiting = run.writes.length < GROUP && run.end < files.length && performance.now() - lastWrite < GROUP_WAIT_MS;
      if (waiting && !final) return;
      const written = await writeGroup(store, run.writes.map((i) => deserialize(results.get(i)!) as WorkerResult));
      run.writes.forEach((i, k) => {
        results.delete(i);
        outcomes[i] = written[k];
      });
      for (; flushed < run.end; flushed++) onOutcome(outcomes[flushed]!, flushed);
      lastWrite = performance.now();
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
        w.on('message', (r: PostedResult) => {
          active--;
          results.set(r.i, r.bytes);
          chain = chain.then(() => flush());
          feed(w);
        });
        w.on('error', reject);
        w.on('exit', (code) => {
          if (code !== 0 && next < pending.length) reject(new Error(`an ingest worker stopped (exit ${code})`));
        });
        // several jobs in flight per worker, so it never waits for the main thread to finish writing a group
        for (let k = 0; k < IN_FLIGHT; k++) feed(w);
      }
    });
    await flush(true);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return outcomes as FileOutcome[];
}

/** From `from`, the documents whose outcome is known or whose analysis is back: those to write, and where the run ends. */
function readyRun(from: number, outcomes: (FileOutcome | undefined)[], results: Map<number, unknown>): { writes: number[]; end: number } {
  const writes: number[] = [];
  let end = from;
  for (; end < outcomes.length && writes.length < GROUP; end++) {
    if (outcomes[end] !== undefined) continue;
    if (!results.has(end)) break;
    writes.push(end);
  }
  return { writes, end };
}

/** Writes analysed documents under one commit; each stays all-or-nothing (see Store.putDocuments). */
async function writeGroup(store: Store, rs: WorkerResult[]): Promise<FileOutcome[]> {
  const ok = rs.flatMap((r) => (r.ok ? [r] : []));
  let stored: (PutResult | AppError)[];
  try {
    stored = ok.length ? await store.putDocuments(ok.map((r) => ({ ...r.result, crossDoc: r.crossDoc }))) : [];
  } catch (e) {
    stored = ok.map(() => toAppError(e, 'DB_ERROR'));
  }
  const byIndex = new Map(ok.map((r, k) => [r.i, stored[k]!]));
  return rs.map((r): FileOutcome => {
    if (!r.ok) return { source: r.source, status: 'failed', code: r.code, message: r.message };
    const res = byIndex.get(r.i)!;
    const { doc } = r.result;
    if (isAppError(res)) return { source: doc.source, status: 'failed', code: res.code, message: res.message };
    return { source: doc.source, status: res.status, id: res.id, version: res.version, analysed: doc.analysed, note: doc.note };
  });
}
