/** Test helpers: the shipped knowledge base and an NLP context over it. Never used by shipped code. */
import type { ActorIndex } from '../core/actor.js';
import { loadKnowledgeBase, normaliseName } from '../kb/index.js';
import type { NlpContext } from '../nlp/context.js';
import { testWink } from './doc.js';

let kb: ActorIndex | null = null;
export function testKb(): ActorIndex {
  kb ??= loadKnowledgeBase();
  return kb;
}

/** The context the app builds: wink, the knowledge base and its name normaliser. */
export function testNlpContext(): NlpContext {
  return { wink: testWink(), kb: testKb(), normaliseName };
}
