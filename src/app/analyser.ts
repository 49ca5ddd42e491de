/**
 * The analysis side built from knowledge-base records already loaded and validated elsewhere: what an ingest worker
 * thread opens. It imports neither the store nor the pack loader (YAML, zod), which were most of a worker's start-up.
 */
import type { KbActor } from '../core/actor.js';
import { buildActorIndex } from '../kb/actor-index.js';
import { normaliseName } from '../kb/normalise.js';
import { createNlpContext, defaultPipeline } from '../nlp/index.js';
import type { AnalyserDeps } from './analyse-article.js';

export function analyserFrom(actors: readonly KbActor[]): AnalyserDeps {
  const kb = buildActorIndex(actors);
  return { kb, nlp: createNlpContext(kb, normaliseName), pipeline: defaultPipeline() };
}
