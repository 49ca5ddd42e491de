/**
 * Annotates raw text with name mentions (stages 10 and 30 only), offsets into the text exactly as given.
 * @example const annotate = createAnnotator(); annotate('Rahmon spoke in Dushanbe.') // → [{ start: 0, end: 6, type: 'PERSON', … }]
 */
import type { EntityType } from '../core/vocab.js';
import type { Doc } from '../core/doc.js';
import { DEFAULT_KB_DIR, loadKnowledgeBases, normaliseName } from '../kb/index.js';
import { createNlpContext, DEFAULT_STAGES } from '../nlp/index.js';
import { buildPipeline } from '../nlp/pipeline.js';

export interface AnnotatedMention {
  /** UTF-16 offsets into the text as given */
  start: number;
  end: number;
  type: EntityType;
  text: string;
  /** a title cut off the front of a person's name */
  role?: string;
}

const WANTED = new Set(['10-tokens', '30-mentions']);

/** Loads the knowledge base and models once; the returned function annotates one text per call. */
export function createAnnotator(opts: { kbDirs?: string[] } = {}): (text: string) => AnnotatedMention[] {
  const { kb } = loadKnowledgeBases(opts.kbDirs ?? [DEFAULT_KB_DIR], normaliseName);
  const ctx = createNlpContext(kb, normaliseName);
  const pipeline = buildPipeline(DEFAULT_STAGES.filter((s) => WANTED.has(s.name)));
  return (text) => {
    const doc: Doc = { text, language: 'en', meta: { title: null, author: null, outlet: null, published: null, publishedBasis: null, url: null, basis: {} }, layers: {} };
    pipeline.run(doc, ctx);
    return (doc.layers.mentions ?? []).map((m) => {
      const role = (m as { role?: string }).role;
      return { start: m.start, end: m.end, type: m.type, text: m.text, ...(role ? { role } : {}) };
    });
  };
}
