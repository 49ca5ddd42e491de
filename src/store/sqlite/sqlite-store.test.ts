import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../migrations/index.js';
import { storeContract } from '../store.contract.js';
import { borderReport, capitalBriefing, put } from '../store-fixtures.contract.js';
import { APPLICATION_ID } from './migrate.js';
import { openSqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(path.join(tmpdir(), 'dossier-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = (): string => path.join(dir, `store-${++n}.db`);

storeContract('sqlite file', async () => openSqliteStore(fresh()));
storeContract('sqlite in memory', async () => openSqliteStore(':memory:'));

/** Reads pragmas and tables with a second, plain connection. */
function inspect<T>(file: string, fn: (db: Database.Database) => T): T {
  const db = new Database(file);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

describe('sqlite store specifics', () => {
  it('records applied migrations, user_version and application_id, and uses WAL', async () => {
    const file = fresh();
    const store = openSqliteStore(file);
    expect(store.schemaVersion).toBe(SCHEMA_VERSION);
    await store.close();
    inspect(file, (db) => {
      const rows = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
      expect(rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
      expect(rows[0]).toEqual({ version: 1, name: 'initial' });
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    });
  });

  it('keeps data across reopening without re-running migrations', async () => {
    const file = fresh();
    const a = borderReport();
    const first = openSqliteStore(file);
    await put(first, a);
    await first.close();
    const again = openSqliteStore(file);
    expect(await again.getDocument(a.doc.id)).toMatchObject({ version: 1, latest: true });
    expect((await again.search('Nazarov')).length).toBeGreaterThan(0);
    await again.close();
    inspect(file, (db) => expect(db.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: MIGRATIONS.length }));
  });

  it('refuses a database from a newer schema version', () => {
    const file = fresh();
    openSqliteStore(file).close();
    inspect(file, (db) => db.pragma(`user_version = ${SCHEMA_VERSION + 1}`));
    expect(() => openSqliteStore(file)).toThrow(expect.objectContaining({ code: 'DB_ERROR', message: expect.stringMatching(/newer/) }));
  });

  it.each([
    ['a text file', (f: string) => writeFileSync(f, 'These are plain notes, not a database at all. '.repeat(20)), /not a SQLite database/],
    ['a path under a missing folder', (f: string) => void f, /cannot open database/],
    ['a folder', (f: string) => mkdirSync(f), /database/],
    ['another application’s database', (f: string) => inspect(f, (db) => db.exec('CREATE TABLE notes (body TEXT)')), /not a Dossier store/],
    ['a database stamped by another application', (f: string) => inspect(f, (db) => db.pragma('application_id = 42')), /another application/],
  ])('refuses %s with a DB_ERROR naming the file', (_label, prepare, message) => {
    const file = _label === 'a path under a missing folder' ? path.join(dir, 'missing', 'x.db') : fresh();
    prepare(file);
    let err: unknown;
    try {
      openSqliteStore(file);
    } catch (e) {
      err = e;
    }
    expect(err).toMatchObject({ name: 'AppError', code: 'DB_ERROR' });
    expect((err as Error).message).toContain(file);
    expect((err as Error).message).toMatch(message);
  });

  it('opens read-only: reads work, writes fail with DB_ERROR', async () => {
    const file = fresh();
    const a = borderReport();
    const rw = openSqliteStore(file);
    await put(rw, a);
    await rw.close();
    const ro = openSqliteStore(file, { readonly: true });
    expect(await ro.getDocument(a.doc.id)).not.toBeNull();
    await expect(put(ro, capitalBriefing())).rejects.toMatchObject({ code: 'DB_ERROR' });
    await ro.close();
  });

  it('refuses to create a database in read-only mode', () => {
    expect(() => openSqliteStore(fresh(), { readonly: true })).toThrow(expect.objectContaining({ code: 'DB_ERROR' }));
  });

  it('enforces foreign keys on its connection', async () => {
    const store = openSqliteStore(':memory:');
    const bad = borderReport();
    bad.analysis!.events[0]!.actors.push('m404');
    await expect(put(store, bad)).rejects.toThrow(/FOREIGN KEY/);
    await store.close();
  });
});
