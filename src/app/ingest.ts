/** Use case: ingest files into the store — read, clean, analyse, write each document all-or-nothing (with its cross-document records). */
import type { ActorIndex } from '../core/actor.js';
import { toAppError } from '../core/errors.js';
import { collectInputs, readArticle, type IngestOptions, type InputFile } from '../ingest/index.js';
import type { NlpContext } from '../nlp/index.js';
import type { Pipeline } from '../nlp/pipeline.js';
import type { Store } from '../store/store.js';
import { analyseArticle } from './analyse-article.js';
import type { Config } from './config.js';
import { refreshCorpusAnalysis, type BatchRecords } from './corpus-analysis.js';
import { prepareCrossDoc } from './crossdoc-records.js';
import { ingestInPool, poolAvailable } from './ingest-pool.js';
import { applyEntityJudgements } from './entity-judgements.js';
import { mergeSpellingVariants } from './entity-variants.js';

export { DEFAULT_MAX_BYTES } from '../ingest/index.js';
export { analyseArticle } from './analyse-article.js';

export interface IngestDeps {
  store: Store;
  /** a runtime's configuration: given, large batches are analysed in worker threads (which receive `kb` as loaded here) */
  config?: Pick<Config, 'kbDir' | 'userKbDir'>;
  kb: ActorIndex;
  nlp: NlpContext;
  pipeline: Pipeline<NlpContext>;
}

export type FileOutcome =
  | { source: string; status: 'new' | 'version' | 'unchanged'; id: string; version: number; analysed: boolean; note: string | null }
  | { source: string; status: 'failed'; code: string; message: string };

export interface IngestReport {
  outcomes: FileOutcome[];
  failed: number;
}

export interface IngestRequest {
  paths: string[];
  options: IngestOptions;
  /** called after each file, for progress display */
  onFile?: (outcome: FileOutcome, index: number, total: number) => void;
  /** called as the cross-document work after the files begins, for benchmarks */
  onCrossDocument?: () => void;
}

/** Ingests every input; a failed file is recorded and the batch goes on. */
export async function ingestPaths(deps: IngestDeps, req: IngestRequest): Promise<IngestReport> {
  const { files, problems } = collectInputs(req.paths, {});
  const outcomes: FileOutcome[] = problems.map((p) => ({ source: p.path, status: 'failed', code: p.code, message: p.message }));
  outcomes.forEach((o, i) => req.onFile?.(o, i, problems.length + files.length));
  const total = problems.length + files.length;
  let batch: BatchRecords | undefined;
  if (deps.config && poolAvailable(files.length)) {
    const pool = await ingestInPool(deps.store, deps.kb, files, req.options, (o, i) => req.onFile?.(o, problems.length + i, total));
    outcomes.push(...pool.outcomes);
    batch = pool.records;
  } else {
    for (const [i, file] of files.entries()) {
      const outcome = await ingestOne(deps, file, req.options);
      outcomes.push(outcome);
      req.onFile?.(outcome, problems.length + i, total);
    }
  }
  if (outcomes.some((o) => o.status === 'new' || o.status === 'version')) {
    // spelling variants across documents, then analysts' corrections, so the corpus analysis sees the entities decided
    req.onCrossDocument?.();
    await mergeSpellingVariants(deps.store, new Date());
    await applyEntityJudgements(deps.store, deps.kb);
    await refreshCorpusAnalysis(deps.store, deps.kb, batch);
  }
  return { outcomes, failed: outcomes.filter((o) => o.status === 'failed').length };
}

async function ingestOne(deps: IngestDeps, file: InputFile, options: IngestOptions): Promise<FileOutcome> {
  try {
    const article = readArticle(file, options, deps.kb);
    const existing = await deps.store.findBySha(article.sha256);
    if (existing) return { source: article.source, status: 'unchanged', id: existing.id, version: existing.version, analysed: existing.analysed, note: existing.note };
    const { doc, analysis, entities } = analyseArticle(deps, article);
    const res = await deps.store.putDocument(doc, analysis, entities, prepareCrossDoc(deps.kb, doc, analysis));
    return { source: article.source, status: res.status, id: res.id, version: res.version, analysed: doc.analysed, note: doc.note };
  } catch (e) {
    const err = toAppError(e);
    return { source: file.source, status: 'failed', code: err.code, message: err.message };
  }
}
