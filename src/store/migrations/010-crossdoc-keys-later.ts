/**
 * A document's claims are filed under their blocking keys after the batch that wrote them, in one sorted pass, instead
 * of as each document is written: the documents waiting for it are listed here, and readers of the key index read
 * their keys from the claims' own lists meanwhile.
 */
export const name = 'crossdoc-keys-later';

// Inserting a document's ≈ 200 keys at random places of a growing index cost the writer more than all its claim rows.
export const sql = `
CREATE TABLE crossdoc_unkeyed (doc_id TEXT PRIMARY KEY) WITHOUT ROWID;
`;
