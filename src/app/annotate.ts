/**
 * Annotates raw text with name mentions (stages 10 and 30 only), offsets into the text exactly as given.
 * @example const annotate = createAnnotator(); annotate('Rahmon spoke in Dushanbe.') // → [{ start: 0, end: 6, type: 'PERSON', … }]
 */
import type { EntityType } from '../core/vocab.js';
import type { Doc } from '../core/doc.js';
import type { ExportClaimT } from '../core/export-schema.js';
import { DEFAULT_KB_DIR, loadKnowledgeBases, normaliseName } from '../kb/index.js';
import { createNlpContext, DEFAULT_STAGES } from '../nlp/index.js';
import { buildPipeline } from '../nlp/pipeline.js';
import { claimToExport } from './export-json.js';

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
/** with claims: everything up to stage 60 (speakers need links, dates need the time stage) */
const WANTED_CLAIMS = new Set(['10-tokens', '30-mentions', '40-linking', '50-time', '60-claims']);

/** Loads the knowledge base and models once; the returned function annotates one text per call. */
export function createAnnotator(opts: { kbDirs?: string[] } = {}): (text: string) => AnnotatedMention[] {
  const run = createDocAnnotator(WANTED, opts);
  return (text) => mentionsOf(run(text));
}

/**
 * Mentions and claims of one text, claims in the export's shape (`doc` is the given id; entities are link keys).
 * @example createClaimAnnotator()('Rahmon said the border was calm.', 'a1').claims[0].cue // → 'said'
 */
export function createClaimAnnotator(opts: { kbDirs?: string[] } = {}): (text: string, id: string) => { mentions: AnnotatedMention[]; claims: ExportClaimT[] } {
  const run = createDocAnnotator(WANTED_CLAIMS, opts);
  return (text, id) => {
    const doc = run(text);
    const keys = new Map((doc.layers.links ?? []).map((l) => [l.mention, l.entityKey]));
    const ent = (m: string | null) => (m ? (keys.get(m) ?? null) : null);
    return { mentions: mentionsOf(doc), claims: (doc.layers.claims ?? []).map((c) =>
        claimToExport(c, { id: c.id, doc: id, text: doc.text, speakerEntity: ent(c.speaker.mention), about: [...new Set(c.about.map(ent).filter((e): e is string => e !== null))], entityOf: ent }),
      ),
    };
  };
}

function createDocAnnotator(wanted: Set<string>, opts: { kbDirs?: string[] }): (text: string) => Doc {
  const { kb } = loadKnowledgeBases(opts.kbDirs ?? [DEFAULT_KB_DIR], normaliseName);
  const ctx = createNlpContext(kb, normaliseName);
  const pipeline = buildPipeline(DEFAULT_STAGES.filter((s) => wanted.has(s.name)));
  return (text) => {
    const doc: Doc = { text, language: 'en', meta: { title: null, author: null, outlet: null, published: null, publishedBasis: null, url: null, basis: {} }, layers: {} };
    pipeline.run(doc, ctx);
    return doc;
  };
}

function mentionsOf(doc: Doc): AnnotatedMention[] {
  return (doc.layers.mentions ?? []).map((m) => {
    const role = (m as { role?: string }).role;
    return { start: m.start, end: m.end, type: m.type, text: m.text, ...(role ? { role } : {}) };
  });
}

