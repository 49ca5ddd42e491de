/**
 * Filing claims under their blocking keys, for documents written since the last filing (migration 010). Imported by
 * the helper thread that does it after a large batch, so it imports nothing but the driver's types.
 */
import type Database from 'better-sqlite3';

/** `n` bound parameters: "?,?,?". */
export const marks = (n: number): string => Array.from({ length: n }, () => '?').join(',');

/** Keys of the waiting documents' claims in key order, so the index is appended to rather than split at random pages. */
const FILE_KEYS = `INSERT OR IGNORE INTO crossdoc_keys (key, claim_id)
  SELECT k.value, c.claim_id FROM crossdoc_unkeyed u JOIN crossdoc_claims c ON c.doc_id = u.doc_id, json_each(c.keys) k ORDER BY 1, 2`;

/** Files every waiting document's claims in one transaction; returns how many documents were waiting. */
export function fileWaitingKeys(db: Database.Database): number {
  return db.transaction(() => {
    const n = (db.prepare('SELECT count(*) AS n FROM crossdoc_unkeyed').get() as { n: number }).n;
    if (n === 0) return 0;
    db.prepare(FILE_KEYS).run();
    db.prepare('DELETE FROM crossdoc_unkeyed').run();
    return n;
  }).immediate();
}

/**
 * Key–claim pairs for `n` keys bound twice (`...keys, ...keys`): the filed ones and those of documents still waiting,
 * read from their claims' key lists.
 */
export function keyPairsSql(n: number): string {
  const m = marks(n);
  return `SELECT key, claim_id FROM crossdoc_keys WHERE key IN (${m})
    UNION ALL SELECT k.value, c.claim_id FROM crossdoc_unkeyed u JOIN crossdoc_claims c ON c.doc_id = u.doc_id, json_each(c.keys) k WHERE k.value IN (${m})`;
}
