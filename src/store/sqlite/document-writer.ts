/** Writes one document version and its scoped annotations in one transaction, with statements prepared once. */
import type Database from 'better-sqlite3';
import type { ClaimAnn, EventAnn, Mention, MentionLink, RelationAnn, TimeExpr } from '../../core/doc.js';
import { AppError } from '../../core/errors.js';
import { entityIdFromKey, scopedId } from '../../core/ids.js';
import type { CrossDocPrepared, DocAnalysis, DocumentWrite, EntityRecord, NewDocument, PutResult } from '../store.js';
import type { CrossDocIndex } from './cross-doc-index.js';

const SQL = {
  bySha: 'SELECT id, version FROM documents WHERE sha256 = ?',
  maxVersion: 'SELECT max(version) AS v FROM documents WHERE key = ?',
  unindexDoc: `INSERT INTO document_fts (document_fts, rowid, title, text)
    SELECT 'delete', rid, title, text FROM documents WHERE key = ? AND latest = 1`,
  unindexClaims: `INSERT INTO claim_fts (claim_fts, rowid, content)
    SELECT 'delete', c.rid, c.content FROM claims c JOIN documents d ON d.id = c.doc_id WHERE d.key = ? AND d.latest = 1 AND c.kind != 'narrative'`,
  clearLatest: 'UPDATE documents SET latest = 0 WHERE key = ? AND latest = 1',
  doc: `INSERT INTO documents (id, key, version, latest, source, sha256, encoding, language, analysed, note, text,
    title, author, outlet, published, published_basis, url, meta_basis, stripped, ingested_at)
    VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  indexDoc: 'INSERT INTO document_fts (rowid, title, text) VALUES (?, ?, ?)',
  // A KB-linked record carries the canonical name; a discovered entity keeps the first name it was stored under.
  entity: `INSERT INTO entities (id, name, type, kb_id, lat, lon) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET
      name = CASE WHEN excluded.kb_id IS NOT NULL THEN excluded.name ELSE entities.name END,
      kb_id = coalesce(excluded.kb_id, entities.kb_id),
      lat = CASE WHEN excluded.lat IS NOT NULL THEN excluded.lat ELSE entities.lat END,
      lon = CASE WHEN excluded.lat IS NOT NULL THEN excluded.lon ELSE entities.lon END`,
  mention: `INSERT INTO mentions (id, doc_id, pos, local_id, span_start, span_end, text, type, basis, stage, entity_id, link_stage, role,
    linked_entity, link_score, link_rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  claim: `INSERT INTO claims (id, doc_id, pos, local_id, speaker_kind, speaker_mention, speaker_entity, cue, kind, stance,
    sourcing, hedged, quote, said_on, content, span_start, span_end, stage, ann)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  indexClaim: 'INSERT INTO claim_fts (rowid, content) VALUES (?, ?)',
  about: 'INSERT INTO claim_about (claim_id, pos, mention_id, entity_id) VALUES (?, ?, ?, ?)',
  event: `INSERT INTO events (id, doc_id, pos, local_id, type, subtype, date, date_precision, place_mention, place_entity,
    geo_precision, fatalities, span_start, span_end, stage, ann) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  actor: 'INSERT INTO event_actors (event_id, pos, mention_id, entity_id) VALUES (?, ?, ?, ?)',
  relation: `INSERT INTO relations (id, doc_id, pos, local_id, type, source_mention, target_mention, source_entity,
    target_entity, claim_id, span_start, span_end, stage) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  time: `INSERT INTO times (doc_id, pos, span_start, span_end, text, value, precision, year_inferred, stage)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
} as const;

type Statements = { [K in keyof typeof SQL]: Database.Statement };

/** Local mention id → the entity it links to, the stage that linked it and the decision's score and rule. */
type EntityOf = Map<string, { id: string; stage: string; score: number | null; rule: string | null }>;

export class DocumentWriter {
  private readonly s: Statements;
  private readonly tx: (doc: NewDocument, analysis: DocAnalysis | null, entities: EntityRecord[], prepared: CrossDocPrepared | null) => PutResult;
  private readonly groupTx: (items: DocumentWrite[]) => PutResult[];

  constructor(db: Database.Database, private readonly index: CrossDocIndex) {
    this.s = Object.fromEntries(Object.entries(SQL).map(([k, sql]) => [k, db.prepare(sql)])) as Statements;
    const t = db.transaction((doc: NewDocument, analysis: DocAnalysis | null, entities: EntityRecord[], prepared: CrossDocPrepared | null) =>
      this.write(doc, analysis, entities, prepared),
    );
    // IMMEDIATE takes the write lock up front, so a concurrent writer waits (busy_timeout) instead of failing mid-way.
    this.tx = (doc, analysis, entities, prepared) => t.immediate(doc, analysis, entities, prepared);
    // no savepoint per document: SQLite journals every page a savepoint changes, which costs more than the commits saved
    const group = db.transaction((items: DocumentWrite[]) => items.map((it) => this.write(it.doc, it.analysis, it.entities, it.crossDoc ?? null)));
    this.groupTx = (items) => group.immediate(items);
  }

  /**
   * Several documents under one commit: the same rows as one `put` each, in order. If any of them fails, the group is
   * rolled back whole and each document is written in its own transaction, so a failure still takes only its document.
   */
  putMany(items: DocumentWrite[]): unknown[] {
    try {
      return this.groupTx(items);
    } catch {
      return items.map((it) => {
        try {
          return this.tx(it.doc, it.analysis, it.entities, it.crossDoc ?? null);
        } catch (e) {
          return e;
        }
      });
    }
  }

  put(doc: NewDocument, analysis: DocAnalysis | null, entities: EntityRecord[], prepared: CrossDocPrepared | null = null): PutResult {
    return this.tx(doc, analysis, entities, prepared);
  }

  private write(doc: NewDocument, analysis: DocAnalysis | null, entities: EntityRecord[], prepared: CrossDocPrepared | null): PutResult {
    const same = this.s.bySha.get(doc.sha256) as { id: string; version: number } | undefined;
    if (same) return { status: 'unchanged', id: same.id, version: same.version };
    const prev = (this.s.maxVersion.get(doc.key) as { v: number | null }).v;
    if (prev !== null) {
      this.s.unindexDoc.run(doc.key);
      this.s.unindexClaims.run(doc.key);
      this.s.clearLatest.run(doc.key);
    }
    const version = (prev ?? 0) + 1;
    this.insertDocument(doc, version);
    const known = new Set<string>();
    for (const e of entities) {
      this.s.entity.run(e.id, e.name, e.type, e.kbId, e.geo?.lat ?? null, e.geo?.lon ?? null);
      known.add(e.id);
    }
    if (analysis) this.writeAnalysis(doc.id, analysis, known);
    // the cross-document records go with the document: a failed write leaves neither
    if (prepared) this.index.writePrepared(doc.id, prepared);
    return { status: prev === null ? 'new' : 'version', id: doc.id, version };
  }

  private insertDocument(doc: NewDocument, version: number): void {
    const m = doc.meta;
    const { lastInsertRowid } = this.s.doc.run(
      doc.id, doc.key, version, doc.source, doc.sha256, doc.encoding, doc.language, doc.analysed ? 1 : 0, doc.note, doc.text,
      m.title, m.author, m.outlet, m.published, m.publishedBasis, m.url, JSON.stringify(m.basis), JSON.stringify(doc.stripped),
      new Date().toISOString(),
    );
    this.s.indexDoc.run(lastInsertRowid, m.title, doc.text);
  }

  private writeAnalysis(docId: string, a: DocAnalysis, known: Set<string>): void {
    const entityOf = this.linkEntities(a.mentions, a.links, known);
    a.mentions.forEach((m, i) => this.insertMention(docId, i, m, entityOf.get(m.id)));
    a.claims.forEach((c, i) => this.insertClaim(docId, i, c, entityOf));
    a.events.forEach((e, i) => this.insertEvent(docId, i, e, entityOf));
    a.relations.forEach((r, i) => this.insertRelation(docId, i, r, entityOf));
    a.times.forEach((t, i) => this.insertTime(docId, i, t));
  }

  /** Resolves each link to an entity id, creating entities the caller did not list from the link itself. */
  private linkEntities(mentions: Mention[], links: MentionLink[], known: Set<string>): EntityOf {
    const ids = new Set(mentions.map((m) => m.id));
    const entityOf: EntityOf = new Map();
    for (const l of links) {
      if (!ids.has(l.mention)) throw new AppError('DB_ERROR', `link refers to unknown mention '${l.mention}'`);
      const id = entityIdFromKey(l.entityKey);
      if (!known.has(id)) {
        this.s.entity.run(id, l.name, l.type, l.kbId, null, null);
        known.add(id);
      }
      entityOf.set(l.mention, { id, stage: l.stage, score: l.score ?? null, rule: l.rule ?? null });
    }
    return entityOf;
  }

  private insertMention(docId: string, pos: number, m: Mention, link: { id: string; stage: string; score: number | null; rule: string | null } | undefined): void {
    const entity = link?.id ?? null;
    this.s.mention.run(
      scopedId(docId, m.id), docId, pos, m.id, m.start, m.end, m.text, m.type, m.basis, m.stage, entity, link?.stage ?? null, m.role ?? null,
      entity, link?.score ?? null, link?.rule ?? null,
    );
  }

  private insertClaim(docId: string, pos: number, c: ClaimAnn, entityOf: EntityOf): void {
    const id = scopedId(docId, c.id);
    const sp = c.speaker.mention;
    const { lastInsertRowid } = this.s.claim.run(
      id, docId, pos, c.id, c.speaker.kind, sp === null ? null : scopedId(docId, sp), sp === null ? null : (entityOf.get(sp)?.id ?? null),
      c.cue, c.kind, c.stance, c.sourcing, c.hedged ? 1 : 0, c.quote ? 1 : 0, c.saidOn, c.content,
      c.evidence.start, c.evidence.end, c.stage, JSON.stringify(c),
    );
    // a narrative is the document's own sentence: the document's index finds it, a second copy would only slow ranking
    if (c.kind !== 'narrative') this.s.indexClaim.run(lastInsertRowid, c.content);
    c.about.forEach((m, i) => this.s.about.run(id, i, scopedId(docId, m), entityOf.get(m)?.id ?? null));
  }

  private insertEvent(docId: string, pos: number, e: EventAnn, entityOf: EntityOf): void {
    const id = scopedId(docId, e.id);
    this.s.event.run(
      id, docId, pos, e.id, e.type, e.subtype, e.date, e.datePrecision,
      e.place === null ? null : scopedId(docId, e.place), e.place === null ? null : (entityOf.get(e.place)?.id ?? null),
      e.geoPrecision, e.fatalities, e.evidence.start, e.evidence.end, e.stage, JSON.stringify(e),
    );
    e.actors.forEach((m, i) => this.s.actor.run(id, i, scopedId(docId, m), entityOf.get(m)?.id ?? null));
  }

  private insertRelation(docId: string, pos: number, r: RelationAnn, entityOf: EntityOf): void {
    this.s.relation.run(
      scopedId(docId, r.id), docId, pos, r.id, r.type, scopedId(docId, r.source), scopedId(docId, r.target),
      entityOf.get(r.source)?.id ?? null, entityOf.get(r.target)?.id ?? null, r.claim === null ? null : scopedId(docId, r.claim),
      r.evidence.start, r.evidence.end, r.stage,
    );
  }

  private insertTime(docId: string, pos: number, t: TimeExpr): void {
    this.s.time.run(docId, pos, t.start, t.end, t.text, t.value, t.precision, t.yearInferred ? 1 : 0, t.stage);
  }
}
