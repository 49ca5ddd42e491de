/** Full-text search over latest document texts (and titles) and the claims of latest versions. */
import type Database from 'better-sqlite3';
import type { SearchHit } from '../store.js';
import { ftsQuery } from './fts-query.js';

/** Markers around matched words in snippets. */
export const SNIPPET_OPEN = '**';
export const SNIPPET_CLOSE = '**';
const SNIPPET_TOKENS = 16;

type Kind = SearchHit['kind'];

/** One FTS5 index: how to rank its matches, and how to cut snippets for chosen rows with their ids. */
interface Index {
  rank: Database.Statement;
  snippets: Database.Statement;
}

/**
 * Ranking reads bm25 for every match in one pass (ORDER BY … LIMIT keeps the best n). Snippets tokenise the whole
 * text, so they are cut afterwards, only for the hits that survive the merge of both indexes. The second statement
 * re-matches just those rowids and asks for no bm25: bm25 in a per-rowid cursor recounts every term's IDF each time.
 */
function index(db: Database.Database, fts: string, bm25Args: string, snippetColumn: number, table: string, docColumn: string): Index {
  return {
    rank: db.prepare(`SELECT rowid AS rid, bm25(${fts}${bm25Args}) AS rank FROM ${fts} WHERE ${fts} MATCH @q ORDER BY rank LIMIT @n`),
    snippets: db.prepare(
      `SELECT f.rowid AS rid, ${docColumn} AS doc, t.id AS id,
         snippet(${fts}, ${snippetColumn}, @open, @close, '…', ${SNIPPET_TOKENS}) AS snippet
       FROM ${fts} f JOIN ${table} t ON t.rid = f.rowid
       WHERE ${fts} MATCH @q AND f.rowid IN (SELECT value FROM json_each(@rids))`,
    ),
  };
}

export class Searcher {
  private readonly indexes: Record<Kind, Index>;

  constructor(db: Database.Database) {
    // Superseded versions are removed from both indexes when a new version arrives, so no latest filter is needed here.
    this.indexes = {
      document: index(db, 'document_fts', ', 2.0, 1.0', -1, 'documents', 't.id'),
      claim: index(db, 'claim_fts', '', 0, 'claims', 't.doc_id'),
    };
  }

  /** Best hits of both kinds merged by rank (bm25: lower is better). */
  search(text: string, limit: number): SearchHit[] {
    const q = ftsQuery(text);
    const n = Number.isFinite(limit) ? Math.floor(limit) : 0;
    if (q === null || n <= 0) return [];
    type Ranked = { rid: number; rank: number; kind: Kind };
    const ranked: Ranked[] = [];
    for (const kind of ['document', 'claim'] as const) {
      for (const r of this.indexes[kind].rank.all({ q, n }) as Omit<Ranked, 'kind'>[]) ranked.push({ ...r, kind });
    }
    // stable: at equal rank documents stay before claims, each in its index's order
    const best = ranked.sort((a, b) => a.rank - b.rank).slice(0, n);
    const found = new Map<string, SearchHit>();
    for (const kind of ['document', 'claim'] as const) {
      const rids = best.filter((h) => h.kind === kind).map((h) => h.rid);
      if (rids.length === 0) continue;
      const rows = this.indexes[kind].snippets.all({ q, rids: JSON.stringify(rids), open: SNIPPET_OPEN, close: SNIPPET_CLOSE });
      for (const r of rows as { rid: number; doc: string; id: string; snippet: string }[]) {
        found.set(`${kind}:${r.rid}`, { kind, doc: r.doc, id: r.id, snippet: r.snippet });
      }
    }
    return best.flatMap((h) => found.get(`${h.kind}:${h.rid}`) ?? []);
  }
}
