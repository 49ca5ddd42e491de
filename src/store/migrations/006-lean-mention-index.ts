/** Drops the index on the linker's own entity per mention: no query filters on it, and judgements replay by the current entity. */
export const name = 'lean-mention-index';

// Each index on mentions takes a write per mention, at a page chosen by its key; this one was read by nothing yet cost
// about a fifth of the pages a bulk ingest writes.
export const sql = `
DROP INDEX IF EXISTS mentions_linked;
`;
