/** The first schema: documents by version, annotations scoped per document version, entities, cross-document results, FTS. */
export const name = 'initial';

// Annotation tables keep the whole annotation where it has nested parts (claims, events) as JSON in `ann`,
// and copy out the columns queries filter on; `pos` keeps the analysis order. Tables keyed by a text id are
// WITHOUT ROWID so each insert updates one B-tree fewer.
export const sql = `
CREATE TABLE documents (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  key TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version > 0),
  latest INTEGER NOT NULL CHECK (latest IN (0, 1)),
  source TEXT NOT NULL,
  sha256 TEXT NOT NULL UNIQUE,
  encoding TEXT NOT NULL,
  language TEXT NOT NULL,
  analysed INTEGER NOT NULL CHECK (analysed IN (0, 1)),
  note TEXT,
  text TEXT NOT NULL,
  title TEXT,
  author TEXT,
  outlet TEXT,
  published TEXT,
  published_basis TEXT,
  url TEXT,
  meta_basis TEXT NOT NULL,
  stripped TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  UNIQUE (key, version)
);
CREATE UNIQUE INDEX documents_one_latest ON documents (key) WHERE latest = 1;

CREATE TABLE entities (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  kb_id TEXT,
  lat REAL,
  lon REAL
);
CREATE INDEX entities_type ON entities (type);

CREATE TABLE mentions (
  id TEXT PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents (id),
  pos INTEGER NOT NULL,
  local_id TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  type TEXT NOT NULL,
  basis TEXT NOT NULL,
  stage TEXT NOT NULL,
  entity_id TEXT REFERENCES entities (id),
  link_stage TEXT
) WITHOUT ROWID;
CREATE INDEX mentions_doc ON mentions (doc_id, pos);
-- Covers entity counts and alias lists without touching the table.
CREATE INDEX mentions_entity ON mentions (entity_id, text, doc_id);

CREATE TABLE claims (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  doc_id TEXT NOT NULL REFERENCES documents (id),
  pos INTEGER NOT NULL,
  local_id TEXT NOT NULL,
  speaker_kind TEXT NOT NULL,
  speaker_mention TEXT REFERENCES mentions (id),
  speaker_entity TEXT REFERENCES entities (id),
  cue TEXT NOT NULL,
  kind TEXT NOT NULL,
  stance TEXT NOT NULL,
  sourcing TEXT NOT NULL,
  hedged INTEGER NOT NULL,
  quote INTEGER NOT NULL,
  said_on TEXT,
  content TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  stage TEXT NOT NULL,
  ann TEXT NOT NULL
);
CREATE INDEX claims_doc ON claims (doc_id, pos);
CREATE INDEX claims_speaker ON claims (speaker_entity);

CREATE TABLE claim_about (
  claim_id TEXT NOT NULL REFERENCES claims (id),
  pos INTEGER NOT NULL,
  mention_id TEXT NOT NULL REFERENCES mentions (id),
  entity_id TEXT REFERENCES entities (id),
  PRIMARY KEY (claim_id, pos)
) WITHOUT ROWID;
CREATE INDEX claim_about_entity ON claim_about (entity_id);

CREATE TABLE events (
  id TEXT PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents (id),
  pos INTEGER NOT NULL,
  local_id TEXT NOT NULL,
  type TEXT NOT NULL,
  subtype TEXT,
  date TEXT,
  date_precision TEXT,
  place_mention TEXT REFERENCES mentions (id),
  place_entity TEXT REFERENCES entities (id),
  geo_precision INTEGER,
  fatalities INTEGER,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  stage TEXT NOT NULL,
  ann TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX events_doc ON events (doc_id, pos);

CREATE TABLE event_actors (
  event_id TEXT NOT NULL REFERENCES events (id),
  pos INTEGER NOT NULL,
  mention_id TEXT NOT NULL REFERENCES mentions (id),
  entity_id TEXT REFERENCES entities (id),
  PRIMARY KEY (event_id, pos)
) WITHOUT ROWID;
CREATE INDEX event_actors_entity ON event_actors (entity_id);

CREATE TABLE relations (
  id TEXT PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents (id),
  pos INTEGER NOT NULL,
  local_id TEXT NOT NULL,
  type TEXT NOT NULL,
  source_mention TEXT NOT NULL REFERENCES mentions (id),
  target_mention TEXT NOT NULL REFERENCES mentions (id),
  source_entity TEXT REFERENCES entities (id),
  target_entity TEXT REFERENCES entities (id),
  claim_id TEXT REFERENCES claims (id),
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  stage TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX relations_doc ON relations (doc_id, pos);
CREATE INDEX relations_source ON relations (source_entity);
CREATE INDEX relations_target ON relations (target_entity);

CREATE TABLE times (
  doc_id TEXT NOT NULL REFERENCES documents (id),
  pos INTEGER NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  value TEXT NOT NULL,
  precision TEXT NOT NULL,
  year_inferred INTEGER NOT NULL,
  stage TEXT NOT NULL,
  PRIMARY KEY (doc_id, pos)
) WITHOUT ROWID;

CREATE TABLE links (
  pos INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  conflict TEXT,
  a TEXT NOT NULL,
  b TEXT NOT NULL,
  reason TEXT NOT NULL
);

CREATE TABLE sources (
  pos INTEGER PRIMARY KEY,
  outlet TEXT NOT NULL,
  reliability TEXT NOT NULL,
  basis TEXT NOT NULL
);

-- External-content FTS over the explicit integer keys (implicit rowids may change on VACUUM).
CREATE VIRTUAL TABLE document_fts USING fts5 (
  title, text, content = 'documents', content_rowid = 'rid', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE claim_fts USING fts5 (
  content, content = 'claims', content_rowid = 'rid', tokenize = 'unicode61 remove_diacritics 2'
);
`;
