/** Worker thread for parallel ingest: runs one half of the stages over articles the main thread read; the back half also prepares the cross-document records. The main thread alone writes. */
import { deserialize, serialize } from 'node:v8';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { KbActor } from '../core/actor.js';
import type { Article } from '../core/doc.js';
import { toAppError } from '../core/errors.js';
import { pipelineHalves, type NlpContext } from '../nlp/index.js';
import type { Pipeline } from '../nlp/pipeline.js';
import type { CrossDocPrepared } from '../store/store.js';
import { analyseBack, analyseFront, type Analysed, type HalfAnalysed } from './analyse-article.js';
import { prepareCrossDoc } from './crossdoc-records.js';
import { packLayers, unpackLayers, type PackedLayers } from './handover.js';
import { analyserFrom } from './analyser.js';

export interface WorkerJob {
  i: number;
  /** read by the main thread, which knows a file's problems before any worker sees it */
  article: Article;
}

export type WorkerResult =
  | { i: number; ok: true; result: Analysed; crossDoc: CrossDocPrepared }
  | { i: number; ok: false; source: string; code: string; message: string };

/**
 * A result as posted: serialised bytes, turned back into objects only when their group is written. Dozens of results
 * wait for their turn; as bytes they cost the main thread's garbage collector nothing.
 */
export interface PostedResult {
  i: number;
  bytes: Uint8Array;
}

/** A front and a back worker split the stages between them, so each compiles only its half (see ingest-pool). */
export type WorkerRole = { role: 'front' | 'back'; split: string; port: MessagePort };

/** What a front worker hands its back worker: the half-analysed document, its layers packed when they can be. */
type Handover = { i: number; ok: true; half: HalfAnalysed; packed: PackedLayers | null } | Extract<WorkerResult, { ok: false }>;

/** The knowledge base comes as the main thread loaded and checked it: a worker reads no pack and loads no validator. */
export type WorkerData = { actors: readonly KbActor[] } & WorkerRole;

const { actors, ...role } = workerData as WorkerData;
const deps = analyserFrom(actors);

const failure = (i: number, source: string, e: unknown): Extract<WorkerResult, { ok: false }> => {
  const err = toAppError(e);
  return { i, ok: false, source, code: err.code, message: err.message };
};

/** Serialised and moved, not copied, when the bytes own their whole buffer (they do: v8.serialize does not pool). */
function post(to: MessagePort | NonNullable<typeof parentPort>, i: number, value: unknown): void {
  const out = serialize(value);
  const bytes = out.byteOffset === 0 && out.byteLength === out.buffer.byteLength ? out : new Uint8Array(out);
  to.postMessage({ i, bytes } satisfies PostedResult, [bytes.buffer]);
}

function finish(i: number, half: HalfAnalysed, pipeline: Pipeline<NlpContext> | null): WorkerResult {
  try {
    const result = analyseBack(deps, half, pipeline);
    return { i, ok: true, result, crossDoc: prepareCrossDoc(deps.kb, result.doc, result.analysis) };
  } catch (e) {
    return failure(i, half.doc.source, e);
  }
}

// each half loads its models now, while the main thread checks which files are already stored and reads the first
const [frontHalf, backHalf] = pipelineHalves(role.split);
if (role.role === 'back') {
  role.port.on('message', (m: PostedResult) => {
    const h = deserialize(m.bytes) as Handover;
    if (!h.ok) post(parentPort!, h.i, h);
    else post(parentPort!, h.i, finish(h.i, h.packed ? { doc: h.half.doc, layers: unpackLayers(h.packed) } : h.half, backHalf));
  });
  backHalf.prepare(deps.nlp);
} else {
  const front = { ...deps, pipeline: frontHalf }; // shape-ok: once per worker
  parentPort!.on('message', (job: WorkerJob) => {
    let handover: Handover;
    try {
      const half = analyseFront(front, job.article);
      const packed = half.layers && packLayers(half.layers);
      handover = { i: job.i, ok: true, half: packed ? { doc: half.doc, layers: null } : half, packed };
    } catch (e) {
      handover = failure(job.i, job.article.source, e);
    }
    post(role.port, job.i, handover);
  });
  frontHalf.prepare(deps.nlp);
}
