/** The NLP layer's public face: the default stage order and the context factory. */
import { createRequire } from 'node:module';
import type { WinkMethods } from 'wink-nlp';
import type { ActorIndex } from '../core/actor.js';
import { AppError } from '../core/errors.js';
import type { Stage } from '../core/stage.js';
import type { NlpContext } from './context.js';
import { buildPipeline, type Pipeline } from './pipeline.js';
import { tokensStage } from './stages/10-tokens/index.js';
import { mentionsStage } from './stages/30-mentions/index.js';
import { linkingStage } from './stages/40-linking/index.js';
import { timeStage } from './stages/50-time/index.js';
import { claimsStage } from './stages/60-claims/index.js';
import { eventsStage } from './stages/70-events/index.js';
import { eventClaimsStage } from './stages/75-event-claims/index.js';
import { relationsStage } from './stages/80-relations/index.js';

export type { NlpContext } from './context.js';

/** Stages in run order; the numbers in their names give the order too. */
export const DEFAULT_STAGES: readonly Stage<NlpContext>[] = [
  tokensStage,
  mentionsStage,
  linkingStage,
  timeStage,
  claimsStage,
  eventsStage,
  eventClaimsStage,
  relationsStage,
];

/** wink's sentence splitter and POS tagger only: its negation, sentiment and entity passes are unused here (same tokens and tags, a third faster). */
export const WINK_PIPE = ['sbd', 'pos'];

const require = createRequire(import.meta.url);

/**
 * Builds the context once per run; the caller injects the name normaliser. wink and its model load on first use
 * (≈ 150 ms): only the tokens stage needs them, not the second ingest worker nor the commands that only read.
 */
export function createNlpContext(kb: ActorIndex, normaliseName: (s: string) => string): NlpContext {
  let wink: WinkMethods | undefined;
  return {
    get wink() {
      return (wink ??= loadWink());
    },
    kb,
    normaliseName,
  };
}

function loadWink(): WinkMethods {
  const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => WinkMethods;
  return winkNLP(require('wink-eng-lite-web-model'), WINK_PIPE);
}

export function defaultPipeline(): Pipeline<NlpContext> {
  return buildPipeline(DEFAULT_STAGES);
}

/**
 * The default stages cut in two before stage `at`, for two threads that each run (and so compile) only their half;
 * the second half starts from the layers the first produces.
 */
export function pipelineHalves(at: string): [Pipeline<NlpContext>, Pipeline<NlpContext>] {
  const k = DEFAULT_STAGES.findIndex((s) => s.name === at);
  if (k <= 0) throw new AppError('PIPELINE_INVALID', `cannot cut the pipeline before '${at}'`);
  const front = DEFAULT_STAGES.slice(0, k);
  return [buildPipeline(front), buildPipeline(DEFAULT_STAGES.slice(k), front.flatMap((s) => s.produces))];
}
