/** Use case for a write-enabled workbench: ingest one pasted article through the normal ingest path. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../core/errors.js';
import { DEFAULT_MAX_BYTES, ingestPaths, type FileOutcome, type IngestDeps } from './ingest.js';

export interface PastedArticle {
  text: string;
  format: 'txt' | 'md' | 'html';
  /** a file-like name to record as the document's source */
  name: string;
  title?: string;
  url?: string;
  outlet?: string;
  published?: string;
  author?: string;
}

/** Writes the text to a private temporary file so it is read, cleaned and analysed exactly like a file on disk. */
export async function ingestPasted(deps: IngestDeps, a: PastedArticle): Promise<FileOutcome> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-paste-'));
  try {
    const base = a.name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/\.(txt|md|html?)$/i, '') || 'pasted';
    const file = join(dir, `${base}.${a.format}`);
    writeFileSync(file, a.text, { mode: 0o600 });
    const supplied = Object.fromEntries(Object.entries({ title: a.title, url: a.url, outlet: a.outlet, published: a.published, author: a.author }).filter(([, v]) => v));
    const report = await ingestPaths(deps, { paths: [file], options: { maxBytes: DEFAULT_MAX_BYTES, supplied } });
    const outcome = report.outcomes[0];
    if (!outcome) throw new AppError('INTERNAL', 'ingest returned no outcome');
    return outcome;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
