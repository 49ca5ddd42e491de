/** Full-text search over latest document texts (and titles) and the claims of latest versions. */
import type Database from 'better-sqlite3';
import type { SearchHit } from '../store.js';
import { ftsQuery } from './fts-query.js';

/** Markers around matched words in snippets. */
export const SNIPPET_OPEN = '**';
export const SNIPPET_CLOSE = '**';
const SNIPPET_TOKENS = 16;

export class Searcher {
  private readonly docs: Database.Statement;
  private readonly claims: Database.Statement;

  constructor(db: Database.Database) {
    // Superseded versions are removed from both indexes when a new version arrives, so no latest filter is needed here.
    // Ranking happens in a sub-select so snippets are cut only for the hits returned, not for every match.
    this.docs = db.prepare(
      `SELECT d.id AS doc, d.id AS id, snippet(document_fts, -1, ?, ?, '…', ${SNIPPET_TOKENS}) AS snippet,
         bm25(document_fts, 2.0, 1.0) AS rank
       FROM document_fts JOIN documents d ON d.rid = document_fts.rowid
       WHERE document_fts MATCH ? AND document_fts.rowid IN (
         SELECT rowid FROM document_fts WHERE document_fts MATCH ? ORDER BY bm25(document_fts, 2.0, 1.0) LIMIT ?)
       ORDER BY rank`,
    );
    this.claims = db.prepare(
      `SELECT c.doc_id AS doc, c.id AS id, snippet(claim_fts, 0, ?, ?, '…', ${SNIPPET_TOKENS}) AS snippet,
         bm25(claim_fts) AS rank
       FROM claim_fts JOIN claims c ON c.rid = claim_fts.rowid
       WHERE claim_fts MATCH ? AND claim_fts.rowid IN (
         SELECT rowid FROM claim_fts WHERE claim_fts MATCH ? ORDER BY bm25(claim_fts) LIMIT ?)
       ORDER BY rank`,
    );
  }

  /** Best hits of both kinds merged by rank (bm25: lower is better). */
  search(text: string, limit: number): SearchHit[] {
    const q = ftsQuery(text);
    const n = Number.isFinite(limit) ? Math.floor(limit) : 0;
    if (q === null || n <= 0) return [];
    type Hit = { doc: string; id: string; snippet: string; rank: number };
    const args = [SNIPPET_OPEN, SNIPPET_CLOSE, q, q, n];
    const hits = [
      ...(this.docs.all(...args) as Hit[]).map((h) => ({ ...h, kind: 'document' as const })),
      ...(this.claims.all(...args) as Hit[]).map((h) => ({ ...h, kind: 'claim' as const })),
    ];
    hits.sort((a, b) => a.rank - b.rank);
    return hits.slice(0, n).map(({ kind, doc, id, snippet }) => ({ kind, doc, id, snippet }));
  }
}
