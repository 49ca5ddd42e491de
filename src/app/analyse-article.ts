/** One article through the NLP pipeline, apart from the store: what ingest worker threads import (and nothing heavier). */
import type { ActorIndex } from '../core/actor.js';
import type { Article, Doc, Layers } from '../core/doc.js';
import { AppError } from '../core/errors.js';
import { docId, entityIdFromKey } from '../core/ids.js';
import type { NlpContext } from '../nlp/index.js';
import type { Pipeline } from '../nlp/pipeline.js';
import type { DocAnalysis, EntityRecord, NewDocument } from '../store/store.js';

export interface AnalyserDeps {
  kb: ActorIndex;
  nlp: NlpContext;
  pipeline: Pipeline<NlpContext>;
}

export type Analysed = { doc: NewDocument; analysis: DocAnalysis | null; entities: EntityRecord[] };

/** Runs the pipeline over an English article; other languages are stored, marked, and not analysed. */
export function analyseArticle(deps: AnalyserDeps, article: Article): Analysed {
  return analyseBack(deps, analyseFront(deps, article), null);
}

/** What the first of two threads hands the second: the document and the layers made so far (null when not analysed). */
export interface HalfAnalysed {
  doc: NewDocument;
  layers: Partial<Layers> | null;
}

/** The first part of `analyseArticle`: the document record, and `deps.pipeline` run over it when it is English. */
export function analyseFront(deps: AnalyserDeps, article: Article): HalfAnalysed {
  const analysed = article.language === 'en';
  const doc: NewDocument = {
    id: docId(article.sha256),
    key: article.meta.url ?? article.source,
    source: article.source,
    sha256: article.sha256,
    encoding: article.encoding,
    language: article.language,
    analysed,
    note: analysed ? null : `not analysed (language ${article.language})`,
    text: article.text,
    meta: article.meta,
    stripped: article.stripped,
  };
  return { doc, layers: analysed ? runStages(deps.pipeline, deps.nlp, doc, {}) : null };
}

/** The rest: `pipeline` (the second half's stages, or none) over the layers so far, then the records to store. */
export function analyseBack(deps: Pick<AnalyserDeps, 'kb' | 'nlp'>, half: HalfAnalysed, pipeline: Pipeline<NlpContext> | null): Analysed {
  const { doc } = half;
  if (!half.layers) return { doc, analysis: null, entities: [] };
  const l = pipeline ? runStages(pipeline, deps.nlp, doc, half.layers) : half.layers;
  const analysis: DocAnalysis = {
    mentions: l.mentions ?? [],
    links: l.links ?? [],
    times: l.times ?? [],
    claims: l.claims ?? [],
    events: l.events ?? [],
    relations: l.relations ?? [],
  };
  return { doc, analysis, entities: entitiesOf(analysis, deps.kb) };
}

function runStages(pipeline: Pipeline<NlpContext>, nlp: NlpContext, doc: NewDocument, layers: Partial<Layers>): Partial<Layers> {
  const d: Doc = { text: doc.text, language: doc.language, meta: doc.meta, layers };
  try {
    pipeline.run(d, nlp);
  } catch (e) {
    throw new AppError('INTERNAL', `${doc.source}: analysis failed (${e instanceof Error ? e.message : String(e)})`, { cause: e });
  }
  return d.layers;
}

/** One record per distinct entity the links point to, with the KB's canonical name and coordinates. */
function entitiesOf(a: DocAnalysis, kb: ActorIndex): EntityRecord[] {
  const out = new Map<string, EntityRecord>();
  for (const link of a.links) {
    const id = entityIdFromKey(link.entityKey);
    if (out.has(id)) continue;
    const actor = link.kbId ? kb.get(link.kbId) : undefined;
    out.set(id, {
      id,
      name: actor?.name ?? link.name,
      type: actor?.type ?? link.type,
      kbId: actor ? actor.id : null,
      geo: actor?.coords ? { lat: actor.coords.lat, lon: actor.coords.lon } : null,
    });
  }
  return [...out.values()];
}
