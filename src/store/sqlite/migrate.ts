/** Brings a SQLite database up to SCHEMA_VERSION, refusing files this code must not touch. */
import type Database from 'better-sqlite3';
import { AppError } from '../../core/errors.js';
import { MIGRATIONS, type Migration } from '../migrations/index.js';

/** 'DOSS' as a 32-bit integer, written to the header so other tools can recognise the file. */
export const APPLICATION_ID = 0x444f5353;

/** Applies pending migrations in one transaction, recording each in schema_migrations and PRAGMA user_version. */
export function migrate(db: Database.Database, file: string, readonly: boolean, migrations: readonly Migration[] = MIGRATIONS): number {
  const latest = migrations.length;
  const current = db.pragma('user_version', { simple: true }) as number;
  const appId = db.pragma('application_id', { simple: true }) as number;
  if (appId !== 0 && appId !== APPLICATION_ID) {
    throw new AppError('DB_ERROR', `${file} is a SQLite database of another application, not a Dossier store`);
  }
  if (current > latest) {
    throw new AppError(
      'DB_ERROR',
      `${file} has schema version ${current}, newer than this version of Dossier understands (${latest})`,
      { hint: 'upgrade Dossier, or use a different database file' },
    );
  }
  if (current === 0 && hasTables(db)) {
    throw new AppError('DB_ERROR', `${file} already holds tables that are not a Dossier store`);
  }
  if (current === latest) return current;
  if (readonly) {
    throw new AppError('DB_ERROR', `${file} has schema version ${current} and needs migrating to ${latest}`, {
      hint: 'open it once without read-only mode',
    });
  }
  const record = (): void => {
    db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const m of migrations.filter((x) => x.version > current)) {
      db.exec(m.sql);
      insert.run(m.version, m.name, new Date().toISOString());
    }
    db.pragma(`user_version = ${latest}`);
    db.pragma(`application_id = ${APPLICATION_ID}`);
  };
  db.transaction(record).immediate();
  return latest;
}

function hasTables(db: Database.Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1").get() !== undefined;
}
