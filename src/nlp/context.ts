/** What stages receive besides the document: injected models and indexes, built once per run. */
import type { ActorIndex } from '../core/actor.js';
import type { WinkMethods } from 'wink-nlp';

export interface NlpContext {
  /** a wink-nlp instance over the English lite model */
  wink: WinkMethods;
  kb: ActorIndex;
}
