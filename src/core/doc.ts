/**
 * The document model: a Doc owns its cleaned text; every annotation is a stand-off
 * span (UTF-16 offsets into `text`) in a named layer, tagged with the stage that made it.
 */
import type { DatePrecision, EntityType, PublishedBasis } from './vocab.js';

export interface Span {
  start: number;
  end: number;
}

/** Metadata of an article, each field with the basis it came from. */
export interface ArticleMeta {
  title: string | null;
  author: string | null;
  outlet: string | null;
  published: string | null; // YYYY | YYYY-MM | YYYY-MM-DD
  publishedBasis: PublishedBasis | null;
  url: string | null;
  /** how each field was found: 'stated' (in the text), 'supplied' (sidecar/CLI/front matter), 'url', 'inferred' */
  basis: Record<string, string>;
}

/** A stripped piece of the original text, kept so a reader can see what was removed and why. */
export interface Stripped {
  text: string;
  reason: string;
}

/** What ingest hands to the pipeline: cleaned text plus metadata. */
export interface Article {
  source: string; // path relative to the ingest root, or URL
  sha256: string; // of the raw bytes
  encoding: string;
  language: string; // ISO 639-1 where known, else 'und'
  text: string;
  meta: ArticleMeta;
  stripped: Stripped[];
}

export type Sentence = Span;

export interface Token extends Span {
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, …). */
  pos: string;
  /** lower-cased normal form */
  norm: string;
  sentence: number;
}

/** Every token is made here, fields in one order: the code reading tokens then sees one object shape in V8. */
export function token(start: number, end: number, pos: string, norm: string, sentence: number): Token {
  return { start, end, pos, norm, sentence };
}

export interface Mention extends Span {
  id: string; // `m<index>` within the document
  text: string;
  type: EntityType;
  /** evidence that typed it, e.g. 'kb', 'gazetteer', 'shape:person', 'head:org' */
  basis: string;
  stage: string;
  /** a title or rank written before a person's name ("Colonel", "Interior Minister"), kept out of the span */
  role?: string;
}

/** Links a mention to an actor: a knowledge-base id, or a document-independent key for a discovered actor. */
export interface MentionLink {
  mention: string;
  /** `kb:<id>` or `new:<TYPE>:<normalised name>` */
  entityKey: string;
  kbId: string | null;
  name: string; // the canonical name to show
  type: EntityType;
  stage: string;
  /** confidence of the linking decision, 0–1 */
  score?: number;
  /** the rule that decided, `<code>: <evidence>`; code `unsure` marks a decision left for an analyst */
  rule?: string;
}

export interface TimeExpr extends Span {
  text: string;
  value: string; // YYYY | YYYY-MM | YYYY-MM-DD
  precision: DatePrecision;
  /** true when the year was not written and was chosen from the document date */
  yearInferred: boolean;
  stage: string;
}

export interface Quantity {
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string | null;
  qualifier: string | null;
  text: string;
  start: number;
  end: number;
}

export interface ChainLink {
  mention: string | null; // mention id
  text: string;
  role: 'via' | 'outlet' | 'citation';
}

export interface ClaimAnn {
  id: string; // `c<offset>` within the document: where the cue (else the evidence) starts
  speaker: { kind: 'named' | 'anonymous' | 'author'; mention: string | null; text: string | null };
  chain: ChainLink[];
  cue: string;
  kind: 'statement' | 'belief' | 'intention' | 'narrative';
  stance: 'assert' | 'deny' | 'allege' | 'estimate' | 'predict' | 'retract';
  hedged: boolean;
  hedges: string[];
  quote: boolean;
  sourcing: 'named' | 'anonymous' | 'unattributed';
  saidOn: string | null;
  content: string;
  /** mention ids the content is about */
  about: string[];
  quantities: Quantity[];
  evidence: Span;
  spans: { source: [number, number] | null; cue: [number, number] | null; content: [number, number] | null };
  stage: string;
}

export interface EventAnn {
  id: string;
  type: string;
  subtype: string | null;
  date: string | null;
  datePrecision: DatePrecision | null;
  place: string | null; // mention id
  geoPrecision: 1 | 2 | 3 | null;
  actors: string[]; // mention ids
  fatalities: number | null;
  reportedBy: string[]; // claim ids
  evidence: Span;
  stage: string;
}

export interface RelationAnn {
  id: string;
  type: string;
  source: string; // mention id
  target: string; // mention id
  claim: string | null;
  evidence: Span;
  stage: string;
}

/** Every annotation layer a stage can require or produce. */
export interface Layers {
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  links: MentionLink[];
  times: TimeExpr[];
  claims: ClaimAnn[];
  events: EventAnn[];
  relations: RelationAnn[];
}
export type LayerName = keyof Layers;

export interface Doc {
  text: string;
  language: string;
  meta: ArticleMeta;
  layers: Partial<Layers>;
}

/** Reads a layer a stage declared in `requires`; the pipeline guarantees it is there. */
export function layer<K extends LayerName>(doc: Doc, name: K): Layers[K] {
  const l = doc.layers[name];
  if (l === undefined) throw new Error(`layer '${name}' missing: the pipeline should have rejected this order`);
  return l;
}

export function spanText(doc: Doc, s: Span): string {
  return doc.text.slice(s.start, s.end);
}
