/** Analyst judgements (source grades, claim links and unlinks, later entity merges): kept apart from computed results so re-analysis never loses them. */
export const name = 'judgements';

export const sql = `
CREATE TABLE judgements (
  seq INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  subject TEXT NOT NULL,
  object TEXT,
  value TEXT,
  why TEXT NOT NULL,
  who TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX judgements_kind ON judgements (kind, subject);
`;
