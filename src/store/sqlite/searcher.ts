/** Full-text search over latest document texts (and titles) and the claims of latest versions. */
import type Database from 'better-sqlite3';
import type { SearchHit } from '../store.js';
import { ftsPhrases } from './fts-query.js';

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

/** FTS5's bm25 k1: a phrase adds idf × f × (k1 + 1) / (f + k1 × (…)) to a row's score, less than idf × (k1 + 1) for any f. */
const BM25_K1 = 1.2;
/** FTS5 floors an idf at or below zero (a phrase in half the rows or more) to this. */
const BM25_MIN_IDF = 1e-6;

export class Searcher {
  private readonly indexes: Record<Kind, Index>;
  private readonly documentRows: Database.Statement;
  private readonly documentHits: Database.Statement;
  private readonly run: (phrases: string[], n: number) => SearchHit[];

  constructor(db: Database.Database) {
    // Superseded versions are removed from both indexes when a new version arrives, so no latest filter is needed here.
    this.indexes = {
      document: index(db, 'document_fts', ', 2.0, 1.0', -1, 'documents', 't.id'),
      claim: index(db, 'claim_fts', '', 0, 'claims', 't.doc_id'),
    };
    // at least the row count bm25 uses (one docsize row per indexed document, keyed by rid), in O(log n) rather than a
    // count: a larger count only raises idf, so the bound stays safe
    this.documentRows = db.prepare('SELECT coalesce(max(rowid), 0) FROM document_fts_docsize').pluck();
    this.documentHits = db.prepare('SELECT count(*) FROM document_fts WHERE document_fts MATCH ?').pluck();
    // one read transaction: ranking, the bound and the snippets all see the same snapshot
    this.run = db.transaction((phrases: string[], n: number) => this.searchIn(phrases, n));
  }

  /** Best hits of both kinds merged by rank (bm25: lower is better). */
  search(text: string, limit: number): SearchHit[] {
    const phrases = ftsPhrases(text);
    const n = Number.isFinite(limit) ? Math.floor(limit) : 0;
    if (phrases.length === 0 || n <= 0) return [];
    return this.run(phrases, n);
  }

  private searchIn(phrases: string[], n: number): SearchHit[] {
    const q = phrases.join(' ');
    type Ranked = { rid: number; rank: number; kind: Kind };
    const rank = (kind: Kind): Ranked[] =>
      (this.indexes[kind].rank.all({ q, n }) as Omit<Ranked, 'kind'>[]).map((r) => ({ rid: r.rid, rank: r.rank, kind }));
    const claims = rank('claim');
    // Skip ranking documents when none could make the top n: every document scores above -documentBound.
    const skip = claims.length >= n && claims[n - 1]!.rank < -this.documentBound(phrases);
    // stable: at equal rank documents stay before claims, each in its index's order
    const best = [...(skip ? [] : rank('document')), ...claims].sort((a, b) => a.rank - b.rank).slice(0, n);
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

  /**
   * The best score (negated rank) any document could have: each phrase adds less than its idf × (k1 + 1), whatever
   * the column weights and frequencies. Counting a phrase's rows is a doclist walk, a tenth of ranking its matches.
   */
  private documentBound(phrases: string[]): number {
    const rows = this.documentRows.get() as number;
    let bound = 0;
    for (const p of phrases) {
      const hits = this.documentHits.get(p) as number;
      const idf = Math.log((rows - hits + 0.5) / (hits + 0.5));
      bound += (idf > 0 ? idf : BM25_MIN_IDF) * (BM25_K1 + 1);
    }
    // a margin for the last bits of a logarithm computed in C rather than here
    return bound * (1 + 1e-9) + 1e-12;
  }
}
