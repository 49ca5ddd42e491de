/** The pragmas of a connection that writes, shared by the store's own connection and its helper threads'. */
import type Database from 'better-sqlite3';

export function writerPragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  // Checkpoint every ~32 MB of WAL rather than 4 MB: bulk ingest rewrites the same index pages many times.
  db.pragma('wal_autocheckpoint = 8000');
  db.pragma('journal_size_limit = 67108864');
}
