/** `dossier export --format json|csv [--out FILE]`: JSON to stdout or a file; CSV as one file per table. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../core/errors.js';
import { exportTables } from '../../app/export-csv.js';
import { buildExport } from '../../app/export-json.js';
import type { Io } from '../io.js';
import { withStore, type ReadFlags } from './read.js';

export async function exportCommand(flags: ReadFlags & { format?: string; out?: string }, io: Io): Promise<number> {
  const format = (flags.format ?? 'json').toLowerCase();
  if (format !== 'json' && format !== 'csv') throw new AppError('INVALID_ARGUMENT', `unknown export format "${flags.format}"`, { hint: 'formats: json, csv, stix, gexf, graphml' });
  if (format === 'csv' && !flags.out) throw new AppError('INVALID_ARGUMENT', 'CSV export writes one file per table: give --out DIR');
  return withStore(flags, io, async ({ store }) => {
    const x = await buildExport(store);
    try {
      if (format === 'json') {
        const text = `${JSON.stringify(x, null, 2)}\n`;
        if (flags.out) writeFileSync(flags.out, text);
        else io.out(text);
      } else {
        mkdirSync(flags.out!, { recursive: true });
        for (const [name, csv] of exportTables(x)) writeFileSync(join(flags.out!, `${name}.csv`), csv);
      }
    } catch (e) {
      throw new AppError('INVALID_ARGUMENT', `cannot write ${flags.out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { cause: e });
    }
    if (flags.out) io.err(`exported ${x.documents.length} documents, ${x.entities.length} entities, ${x.claims.length} claims, ${x.links.length} links to ${flags.out}\n`);
    return 0;
  });
}
