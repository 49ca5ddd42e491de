/**
 * Parallel ingest for large batches: the main thread reads each file, a pair of worker threads analyses it (the
 * CPU-heavy part, its stages cut in two) and prepares its cross-document records, and the main thread writes the
 * documents in input order, so results equal a serial run.
 * Up to GROUP analysed documents share a commit; each is still all-or-nothing, and none is reported before its commit.
 */
import { existsSync, readFileSync } from 'node:fs';
import { deserialize, setFlagsFromString } from 'node:v8';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker } from 'node:worker_threads';
import { isAppError, toAppError, type AppError } from '../core/errors.js';
import { sha256Hex } from '../core/ids.js';
import type { ActorIndex, KbActor } from '../core/actor.js';
import type { Article } from '../core/doc.js';
import { readArticle, type IngestOptions, type InputFile } from '../ingest/index.js';
import type { PutResult, Store } from '../store/store.js';
import type { BatchRecord, BatchRecords } from './corpus-analysis.js';
import type { FileOutcome } from './ingest.js';
import type { PostedResult, WorkerData, WorkerJob, WorkerResult, WorkerRole } from './ingest-worker.js';

/** Below this many files a pool's start-up (each worker loads the models) costs more than it saves. */
export const POOL_MIN_FILES = 48;
const WORKER_FILE = new URL('./ingest-worker.js', import.meta.url);
/**
 * Files queued per worker of a pair. The main thread hands out files only between group commits, which hold it for
 * 0.2–0.4 s on a busy machine: with 16 the first worker ran dry during most commits (per-thread CPU sampled from /proc),
 * with 32 it rarely does (PolNeAR ingest, three sets of 5–6 interleaved runs: set medians 10.5–11.7 → 9.9–10.7 s).
 */
const IN_FLIGHT = 32;
/**
 * Analysed documents written under one commit: random index pages are written once per commit, so a larger group
 * costs less per document (32 → 64: the PolNeAR writes ≈ 8 % faster).
 */
const GROUP = 64;
/** Documents per commit once every file is handed out: the workers still analyse the last ones while these are written. */
const DRAIN_GROUP = 8;
/** A document analysed waits at most about this long for its group to fill, so progress keeps moving on slow inputs. */
const GROUP_WAIT_MS = 500;
/**
 * A worker's young generation in MB (V8's default tops out at 48): an article's analysis allocates several MB that die
 * with it; a larger nursery collects them in fewer scavenges (PolNeAR bench, all threads: 259 → 179, 1.9 → 1.6 s).
 */
const YOUNG_MB = 96;
/** Where a pair of workers cuts the stages: tokens and names (≈ 6 ms an article) against the rest and the cross-document records (≈ 5 ms). */
const SPLIT_AT = '40-linking';

/**
 * V8's inlining limits for a batch (defaults 460 and 920 bytes of bytecode). A batch is short and compile-heavy: three
 * isolates optimise the same large stage functions, and the optimising compiler's threads took a quarter of a run's
 * CPU. Inlining less cuts that work by more than the slower code costs (PolNeAR bench: ≈ 9 % less CPU and wall time).
 * The flags are process-wide and read when a function is optimised, so they reach the workers started after them.
 */
const BATCH_V8_FLAGS = ['--max-inlined-bytecode-size=100', '--max-inlined-bytecode-size-cumulative=300'];

/** Files read ahead of the workers at most, and their characters: enough for the start, little memory on large inputs. */
const AHEAD_FILES = 256;
const AHEAD_CHARS = 16 * 1024 * 1024;

/** Characters of claim records a batch keeps for the step after it (≈ 2 KB a claim): beyond, that step reads them back. */
const KEEP_CHARS = 64 * 1024 * 1024;

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
  kb: ActorIndex,
  files: InputFile[],
  options: IngestOptions,
  onOutcome: (o: FileOutcome, i: number) => void,
): Promise<{ outcomes: FileOutcome[]; records: BatchRecords }> {
  const outcomes: (FileOutcome | undefined)[] = new Array(files.length);
  const keep: Kept = { records: new Map(), chars: 0 };
  const pending: number[] = [];
  // workers load their models while the main thread skips content already stored
  for (const flag of BATCH_V8_FLAGS) setFlagsFromString(flag);
  const lanes = startLanes(Math.min(availableParallelism(), Math.max(1, Math.ceil(files.length / 8))), kb.all());
  const workers = lanes.flatMap((l) => [l.front, l.back]);
  for (const [i, f] of files.entries()) {
    const o = await known(store, f);
    if (o) outcomes[i] = o;
    else pending.push(i);
  }
  let stopping = false;
  // not awaited: a terminated worker runs no more of our code, and nothing after the batch needs its thread gone
  const stop = () => {
    if (stopping) return;
    stopping = true;
    for (const w of workers) w.terminate().catch(() => undefined);
  };
  const results = new Map<number, Uint8Array>();
  const ahead = readAhead(files, pending, options, kb);
  let next = 0;
  let flushed = 0;
  let lastWrite = performance.now();
  const flush = async (final = false) => {
    // write strictly in input order so the database is the same as after a serial run
    while (flushed < files.length) {
      const run = readyRun(flushed, outcomes, results);
      if (run.end === flushed) return;
      // once every file is handed out, smaller groups: a last full group would be written with both workers idle
      const least = next >= pending.length ? DRAIN_GROUP : GROUP;
      const waiting = run.writes.length < least && run.end < files.length && performance.now() - lastWrite < GROUP_WAIT_MS;
      if (waiting && !final) return;
      const written = await writeGroup(store, run.writes.map((i) => deserialize(results.get(i)!) as WorkerResult), keep);
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
      // the main thread reads each file as its lane asks for one, or earlier while it has nothing else to do (see ahead)
      const feed = (lane: Lane) => {
        while (next < pending.length) {
          const i = pending[next++]!;
          const read = ahead.take(i) ?? readOne(files[i]!, options, kb);
          if (!('text' in read)) {
            outcomes[i] = read;
            continue;
          }
          active++;
          lane.front.postMessage({ i, article: read } satisfies WorkerJob);
          return;
        }
        if (active === 0) {
          // every result is in: the workers' teardown (≈ 0.1 s) runs on their own threads while the last groups are written
          stop();
          chain.then(resolve, reject);
        }
      };
      for (const lane of lanes) {
        lane.back.on('message', (r: PostedResult) => {
          active--;
          results.set(r.i, r.bytes);
          chain = chain.then(() => flush());
          feed(lane);
        });
        for (const w of [lane.front, lane.back]) {
          w.on('error', reject);
          w.on('exit', (code) => {
            if (code !== 0 && (next < pending.length || active > 0)) reject(new Error(`an ingest worker stopped (exit ${code})`));
          });
        }
        // several jobs in flight per lane, so its workers never wait for the main thread to finish writing a group
        for (let k = 0; k < 2 * IN_FLIGHT; k++) feed(lane);
      }
      ahead.start(() => next);
    });
    await flush(true);
  } finally {
    ahead.stop();
    stop();
  }
  return { outcomes: outcomes as FileOutcome[], records: keep.records };
}

/** A file read into an article, or its failure (a file it cannot read fails in input order all the same). */
function readOne(file: InputFile, options: IngestOptions, kb: ActorIndex): Article | Extract<FileOutcome, { status: 'failed' }> {
  try {
    return readArticle(file, options, kb);
  } catch (e) {
    const err = toAppError(e);
    return { source: file.source, status: 'failed', code: err.code, message: err.message };
  }
}

/**
 * Files read before their turn, one per turn of the event loop, while the main thread would otherwise wait: at the
 * start it has handed out the first files and waits ≈ 0.3–0.5 s while the first worker loads its models.
 */
function readAhead(files: InputFile[], pending: number[], options: IngestOptions, kb: ActorIndex) {
  const read = new Map<number, ReturnType<typeof readOne>>();
  let chars = 0;
  let pos = 0;
  let timer: ReturnType<typeof setImmediate> | null = null;
  let handedOut = () => 0;
  const tick = () => {
    timer = null;
    pos = Math.max(pos, handedOut());
    if (pos >= pending.length || pos - handedOut() >= AHEAD_FILES || chars >= AHEAD_CHARS) return;
    const i = pending[pos++]!;
    const r = readOne(files[i]!, options, kb);
    read.set(i, r);
    if ('text' in r) chars += r.text.length;
    timer = setImmediate(tick);
  };
  return {
    start(next: () => number) {
      handedOut = next;
      timer ??= setImmediate(tick);
    },
    take(i: number): ReturnType<typeof readOne> | undefined {
      const r = read.get(i);
      if (r === undefined) return undefined;
      read.delete(i);
      if ('text' in r) chars -= r.text.length;
      timer ??= setImmediate(tick);
      return r;
    },
    stop() {
      if (timer) clearImmediate(timer);
      timer = null;
      read.clear();
    },
  };
}

/** Jobs go to a pair's front worker; its results come from the back one. */
interface Lane {
  front: Worker;
  back: Worker;
}

/**
 * Two or more cores: pairs of workers, the first running the stages before SPLIT_AT and the second the rest, so
 * each thread compiles half of the pipeline's code. Each V8 isolate compiles what it runs: with two whole workers
 * that work was done twice, and V8's helper threads (mostly the optimising compiler) took a third of a run's CPU.
 */
function startLanes(cores: number, actors: readonly KbActor[]): Lane[] {
  const start = (role: WorkerRole) =>
    new Worker(WORKER_FILE, { workerData: { actors, ...role } satisfies WorkerData, transferList: [role.port], resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } });
  return Array.from({ length: Math.max(1, Math.floor(cores / 2)) }, () => {
    const { port1, port2 } = new MessageChannel();
    return { front: start({ role: 'front', split: SPLIT_AT, port: port1 }), back: start({ role: 'back', split: SPLIT_AT, port: port2 }) };
  });
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

/** The cross-document records a batch keeps for the step after it, and their size so far in characters. */
interface Kept {
  records: Map<string, BatchRecord>;
  chars: number;
}

/** Writes analysed documents under one commit (each stays all-or-nothing, see Store.putDocuments), keeping their records. */
async function writeGroup(store: Store, rs: WorkerResult[], keep: Kept): Promise<FileOutcome[]> {
  const ok = rs.flatMap((r) => (r.ok ? [r] : []));
  let stored: (PutResult | AppError)[];
  try {
    stored = ok.length ? await store.putDocuments(ok.map((r) => ({ doc: r.result.doc, analysis: r.result.analysis, entities: r.result.entities, crossDoc: r.crossDoc }))) : [];
  } catch (e) {
    stored = ok.map(() => toAppError(e, 'DB_ERROR'));
  }
  const byIndex = new Map(ok.map((r, k) => [r.i, stored[k]!]));
  return rs.map((r): FileOutcome => {
    if (!r.ok) return { source: r.source, status: 'failed', code: r.code, message: r.message };
    const res = byIndex.get(r.i)!;
    const { doc } = r.result;
    if (isAppError(res)) return { source: doc.source, status: 'failed', code: res.code, message: res.message };
    if (res.status !== 'unchanged' && r.crossDoc && keep.chars < KEEP_CHARS) {
      keep.records.set(res.id, { outlet: doc.meta.outlet, signature: r.crossDoc.signature, bands: r.crossDoc.bands, claims: r.crossDoc.claims });
      for (const c of r.crossDoc.claims) keep.chars += c.data.length;
    }
    return { source: doc.source, status: res.status, id: res.id, version: res.version, analysed: doc.analysed, note: doc.note };
  });
}
