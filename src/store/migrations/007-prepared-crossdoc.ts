/**
 * Cross-document records prepared at ingest: a document's claims, keys and bands are written in its own transaction;
 * this table holds its near-duplicate signature until the step after the batch places it in a cluster.
 */
export const name = 'prepared-crossdoc';

// A moved mention can change what a record copied (a blamed group, a speaker found by head noun), not only the
// speaker, about and event columns 005 watches: any move marks the document stale, so prepared records are redone.
export const sql = `
CREATE TABLE crossdoc_prepared (
  doc_id TEXT PRIMARY KEY,
  signature BLOB
) WITHOUT ROWID;

CREATE TRIGGER crossdoc_stale_mention AFTER UPDATE OF entity_id ON mentions WHEN NEW.entity_id IS NOT OLD.entity_id
BEGIN INSERT OR IGNORE INTO crossdoc_stale VALUES (NEW.doc_id); END;
`;
