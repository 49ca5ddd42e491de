/** Helper thread: files the waiting documents' claims under their keys through a connection of its own (crossdoc-keys). */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { fileWaitingKeys } from './crossdoc-keys.js';

const db = new Database((workerData as { file: string }).file, { fileMustExist: true });
try {
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  db.pragma('wal_autocheckpoint = 8000');
  fileWaitingKeys(db);
} finally {
  db.close();
}
parentPort!.postMessage('done');
