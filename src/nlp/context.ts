/** What stages receive besides the document: injected models and indexes, built once per run. */
import type { ActorIndex } from '../core/actor.js';
import type { WinkMethods } from 'wink-nlp';
import type { Gazetteer } from './lib/gazetteer.js';

export interface NlpContext {
  /** a wink-nlp instance over the English lite model */
  wink: WinkMethods;
  kb: ActorIndex;
  /**
   * The name-matching key (inject kb's `normaliseName`) so that stage keys agree with the knowledge base;
   * without it a plain case-and-diacritics fold is used.
   */
  normaliseName?: (s: string) => string;
  /** Token trie over the knowledge base's aliases; built once from `kb` on first use when not injected. */
  gazetteer?: Gazetteer;
}
