/** Opens a SQLite file with Dossier's pragmas and schema, turning driver failures into AppErrors that name the file. */
import Database from 'better-sqlite3';
import { AppError, isAppError } from '../../core/errors.js';
import { SCHEMA_VERSION } from '../migrations/index.js';
import { migrate } from './migrate.js';
import { writerPragmas } from './pragmas.js';

export interface OpenedDatabase {
  db: Database.Database;
  schemaVersion: number;
}

/** Opens (creating unless read-only) and migrates; never leaves a half-opened handle behind. */
export function openDatabase(file: string, readonly: boolean): OpenedDatabase {
  if (readonly) upgradeIfOlder(file);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly, fileMustExist: readonly });
  } catch (e) {
    const why = /directory does not exist/i.test(reason(e)) ? 'its folder does not exist' : reason(e);
    throw new AppError('DB_ERROR', `cannot open database ${file}: ${why}`, { cause: e });
  }
  try {
    db.pragma('busy_timeout = 5000');
    if (!readonly) writerPragmas(db);
    db.pragma('foreign_keys = ON');
    return { db, schemaVersion: migrate(db, file, readonly) };
  } catch (e) {
    db.close();
    if (isAppError(e)) throw e;
    throw new AppError('DB_ERROR', describeOpenFailure(file, e), { cause: e });
  }
}

/**
 * A database written by an earlier Dossier is migrated once (migrations are additive and transactional)
 * so read-only commands work on it; any other problem is left for the real open to report.
 */
function upgradeIfOlder(file: string): void {
  let version = 0;
  try {
    const peek = new Database(file, { readonly: true, fileMustExist: true });
    try {
      version = Number(peek.pragma('user_version', { simple: true }));
    } finally {
      peek.close();
    }
  } catch {
    return;
  }
  if (version > 0 && version < SCHEMA_VERSION) openDatabase(file, false).db.close();
}

function describeOpenFailure(file: string, e: unknown): string {
  const code = (e as { code?: unknown }).code;
  if (code === 'SQLITE_NOTADB') return `${file} is not a SQLite database`;
  if (code === 'SQLITE_CORRUPT') return `${file} is a corrupt SQLite database`;
  if (code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN') return `cannot write to database ${file}: ${reason(e)}`;
  return `cannot open database ${file}: ${reason(e)}`;
}

function reason(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.charAt(0).toLowerCase() + msg.slice(1);
}
