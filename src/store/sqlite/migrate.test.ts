import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS, SCHEMA_VERSION, type Migration } from '../migrations/index.js';
import { migrate } from './migrate.js';
import { openSqliteStore } from './sqlite-store.js';

const extra = (sql: string): Migration[] => [...MIGRATIONS, { version: MIGRATIONS.length + 1, name: 'extra', sql }];
const versions = (db: Database.Database) => db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();

describe('migrate', () => {
  it('applies only pending migrations and records each', () => {
    const db = new Database(':memory:');
    migrate(db, 'mem', false);
    expect(migrate(db, 'mem', false, extra('CREATE TABLE later_things (x INTEGER)'))).toBe(MIGRATIONS.length + 1);
    expect(versions(db)).toEqual([...MIGRATIONS.map((m) => m.version), MIGRATIONS.length + 1]);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length + 1);
  });

  it('rolls a failing migration back entirely', () => {
    const db = new Database(':memory:');
    migrate(db, 'mem', false);
    expect(() => migrate(db, 'mem', false, extra('CREATE TABLE half_done (x INTEGER); THIS IS NOT SQL'))).toThrow();
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").pluck().get()).toBe(0);
    expect(versions(db)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
  });

  it('asks for a read-write open when a read-only database is behind', () => {
    const db = new Database(':memory:');
    migrate(db, 'mem', false);
    expect(() => migrate(db, 'mem', true, extra('SELECT 1'))).toThrow(expect.objectContaining({ code: 'DB_ERROR', hint: expect.stringMatching(/without read-only/) }));
  });
});

describe('opening an older database read-only', () => {
  it('migrates it once so read commands work, keeping what it held', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-old-'));
    const file = join(dir, 'old.db');
    const old = new Database(file);
    migrate(old, file, false, MIGRATIONS.slice(0, 1));
    old.prepare("INSERT INTO sources (pos, outlet, reliability, basis) VALUES (0, 'Old Outlet', 'F', 'kept')").run();
    old.close();
    const store = openSqliteStore(file, { readonly: true });
    expect(store.schemaVersion).toBe(SCHEMA_VERSION);
    expect(await store.sources()).toEqual([{ outlet: 'Old Outlet', reliability: 'F', basis: 'kept' }]);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('migration 008 (claim keys inline)', () => {
  it('copies each claim its keys from the key table and drops the index of keys by claim', () => {
    const db = new Database(':memory:');
    migrate(db, 'mem', false, MIGRATIONS.slice(0, 7));
    const claim = db.prepare('INSERT INTO crossdoc_claims (claim_id, doc_id, pos, data) VALUES (?, ?, ?, ?)');
    claim.run('doc-a/c1', 'doc-a', 0, '{}');
    claim.run('doc-a/c9', 'doc-a', 1, '{}');
    const key = db.prepare('INSERT INTO crossdoc_keys (key, claim_id) VALUES (?, ?)');
    for (const k of ['kb:x\u0000arrest', 'kb:x\u0000#8']) key.run(k, 'doc-a/c1');
    migrate(db, 'mem', false);
    const keys = (id: string) => (JSON.parse(db.prepare('SELECT keys FROM crossdoc_claims WHERE claim_id = ?').pluck().get(id) as string) as string[]).sort();
    expect(keys('doc-a/c1')).toEqual(['kb:x\u0000#8', 'kb:x\u0000arrest']);
    expect(keys('doc-a/c9')).toEqual([]);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'crossdoc_keys_claim'").pluck().get()).toBe(0);
  });
});

describe('migration 009 (cross-document claim records with row ids)', () => {
  it('keeps every record, its keys and its place in its document', () => {
    const db = new Database(':memory:');
    migrate(db, 'mem', false, MIGRATIONS.slice(0, 8));
    const claim = db.prepare('INSERT INTO crossdoc_claims (claim_id, doc_id, pos, data, keys) VALUES (?, ?, ?, ?, ?)');
    claim.run('doc-b/c2', 'doc-b', 1, '{"n":2}', '["k2"]');
    claim.run('doc-a/c1', 'doc-a', 0, '{"n":1}', '["k1"]');
    claim.run('doc-b/c1', 'doc-b', 0, '{"n":3}', '[]');
    migrate(db, 'mem', false);
    expect(db.prepare('SELECT claim_id, doc_id, pos, data, keys FROM crossdoc_claims ORDER BY rid').raw().all()).toEqual([
      ['doc-a/c1', 'doc-a', 0, '{"n":1}', '["k1"]'],
      ['doc-b/c1', 'doc-b', 0, '{"n":3}', '[]'],
      ['doc-b/c2', 'doc-b', 1, '{"n":2}', '["k2"]'],
    ]);
    expect(() => claim.run('doc-a/c1', 'doc-a', 5, '{}', '[]')).toThrow(/UNIQUE/);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'crossdoc_claims_doc'").pluck().get()).toBe(1);
  });
});
