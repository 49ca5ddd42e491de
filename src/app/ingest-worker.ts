/** Worker thread for parallel ingest: reads and analyses files and prepares their cross-document records; the main thread alone writes. */
import { serialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { toAppError } from '../core/errors.js';
import { readArticle, type IngestOptions, type InputFile } from '../ingest/index.js';
import type { CrossDocPrepared } from '../store/store.js';
import type { Config } from './config.js';
import { analyseArticle } from './analyse-article.js';
import { prepareCrossDoc } from './crossdoc-records.js';
import { openAnalyser } from './runtime.js';

export interface WorkerJob {
  i: number;
  file: InputFile;
}

export type WorkerResult =
  | { i: number; ok: true; result: ReturnType<typeof analyseArticle>; crossDoc: CrossDocPrepared }
  | { i: number; ok: false; source: string; code: string; message: string };

/**
 * A result as posted: serialised bytes, turned back into objects only when their group is written. Dozens of results
 * wait for their turn; as bytes they cost the main thread's garbage collector nothing.
 */
export interface PostedResult {
  i: number;
  bytes: Uint8Array;
}

const { config, options } = workerData as { config: Pick<Config, 'kbDir' | 'userKbDir'>; options: IngestOptions };
const deps = openAnalyser(config);

parentPort!.on('message', (job: WorkerJob) => {
  let reply: WorkerResult;
  try {
    const result = analyseArticle(deps, readArticle(job.file, options, deps.kb));
    reply = { i: job.i, ok: true, result, crossDoc: prepareCrossDoc(deps.kb, result.doc, result.analysis) };
  } catch (e) {
    const err = toAppError(e);
    reply = { i: job.i, ok: false, source: job.file.source, code: err.code, message: err.message };
  }
  const out = serialize(reply);
  // moved, not copied, when the bytes own their whole buffer (they do: v8.serialize does not pool)
  const bytes = out.byteOffset === 0 && out.byteLength === out.buffer.byteLength ? out : new Uint8Array(out);
  parentPort!.postMessage({ i: job.i, bytes } satisfies PostedResult, [bytes.buffer]);
});
