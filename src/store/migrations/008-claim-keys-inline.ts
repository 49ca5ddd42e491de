/**
 * A claim's blocking keys are listed on its own record (a JSON array), and the index of keys by claim goes: removing a
 * document's keys reads them from its claims, and a bulk ingest no longer writes one index entry per key.
 */
export const name = 'claim-keys-inline';

// The index was read only to delete a document's keys, and cost about a seventh of the main thread's write CPU.
export const sql = `
ALTER TABLE crossdoc_claims ADD COLUMN keys TEXT NOT NULL DEFAULT '[]';
UPDATE crossdoc_claims SET keys = coalesce((SELECT json_group_array(k.key) FROM crossdoc_keys k WHERE k.claim_id = crossdoc_claims.claim_id), '[]');
DROP INDEX crossdoc_keys_claim;
`;
