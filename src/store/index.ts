/** The store layer's public surface: the `Store` interface and its SQLite backend. */
export type {
  ClaimRow,
  DocAnalysis,
  DocumentFilter,
  EntityRecord,
  EntitySummary,
  EventRow,
  Judgement,
  MentionReassignment,
  MentionRow,
  NewDocument,
  PutResult,
  RelationRow,
  SearchHit,
  Store,
  StoredDocument,
} from './store.js';
export { JUDGEMENT_KINDS } from './store.js';
export { openSqliteStore, type SqliteStore } from './sqlite/sqlite-store.js';
export { SCHEMA_VERSION } from './migrations/index.js';
