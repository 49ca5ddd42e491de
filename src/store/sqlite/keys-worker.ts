/** Helper thread: files the waiting documents' claims under their keys through a connection of its own (crossdoc-keys). */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { fileWaitingKeys } from './crossdoc-keys.js';
import { writerPragmas } from './pragmas.js';

const db = new Database((workerData as { file: string }).file, { fileMustExist: true });
try {
  db.pragma('busy_timeout = 5000');
  writerPragmas(db);
  fileWaitingKeys(db);
} finally {
  db.close();
}
parentPort!.postMessage('done');
