/** The SQLite side of the cross-document index (migration 005): topic records, signatures, clusters, stale marks. */
import type Database from 'better-sqlite3';
import { AppError } from '../../core/errors.js';
import type { ExportLinkT } from '../../core/export-schema.js';
import type { CrossDocClaim, CrossDocDocument, CrossDocPending, CrossDocPrepared } from '../store.js';
import { fileWaitingKeys, keyPairsSql, marks } from './crossdoc-keys.js';

/** SQLite's default limit on bound parameters is 32766; stay well under it. */
const CHUNK = 500;

function chunks<T>(xs: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += CHUNK) out.push(xs.slice(i, i + CHUNK));
  return out;
}

const DOC_OF = (col: string) => `substr(${col}, 1, instr(${col}, '/') - 1)`;

interface DocRow {
  doc_id: string;
  ord: number;
  outlet: string | null;
  signature: Buffer | null;
  cluster: string;
  cluster_ord: number;
}

const toDocument = (r: DocRow, bands: string[] = []): CrossDocDocument => ({
  doc: r.doc_id,
  ord: r.ord,
  outlet: r.outlet,
  signature: r.signature ? new Uint8Array(r.signature) : null,
  bands,
  cluster: r.cluster,
  clusterOrd: r.cluster_ord,
});

export class CrossDocIndex {
  private readonly db: Database.Database;
  private readonly putTx: (docs: CrossDocDocument[], claims: CrossDocClaim[], drop: string[], placed: CrossDocDocument[]) => void;
  private readonly writeRows: (doc: string, p: CrossDocPrepared) => void;
  private readonly linksTx: (docs: string[], links: ExportLinkT[]) => void;
  private readonly renameTx: (changes: { from: string; to: string; toOrd: number }[]) => string[];

  constructor(db: Database.Database) {
    this.db = db;
    const s = {
      delDoc: db.prepare('DELETE FROM crossdoc_docs WHERE doc_id = ?'),
      delBands: db.prepare('DELETE FROM crossdoc_bands WHERE doc_id = ?'),
      docKeys: db.prepare('SELECT claim_id, keys FROM crossdoc_claims WHERE doc_id = ?'),
      delKey: db.prepare('DELETE FROM crossdoc_keys WHERE key = ? AND claim_id = ?'),
      delClaims: db.prepare('DELETE FROM crossdoc_claims WHERE doc_id = ?'),
      delStale: db.prepare('DELETE FROM crossdoc_stale WHERE doc_id = ?'),
      delPrepared: db.prepare('DELETE FROM crossdoc_prepared WHERE doc_id = ?'),
      insPrepared: db.prepare('INSERT INTO crossdoc_prepared (doc_id, signature) VALUES (?, ?)'),
      insDoc: db.prepare('INSERT INTO crossdoc_docs (doc_id, ord, outlet, signature, cluster, cluster_ord) VALUES (?, ?, ?, ?, ?, ?)'),
      insBand: db.prepare('INSERT OR IGNORE INTO crossdoc_bands (band, doc_id) VALUES (?, ?)'),
      insClaim: db.prepare('INSERT INTO crossdoc_claims (claim_id, doc_id, pos, data, keys) VALUES (?, ?, ?, ?, ?)'),
      // a document's claims are filed under their keys later, all waiting documents in one sorted pass (fileKeys)
      markUnkeyed: db.prepare('INSERT OR IGNORE INTO crossdoc_unkeyed (doc_id) VALUES (?)'),
      isUnkeyed: db.prepare('SELECT 1 FROM crossdoc_unkeyed WHERE doc_id = ?').pluck(),
      delUnkeyed: db.prepare('DELETE FROM crossdoc_unkeyed WHERE doc_id = ?'),
      delLinksA: db.prepare(`DELETE FROM links WHERE ${DOC_OF('a')} = ?`),
      delLinksB: db.prepare(`DELETE FROM links WHERE ${DOC_OF('b')} = ?`),
      nextPos: db.prepare('SELECT coalesce(max(pos), -1) + 1 AS n FROM links'),
      insLink: db.prepare('INSERT INTO links (pos, kind, conflict, a, b, reason) VALUES (?, ?, ?, ?, ?, ?)'),
      members: db.prepare('SELECT doc_id FROM crossdoc_docs WHERE cluster = ?'),
      rename: db.prepare('UPDATE crossdoc_docs SET cluster = ?, cluster_ord = ? WHERE cluster = ?'),
    };
    const clear = (doc: string) => {
      // each claim lists its own keys (migration 008): no index of keys by claim to keep up; a waiting document has none filed
      if (s.isUnkeyed.get(doc) === undefined) {
        for (const r of s.docKeys.all(doc) as { claim_id: string; keys: string }[]) for (const k of JSON.parse(r.keys) as string[]) s.delKey.run(k, r.claim_id);
      }
      s.delUnkeyed.run(doc);
      s.delClaims.run(doc);
      s.delBands.run(doc);
      s.delDoc.run(doc);
      s.delStale.run(doc);
      s.delPrepared.run(doc);
    };
    const insDoc = (d: CrossDocDocument) => s.insDoc.run(d.doc, d.ord, d.outlet, d.signature ? Buffer.from(d.signature) : null, d.cluster, d.clusterOrd);
    const insClaims = (claims: CrossDocClaim[]) => {
      const docs = new Set<string>();
      for (const c of claims) {
        s.insClaim.run(c.id, c.doc, c.pos, c.data, JSON.stringify(c.keys));
        docs.add(c.doc);
      }
      for (const d of docs) s.markUnkeyed.run(d);
    };
    this.putTx = db.transaction((docs: CrossDocDocument[], claims: CrossDocClaim[], drop: string[], placed: CrossDocDocument[]) => {
      for (const d of [...docs.map((x) => x.doc), ...drop]) clear(d);
      for (const d of docs) {
        insDoc(d);
        for (const b of d.bands) s.insBand.run(b, d.doc);
      }
      insClaims(claims);
      for (const d of placed) {
        s.delPrepared.run(d.doc);
        s.delStale.run(d.doc);
        insDoc(d);
      }
    });
    // no transaction of its own: it runs inside the document writer's
    this.writeRows = (doc: string, p: CrossDocPrepared) => {
      const stray = p.claims.find((c) => c.doc !== doc || !c.id.startsWith(`${doc}/`));
      if (stray) throw new AppError('DB_ERROR', `cross-document record ${stray.id} does not belong to document ${doc}`);
      s.insPrepared.run(doc, p.signature ? Buffer.from(p.signature.buffer, p.signature.byteOffset, p.signature.byteLength) : null);
      for (const b of p.bands) s.insBand.run(b, doc);
      insClaims(p.claims);
    };
    this.linksTx = db.transaction((docs: string[], links: ExportLinkT[]) => {
      for (const d of docs) {
        s.delLinksA.run(d);
        s.delLinksB.run(d);
      }
      let pos = (s.nextPos.get() as { n: number }).n;
      for (const l of links) s.insLink.run(pos++, l.kind, l.conflict, l.a, l.b, l.reason);
    });
    this.renameTx = db.transaction((changes: { from: string; to: string; toOrd: number }[]) => {
      const moved = new Set<string>();
      for (const c of changes) {
        for (const r of s.members.all(c.from) as { doc_id: string }[]) moved.add(r.doc_id);
        s.rename.run(c.to, c.toOrd, c.from);
      }
      return [...moved];
    });
  }

  pending(): CrossDocPending {
    const fresh = (
      this.db
        .prepare(
          `SELECT d.id AS doc, d.rid AS ord, EXISTS (SELECT 1 FROM crossdoc_prepared p WHERE p.doc_id = d.id)
             AND NOT EXISTS (SELECT 1 FROM crossdoc_stale s WHERE s.doc_id = d.id) AS prepared
           FROM documents d WHERE d.latest = 1 AND NOT EXISTS (SELECT 1 FROM crossdoc_docs x WHERE x.doc_id = d.id) ORDER BY d.rid`,
        )
        .all() as { doc: string; ord: number; prepared: number }[]
    ).map((r) => ({ doc: r.doc, ord: r.ord, prepared: r.prepared === 1 }));
    const stale = (
      this.db
        .prepare('SELECT s.doc_id AS doc, coalesce(d.rid, 0) AS ord, coalesce(d.latest, 0) AS latest FROM crossdoc_stale s LEFT JOIN documents d ON d.id = s.doc_id ORDER BY d.rid')
        .all() as { doc: string; ord: number; latest: number }[]
    ).map((r) => ({ doc: r.doc, ord: r.ord, latest: r.latest === 1 }));
    const freshIds = new Set(fresh.map((f) => f.doc));
    return { fresh, stale: stale.filter((s) => !freshIds.has(s.doc)) };
  }

  put(docs: CrossDocDocument[], claims: CrossDocClaim[], drop: string[], placed: CrossDocDocument[] = []): void {
    this.putTx(docs, claims, drop, placed);
  }

  /** A document's prepared records, inside the caller's transaction. */
  writePrepared(doc: string, p: CrossDocPrepared): void {
    this.writeRows(doc, p);
  }

  prepared(docs: string[]): CrossDocDocument[] {
    const out: CrossDocDocument[] = [];
    for (const part of chunks([...new Set(docs)])) {
      const bands = new Map<string, string[]>();
      for (const r of this.db.prepare(`SELECT doc_id, band FROM crossdoc_bands WHERE doc_id IN (${marks(part.length)})`).all(...part) as { doc_id: string; band: string }[]) {
        (bands.get(r.doc_id) ?? bands.set(r.doc_id, []).get(r.doc_id)!).push(r.band);
      }
      const rows = this.db
        .prepare(`SELECT p.doc_id, d.rid AS ord, d.outlet, p.signature FROM crossdoc_prepared p JOIN documents d ON d.id = p.doc_id WHERE p.doc_id IN (${marks(part.length)})`)
        .all(...part) as { doc_id: string; ord: number; outlet: string | null; signature: Buffer | null }[];
      for (const r of rows) out.push(toDocument({ doc_id: r.doc_id, ord: r.ord, outlet: r.outlet, signature: r.signature, cluster: '', cluster_ord: 0 }, bands.get(r.doc_id) ?? []));
    }
    return out.sort((a, b) => a.ord - b.ord);
  }

  replaceLinksTouching(docs: string[], links: ExportLinkT[]): void {
    this.linksTx(docs, links);
  }

  claims(filter: { docs?: string[]; keys?: string[]; ids?: string[] }): (CrossDocClaim & { cluster: string })[] {
    const byId = new Map<string, CrossDocClaim & { cluster: string }>();
    const base = 'SELECT c.claim_id, c.doc_id, c.pos, c.data, d.cluster FROM crossdoc_claims c JOIN crossdoc_docs d ON d.doc_id = c.doc_id';
    const add = (rows: unknown[]) => {
      for (const r of rows as { claim_id: string; doc_id: string; pos: number; data: string; cluster: string }[]) {
        if (!byId.has(r.claim_id)) byId.set(r.claim_id, { id: r.claim_id, doc: r.doc_id, pos: r.pos, keys: [], data: r.data, cluster: r.cluster });
      }
    };
    for (const part of chunks(filter.docs ?? [])) add(this.db.prepare(`${base} WHERE c.doc_id IN (${marks(part.length)})`).all(...part));
    for (const part of chunks([...new Set(filter.keys ?? [])])) {
      add(this.db.prepare(`${base} WHERE c.claim_id IN (SELECT claim_id FROM (${keyPairsSql(part.length)}))`).all(...part, ...part));
    }
    for (const part of chunks([...new Set(filter.ids ?? [])].filter((id) => !byId.has(id)))) add(this.db.prepare(`${base} WHERE c.claim_id IN (${marks(part.length)})`).all(...part));
    return [...byId.values()].sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.pos - b.pos));
  }

  keyMembers(keys: string[]): { key: string; claim: string }[] {
    const out: { key: string; claim: string }[] = [];
    for (const part of chunks([...new Set(keys)])) {
      out.push(...(this.db.prepare(`SELECT key, claim_id AS claim FROM (${keyPairsSql(part.length)})`).all(...part, ...part) as { key: string; claim: string }[]));
    }
    return out;
  }

  keyCounts(keys: string[]): Map<string, number> {
    const out = new Map<string, number>();
    for (const part of chunks([...new Set(keys)])) {
      const rows = this.db.prepare(`SELECT key, count(*) AS n FROM (${keyPairsSql(part.length)}) GROUP BY key`).all(...part, ...part) as { key: string; n: number }[];
      for (const r of rows) out.set(r.key, r.n);
    }
    return out;
  }

  neighbours(bands: string[]): CrossDocDocument[] {
    const seen = new Map<string, CrossDocDocument>();
    for (const part of chunks([...new Set(bands)])) {
      const rows = this.db
        .prepare(`SELECT d.doc_id, d.ord, d.outlet, d.signature, d.cluster, d.cluster_ord FROM crossdoc_docs d WHERE d.doc_id IN (SELECT doc_id FROM crossdoc_bands WHERE band IN (${marks(part.length)}))`)
        .all(...part) as DocRow[];
      for (const r of rows) seen.set(r.doc_id, toDocument(r));
    }
    return [...seen.values()].sort((a, b) => a.ord - b.ord);
  }

  rename(changes: { from: string; to: string; toOrd: number }[]): string[] {
    return this.renameTx(changes).sort();
  }

  /** Files the claims of every document waiting for it under their keys (see migration 010). */
  fileKeys(): number {
    return fileWaitingKeys(this.db);
  }

  /** Claims of documents waiting to be filed under their keys. */
  waitingClaims(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM crossdoc_unkeyed u JOIN crossdoc_claims c ON c.doc_id = u.doc_id').get() as { n: number }).n;
  }

  latestCount(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM documents WHERE latest = 1').get() as { n: number }).n;
  }

  outlets(): string[] {
    return (this.db.prepare('SELECT DISTINCT outlet FROM crossdoc_docs WHERE outlet IS NOT NULL ORDER BY outlet').all() as { outlet: string }[]).map((r) => r.outlet);
  }
}
