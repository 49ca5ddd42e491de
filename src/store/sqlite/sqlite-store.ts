/** The SQLite backend of `Store` (better-sqlite3): one file, WAL, versioned migrations, FTS5 search. */
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { AppError, isAppError } from '../../core/errors.js';
import { ExportLink, ExportSource, type ExportLinkT, type ExportSourceT } from '../../core/export-schema.js';
import { JUDGEMENT_KINDS, type Judgement, type PutResult, type Store } from '../store.js';
import { CrossDocIndex } from './cross-doc-index.js';
import { DocumentWriter } from './document-writer.js';
import { fileKeysSoon } from './keys-helper.js';
import { MentionReassigner } from './mention-reassigner.js';
import { openDatabase } from './open-database.js';
import { Searcher } from './searcher.js';
import { StoreReader } from './store-reader.js';

export interface SqliteStore extends Store {
  /** the database file as given (':memory:' for an in-memory store) */
  readonly file: string;
  /** the schema version of the open database */
  readonly schemaVersion: number;
}

const DEFAULT_SEARCH_LIMIT = 20;

const isPutResult = (r: unknown): r is PutResult => typeof r === 'object' && r !== null && 'status' in r && 'version' in r;

const JudgementSchema = z.object({
  kind: z.enum(JUDGEMENT_KINDS),
  subject: z.string().min(1),
  object: z.string().nullable(),
  value: z.string().nullable(),
  why: z.string().min(1),
  who: z.string().min(1),
  at: z.string().min(1),
});

/**
 * Opens (creating and migrating as needed) a SQLite store.
 * @example const store = openSqliteStore('dossier.db'); await store.putDocument(doc, analysis, entities);
 */
export function openSqliteStore(file: string, opts: { readonly?: boolean } = {}): SqliteStore {
  const { db, schemaVersion } = openDatabase(file, opts.readonly ?? false);
  const reader = new StoreReader(db);
  const searcher = new Searcher(db);
  const crossDoc = new CrossDocTables(db);
  const index = new CrossDocIndex(db);
  let writer: DocumentWriter | null = null;
  let reassigner: MentionReassigner | null = null;
  let open = true;

  const asDbError = (what: string, e: unknown): AppError => {
    if (isAppError(e) && e.code !== 'DB_ERROR') return e;
    const msg = e instanceof Error ? e.message : String(e);
    return new AppError('DB_ERROR', `${what} failed in ${file}: ${msg}`, { cause: e });
  };
  // Every method goes through here: a closed store and driver failures both become DB_ERROR naming the file.
  const use = async <T>(what: string, fn: () => T | Promise<T>): Promise<T> => {
    if (!open) throw new AppError('DB_ERROR', `database ${file} is closed`);
    try {
      return await fn();
    } catch (e) {
      throw asDbError(what, e);
    }
  };

  return {
    file,
    schemaVersion,
    putDocument: (doc, analysis, entities, prepared = null) =>
      use(`storing document ${doc.id} (${doc.source})`, () => (writer ??= new DocumentWriter(db, index)).put(doc, analysis, entities, prepared)),
    putDocuments: (docs) =>
      use('storing documents', () =>
        (writer ??= new DocumentWriter(db, index)).putMany(docs).map((r, i) => (isPutResult(r) ? r : asDbError(`storing document ${docs[i]!.doc.id} (${docs[i]!.doc.source})`, r))),
      ),
    findBySha: (sha256) => use('document lookup', () => reader.documents([['d.sha256 = ?', sha256]])[0] ?? null),
    getDocument: (id) => use('document lookup', () => reader.documents([['d.id = ?', id]])[0] ?? null),
    listDocuments: (filter = {}) => use('listing documents', () => reader.listDocuments(filter)),
    listEntities: (filter = {}) => use('listing entities', () => reader.entities({ ...filter })),
    getEntity: (id) => use('entity lookup', () => reader.entities({ id })[0] ?? null),
    entityNames: () => use('listing entity names', () => reader.entityNames()),
    mentions: (filter = {}) => use('listing mentions', () => reader.mentions(filter)),
    claims: (filter = {}) => use('listing claims', () => reader.claims(filter)),
    events: (filter = {}) => use('listing events', () => reader.events(filter)),
    relations: (filter = {}) => use('listing relations', () => reader.relations(filter)),
    times: (filter = {}) => use('listing times', () => reader.times(filter)),
    search: (text, limit = DEFAULT_SEARCH_LIMIT) => use('search', () => searcher.search(text, limit)),
    replaceLinks: (links) => use('replacing links', () => crossDoc.replaceLinks(links)),
    links: () => use('listing links', () => crossDoc.links()),
    replaceLinksTouching: (docs, links) => use('replacing links', () => index.replaceLinksTouching(docs, links)),
    crossDocPending: () => use('reading the cross-document index', () => index.pending()),
    putCrossDoc: (docs, claims, drop, placed = []) => use('writing the cross-document index', () => index.put(docs, claims, drop, placed)),
    crossDocPrepared: (docs) => use('reading the cross-document index', () => index.prepared(docs)),
    crossDocClaims: (filter) => use('reading the cross-document index', () => index.claims(filter)),
    indexCrossDocKeys: (opts = {}) => use('filing claims under their keys', async () => void (opts.background ? await fileKeysSoon(file, index) : index.fileKeys())),
    crossDocKeyMembers: (keys) => use('reading the cross-document index', () => index.keyMembers(keys)),
    crossDocKeyCounts: (keys) => use('reading the cross-document index', () => index.keyCounts(keys)),
    crossDocNeighbours: (bands) => use('reading the cross-document index', () => index.neighbours(bands)),
    renameCrossDocClusters: (changes) => use('writing the cross-document index', () => index.rename(changes)),
    crossDocLatestCount: () => use('counting documents', () => index.latestCount()),
    crossDocOutlets: () => use('reading the cross-document index', () => index.outlets()),
    replaceSources: (sources) => use('replacing sources', () => crossDoc.replaceSources(sources)),
    sources: () => use('listing sources', () => crossDoc.sources()),
    addJudgement: (j) => use('recording a judgement', () => crossDoc.addJudgement(j)),
    judgements: (kind) => use('listing judgements', () => crossDoc.judgements(kind)),
    reassignMentions: (changes, entities = []) =>
      use('reassigning mentions', () => (reassigner ??= new MentionReassigner(db)).reassign(changes, entities)),
    close: async () => {
      if (!open) return;
      open = false;
      db.close();
    },
  };
}

/** Cross-document results (contradiction links, source grades), replaced as a whole in one transaction. */
class CrossDocTables {
  private readonly replaceLinksTx: (links: ExportLinkT[]) => void;
  private readonly replaceSourcesTx: (sources: ExportSourceT[]) => void;
  private readonly readLinks: Database.Statement;
  private readonly readSources: Database.Statement;
  private readonly insJudgement: Database.Statement;
  private readonly readJudgements: Database.Statement;
  private readonly readJudgementsOf: Database.Statement;

  constructor(db: Database.Database) {
    this.readLinks = db.prepare('SELECT kind, conflict, a, b, reason FROM links ORDER BY pos');
    this.readSources = db.prepare('SELECT outlet, reliability, basis FROM sources ORDER BY pos');
    this.insJudgement = db.prepare('INSERT INTO judgements (kind, subject, object, value, why, who, at) VALUES (@kind, @subject, @object, @value, @why, @who, @at)');
    this.readJudgements = db.prepare('SELECT kind, subject, object, value, why, who, at FROM judgements ORDER BY seq');
    this.readJudgementsOf = db.prepare('SELECT kind, subject, object, value, why, who, at FROM judgements WHERE kind = ? ORDER BY seq');
    const [clearLinks, clearSources] = [db.prepare('DELETE FROM links'), db.prepare('DELETE FROM sources')];
    const insLink = db.prepare('INSERT INTO links (pos, kind, conflict, a, b, reason) VALUES (?, ?, ?, ?, ?, ?)');
    const insSource = db.prepare('INSERT INTO sources (pos, outlet, reliability, basis) VALUES (?, ?, ?, ?)');
    this.replaceLinksTx = db.transaction((links: ExportLinkT[]) => {
      clearLinks.run();
      links.forEach((l, i) => insLink.run(i, l.kind, l.conflict, l.a, l.b, l.reason));
    });
    this.replaceSourcesTx = db.transaction((sources: ExportSourceT[]) => {
      clearSources.run();
      sources.forEach((s, i) => insSource.run(i, s.outlet, s.reliability, s.basis));
    });
  }

  addJudgement(j: Judgement): void {
    this.insJudgement.run(JudgementSchema.parse(j));
  }

  judgements(kind?: Judgement['kind']): Judgement[] {
    return z.array(JudgementSchema).parse(kind ? this.readJudgementsOf.all(kind) : this.readJudgements.all());
  }

  replaceLinks(links: ExportLinkT[]): void {
    this.replaceLinksTx(links);
  }

  links(): ExportLinkT[] {
    return z.array(ExportLink).parse(this.readLinks.all());
  }

  replaceSources(sources: ExportSourceT[]): void {
    this.replaceSourcesTx(sources);
  }

  sources(): ExportSourceT[] {
    return z.array(ExportSource).parse(this.readSources.all());
  }
}
