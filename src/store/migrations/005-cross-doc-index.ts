/**
 * The cross-document index: per-claim topic records and per-document near-duplicate signatures, computed once per
 * document version, so a batch re-examines only the claims it touches instead of reloading the corpus.
 */
export const name = 'cross-doc-index';

// Triggers mark a document stale whenever something its records copied changes: an entity moved by a merge or a
// judgement, a newer version, an analyst's link judgement. The next refresh recomputes exactly those documents.
export const sql = `
CREATE TABLE crossdoc_docs (
  doc_id TEXT PRIMARY KEY,
  ord INTEGER NOT NULL,
  outlet TEXT,
  signature BLOB,
  cluster TEXT NOT NULL,
  cluster_ord INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX crossdoc_docs_cluster ON crossdoc_docs (cluster);

CREATE TABLE crossdoc_bands (
  band TEXT NOT NULL,
  doc_id TEXT NOT NULL,
  PRIMARY KEY (band, doc_id)
) WITHOUT ROWID;
CREATE INDEX crossdoc_bands_doc ON crossdoc_bands (doc_id);

CREATE TABLE crossdoc_claims (
  claim_id TEXT PRIMARY KEY,
  doc_id TEXT NOT NULL,
  pos INTEGER NOT NULL,
  data TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX crossdoc_claims_doc ON crossdoc_claims (doc_id, pos);

-- blocking keys (actor x term and the like): a new claim is compared only with claims sharing one
CREATE TABLE crossdoc_keys (
  key TEXT NOT NULL,
  claim_id TEXT NOT NULL,
  PRIMARY KEY (key, claim_id)
) WITHOUT ROWID;
CREATE INDEX crossdoc_keys_claim ON crossdoc_keys (claim_id);

CREATE TABLE crossdoc_stale (doc_id TEXT PRIMARY KEY) WITHOUT ROWID;

CREATE INDEX links_doc_a ON links (substr(a, 1, instr(a, '/') - 1));
CREATE INDEX links_doc_b ON links (substr(b, 1, instr(b, '/') - 1));

CREATE TRIGGER crossdoc_stale_latest AFTER UPDATE OF latest ON documents WHEN NEW.latest IS NOT OLD.latest
BEGIN INSERT OR IGNORE INTO crossdoc_stale VALUES (NEW.id); END;
CREATE TRIGGER crossdoc_stale_speaker AFTER UPDATE OF speaker_entity ON claims WHEN NEW.speaker_entity IS NOT OLD.speaker_entity
BEGIN INSERT OR IGNORE INTO crossdoc_stale VALUES (NEW.doc_id); END;
CREATE TRIGGER crossdoc_stale_about AFTER UPDATE OF entity_id ON claim_about WHEN NEW.entity_id IS NOT OLD.entity_id
BEGIN INSERT OR IGNORE INTO crossdoc_stale SELECT doc_id FROM claims WHERE id = NEW.claim_id; END;
CREATE TRIGGER crossdoc_stale_actor AFTER UPDATE OF entity_id ON event_actors WHEN NEW.entity_id IS NOT OLD.entity_id
BEGIN INSERT OR IGNORE INTO crossdoc_stale SELECT doc_id FROM events WHERE id = NEW.event_id; END;
CREATE TRIGGER crossdoc_stale_place AFTER UPDATE OF place_entity ON events WHEN NEW.place_entity IS NOT OLD.place_entity
BEGIN INSERT OR IGNORE INTO crossdoc_stale VALUES (NEW.doc_id); END;
CREATE TRIGGER crossdoc_stale_judgement AFTER INSERT ON judgements WHEN NEW.kind IN ('claim-link', 'claim-unlink')
BEGIN
  INSERT OR IGNORE INTO crossdoc_stale VALUES (substr(NEW.subject, 1, instr(NEW.subject, '/') - 1));
  INSERT OR IGNORE INTO crossdoc_stale SELECT substr(NEW.object, 1, instr(NEW.object, '/') - 1) WHERE NEW.object IS NOT NULL;
END;
`;
