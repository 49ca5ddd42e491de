/** Full-text search over latest document texts (and titles) and the claims of latest versions. */
import type Database from 'better-sqlite3';
import type { SearchHit } from '../store.js';
import { ftsQuery } from './fts-query.js';

/** Markers around matched words in snippets. */
export const SNIPPET_OPEN = '**';
export const SNIPPET_CLOSE = '**';
const SNIPPET_TOKENS = 16;

/**
 * One pass over the matches: bm25 for every match, snippet() only for the rows the LIMIT keeps (SQLite evaluates
 * the other output columns after the sorter has cut the list). The index is read once per query; re-matching the
 * best rowids in an outer query (`rowid IN (…)`) opened a cursor per rowid and recounted each term's IDF every time,
 * which cost as much again as the ranking.
 */
function ranked(fts: string, snippetColumn: number, bm25Args: string, table: string, docColumn: string): string {
  return `SELECT ${docColumn} AS doc, t.id AS id, h.snippet AS snippet, h.rank AS rank FROM (
      SELECT rowid AS rid, bm25(${fts}${bm25Args}) AS rank,
        snippet(${fts}, ${snippetColumn}, @open, @close, '…', ${SNIPPET_TOKENS}) AS snippet
      FROM ${fts} WHERE ${fts} MATCH @q ORDER BY rank LIMIT @n) h
    JOIN ${table} t ON t.rid = h.rid
    ORDER BY h.rank`;
}

export class Searcher {
  private readonly docs: Database.Statement;
  private readonly claims: Database.Statement;

  constructor(db: Database.Database) {
    // Superseded versions are removed from both indexes when a new version arrives, so no latest filter is needed here.
    this.docs = db.prepare(ranked('document_fts', -1, ', 2.0, 1.0', 'documents', 't.id'));
    this.claims = db.prepare(ranked('claim_fts', 0, '', 'claims', 't.doc_id'));
  }

  /** Best hits of both kinds merged by rank (bm25: lower is better). */
  search(text: string, limit: number): SearchHit[] {
    const q = ftsQuery(text);
    const n = Number.isFinite(limit) ? Math.floor(limit) : 0;
    if (q === null || n <= 0) return [];
    type Hit = { doc: string; id: string; snippet: string; rank: number };
    const args = { open: SNIPPET_OPEN, close: SNIPPET_CLOSE, q, n };
    const hits = [
      ...(this.docs.all(args) as Hit[]).map((h) => ({ ...h, kind: 'document' as const })),
      ...(this.claims.all(args) as Hit[]).map((h) => ({ ...h, kind: 'claim' as const })),
    ];
    hits.sort((a, b) => a.rank - b.rank);
    return hits.slice(0, n).map(({ kind, doc, id, snippet }) => ({ kind, doc, id, snippet }));
  }
}
