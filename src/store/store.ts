/**
 * The one storage interface. Every backend (SQLite now, PostgreSQL later) passes
 * store.contract.ts unchanged. Methods are async so a networked backend fits.
 */
import type { ArticleMeta, ClaimAnn, EventAnn, Layers, Mention, RelationAnn, Stripped, TimeExpr } from '../core/doc.js';
import type { AppError } from '../core/errors.js';
import type { EntityType } from '../core/vocab.js';
import type { ExportLinkT, ExportSourceT } from '../core/export-schema.js';

export interface NewDocument {
  id: string; // docId(sha256)
  key: string; // identity across versions: the source path or URL
  source: string;
  sha256: string;
  encoding: string;
  language: string;
  analysed: boolean;
  /** why it was not analysed, e.g. 'not analysed (language ru)' */
  note: string | null;
  text: string;
  meta: ArticleMeta;
  stripped: Stripped[];
}

export interface StoredDocument extends NewDocument {
  version: number;
  latest: boolean;
  ingestedAt: string;
}

/** A document's annotations with mention ids local to it; the store scopes them. */
export type DocAnalysis = Pick<Layers, 'mentions' | 'links' | 'times' | 'claims' | 'events' | 'relations'>;

export interface EntityRecord {
  id: string;
  name: string;
  type: EntityType;
  kbId: string | null;
  geo: { lat: number; lon: number } | null;
}

export interface EntitySummary extends EntityRecord {
  mentionCount: number;
  docCount: number;
  /** distinct surface forms seen, most frequent first */
  aliases: string[];
}

export interface MentionRow {
  doc: string;
  mention: Mention;
  /** the entity it refers to now, after analysts' judgements */
  entity: string | null;
  /** what the linker decided, before any judgement: its entity, score and rule */
  link?: { entity: string | null; score: number | null; rule: string | null };
}

/** Moves one mention (a scoped id, `<doc>/<local>`) to an entity. */
export interface MentionReassignment {
  mention: string;
  entity: string;
}

export interface ClaimRow {
  doc: string;
  claim: ClaimAnn;
  /** entity id of the speaker, when named and linked */
  speakerEntity: string | null;
  /** entity ids of the claim's about list */
  aboutEntities: string[];
}

export interface EventRow {
  doc: string;
  event: EventAnn;
  placeEntity: string | null;
  actorEntities: string[];
}

export interface RelationRow {
  doc: string;
  relation: RelationAnn;
  sourceEntity: string | null;
  targetEntity: string | null;
}

export interface SearchHit {
  kind: 'document' | 'claim';
  doc: string;
  id: string;
  snippet: string;
}

export const JUDGEMENT_KINDS = ['source-grade', 'claim-link', 'claim-unlink', 'entity-merge', 'entity-split', 'mention-link'] as const;

/**
 * An analyst's decision, recorded with who, when and why; later judgements on the same subject win.
 * entity-merge: subject the entity kept, object the entity merged into it. entity-split and mention-link:
 * subject a mention id, object its span `start-end` (to find it again if ids shift), value the entity it goes to;
 * an entity-split whose subject is an entity undoes a merge whole (object the entity merged into it, value null).
 */
export interface Judgement {
  kind: (typeof JUDGEMENT_KINDS)[number];
  subject: string; // an outlet name, a claim id, an entity id or a mention id
  object: string | null; // the other claim id, the merged entity, or a mention's span
  value: string | null; // a grade letter, `kind/conflict` for a claim link, or a target entity
  why: string;
  who: string;
  at: string; // ISO-8601
}

/** One claim prepared for cross-document linking: the blocking keys it is filed under and an opaque record (JSON). */
export interface CrossDocClaim {
  id: string; // scoped `<doc>/<claim>`
  doc: string;
  pos: number;
  keys: string[];
  data: string;
}

/** One document in the cross-document index: its outlet and near-duplicate signature and cluster. */
export interface CrossDocDocument {
  doc: string;
  /** ingestion order; a cluster is named after its earliest document */
  ord: number;
  outlet: string | null;
  signature: Uint8Array | null;
  bands: string[];
  cluster: string;
  clusterOrd: number;
}

/**
 * One document's cross-document records, prepared where it was analysed and written in the document's own transaction;
 * the step after the batch only places it in a near-duplicate cluster and links its claims.
 */
export interface CrossDocPrepared {
  signature: Uint8Array | null;
  bands: string[];
  claims: CrossDocClaim[];
}

/** What the cross-document index lacks: latest documents never indexed, and indexed ones whose inputs changed. */
export interface CrossDocPending {
  /** `prepared`: its records were written with it and nothing they copied has changed since */
  fresh: { doc: string; ord: number; prepared: boolean }[];
  /** indexed documents that changed (entities moved, superseded, judged); `latest` false means drop them */
  stale: { doc: string; ord: number; latest: boolean }[];
}

export type PutResult = { status: 'new' | 'version' | 'unchanged'; id: string; version: number };

/** One document for `putDocuments`: what `putDocument` takes. */
export interface DocumentWrite {
  doc: NewDocument;
  analysis: DocAnalysis | null;
  entities: EntityRecord[];
  crossDoc?: CrossDocPrepared | null;
}

export interface DocumentFilter {
  /** include superseded versions too (a `doc` filter names one version, so it applies whatever this says) */
  allVersions?: boolean;
}

export interface Store {
  /** Writes a document, its annotations, the entities they link to and its prepared cross-document records in one transaction. */
  putDocument(doc: NewDocument, analysis: DocAnalysis | null, entities: EntityRecord[], crossDoc?: CrossDocPrepared | null): Promise<PutResult>;
  /**
   * Writes documents in order, each as `putDocument` would and each all-or-nothing, under fewer commits: a failed
   * document's error (an AppError) takes its place and the others are stored. Nothing is visible before it returns.
   */
  putDocuments(docs: DocumentWrite[]): Promise<(PutResult | AppError)[]>;
  findBySha(sha256: string): Promise<StoredDocument | null>;
  getDocument(id: string): Promise<StoredDocument | null>;
  listDocuments(filter?: DocumentFilter): Promise<StoredDocument[]>;
  listEntities(filter?: { type?: EntityType }): Promise<EntitySummary[]>;
  getEntity(id: string): Promise<EntitySummary | null>;
  /** Every entity's name, type and KB id, without counts or aliases (cheap on a large store). */
  entityNames(): Promise<{ id: string; name: string; type: EntityType; kbId: string | null }[]>;
  /** Mentions, in latest document versions unless allVersions. */
  mentions(filter?: { entity?: string; doc?: string } & DocumentFilter): Promise<MentionRow[]>;
  claims(filter?: { speaker?: string; about?: string; doc?: string } & DocumentFilter): Promise<ClaimRow[]>;
  events(filter?: { actor?: string; doc?: string } & DocumentFilter): Promise<EventRow[]>;
  relations(filter?: { entity?: string; doc?: string } & DocumentFilter): Promise<RelationRow[]>;
  times(filter?: { doc?: string }): Promise<{ doc: string; time: TimeExpr }[]>;
  /** Full-text search over latest document texts and claim contents. */
  search(text: string, limit?: number): Promise<SearchHit[]>;
  /** Cross-document results are recomputed as a whole, so they are replaced as a whole. */
  replaceLinks(links: ExportLinkT[]): Promise<void>;
  /** Replaces the links with an end in any of `docs` by `links` (an incremental re-analysis of those documents). */
  replaceLinksTouching(docs: string[], links: ExportLinkT[]): Promise<void>;
  crossDocPending(): Promise<CrossDocPending>;
  /**
   * Replaces the index rows of the given documents and drops those in `drop`, clearing their stale marks; `placed` are
   * prepared documents now given their cluster (their claim, key and band rows stay as written).
   */
  putCrossDoc(docs: CrossDocDocument[], claims: CrossDocClaim[], drop: string[], placed?: CrossDocDocument[]): Promise<void>;
  /** Prepared documents not yet placed in a cluster: outlet, signature and bands (cluster fields empty). */
  crossDocPrepared(docs: string[]): Promise<CrossDocDocument[]>;
  /** Indexed claims in any of `docs`, filed under any of `keys`, or with one of the `ids`; with their document's cluster (keys left empty). */
  crossDocClaims(filter: { docs?: string[]; keys?: string[]; ids?: string[] }): Promise<(CrossDocClaim & { cluster: string })[]>;
  /**
   * Files the claims written since the last call under their blocking keys. Readers see those keys either way (read
   * from the claims' own lists meanwhile); filing keeps their reads cheap. With `background`, the store may do the work
   * on a helper thread while the caller goes on; the promise settles when it is done.
   */
  indexCrossDocKeys(opts?: { background?: boolean }): Promise<void>;
  /** The claims filed under each of `keys`, as key–claim pairs. */
  crossDocKeyMembers(keys: string[]): Promise<{ key: string; claim: string }[]>;
  /** How many indexed claims are filed under each of `keys` (keys with none are left out). */
  crossDocKeyCounts(keys: string[]): Promise<Map<string, number>>;
  /** Indexed documents sharing any of the near-duplicate bands. */
  crossDocNeighbours(bands: string[]): Promise<CrossDocDocument[]>;
  /** Renames clusters (merged by a new document); returns the documents whose cluster changed. */
  renameCrossDocClusters(changes: { from: string; to: string; toOrd: number }[]): Promise<string[]>;
  /** How many latest document versions the store holds (what a full cross-document pass reads). */
  crossDocLatestCount(): Promise<number>;
  /** Distinct outlets of the indexed documents. */
  crossDocOutlets(): Promise<string[]>;
  links(): Promise<ExportLinkT[]>;
  replaceSources(sources: ExportSourceT[]): Promise<void>;
  sources(): Promise<ExportSourceT[]>;
  /** Appends an analyst judgement; judgements are never replaced by re-analysis. */
  addJudgement(j: Judgement): Promise<void>;
  judgements(kind?: Judgement['kind']): Promise<Judgement[]>;
  /**
   * Points mentions at other entities (in every table that copies a mention's entity), creating the listed
   * entities first when missing; the linker's own decision is kept. Returns how many mentions changed.
   */
  reassignMentions(changes: MentionReassignment[], entities?: EntityRecord[]): Promise<number>;
  close(): Promise<void>;
}
