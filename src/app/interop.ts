/** Use cases for interoperability: STIX/GEXF/GraphML from the store's export, and STIX → a user knowledge-base pack on disk. */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { AppError } from '../core/errors.js';
import { MAX_STIX_BYTES, stixToKbPack, toGexf, toGraphml, toStixBundle, type StixImport, type StixOptions } from '../interop/index.js';
import type { Store } from '../store/store.js';
import { buildExport } from './export-json.js';

export { TLP_LEVELS, type TlpLevel } from '../interop/index.js';

export const GRAPH_FORMATS = ['stix', 'gexf', 'graphml'] as const;
export type InteropFormat = (typeof GRAPH_FORMATS)[number];

/** The export as text in one of the interop formats. */
export async function exportInterop(store: Store, format: InteropFormat, opts: StixOptions = {}): Promise<{ text: string; summary: string }> {
  const x = await buildExport(store, opts.now);
  if (format === 'stix') {
    const b = toStixBundle(x, opts);
    return { text: `${JSON.stringify(b, null, 2)}\n`, summary: `${b.objects.length} STIX objects from ${x.documents.length} documents` };
  }
  const text = format === 'gexf' ? toGexf(x) : toGraphml(x);
  return { text, summary: `${x.entities.length} actors as ${format.toUpperCase()} from ${x.documents.length} documents` };
}

/** Where an imported pack goes by default: `dossier-kb/imported-stix.yaml` next to the database. */
export function defaultPackPath(dbPath: string): string {
  return join(dirname(resolve(dbPath)), 'dossier-kb', 'imported-stix.yaml');
}

/** Reads a STIX file, converts it and writes the pack as YAML; the caller decides how user packs are loaded. */
export function importStixFile(file: string, packPath: string, opts: { pack?: string } = {}): StixImport & { packPath: string } {
  let text: string;
  try {
    if (statSync(file).size > MAX_STIX_BYTES) throw new AppError('INPUT_TOO_LARGE', `${file} is larger than ${MAX_STIX_BYTES / 1024 / 1024} MB`);
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof AppError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new AppError(code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE', `cannot read ${file}: ${code ?? (e as Error).message}`, { cause: e });
  }
  const result = stixToKbPack(text, opts);
  try {
    mkdirSync(dirname(packPath), { recursive: true });
    writeFileSync(packPath, stringify(result.pack, { lineWidth: 0 }));
  } catch (e) {
    throw new AppError('INVALID_ARGUMENT', `cannot write ${packPath}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { cause: e });
  }
  return { ...result, packPath };
}
