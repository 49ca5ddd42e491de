/** `dossier export --format stix|gexf|graphml` and `dossier import --format stix FILE`; the lead wires them into program.ts. */
import { writeFileSync } from 'node:fs';
import { AppError } from '../../core/errors.js';
import { TLP_LEVELS, type TlpLevel } from '../../app/interop.js';
import { defaultPackPath, exportInterop, importStixFile } from '../../app/interop.js';
import { resolveConfig } from '../../app/config.js';
import type { Io } from '../io.js';
import { withStore, type ReadFlags } from './read.js';

type ExportFlags = ReadFlags & { out?: string; tlp?: string; compat?: string };

async function writeExport(flags: ExportFlags, io: Io, format: 'stix' | 'gexf' | 'graphml', opts: Parameters<typeof exportInterop>[2]): Promise<number> {
  return withStore(flags, io, async ({ store }) => {
    const { text, summary } = await exportInterop(store, format, opts);
    if (!flags.out) {
      io.out(text);
      return 0;
    }
    try {
      writeFileSync(flags.out, text);
    } catch (e) {
      throw new AppError('INVALID_ARGUMENT', `cannot write ${flags.out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { cause: e });
    }
    io.err(`exported ${summary} to ${flags.out}\n`);
    return 0;
  });
}

/** `dossier export --format stix [--out FILE] [--tlp LEVEL] [--compat opencti]` */
export async function exportStixCommand(flags: ExportFlags, io: Io): Promise<number> {
  const tlp = flags.tlp?.toLowerCase();
  if (tlp !== undefined && !(TLP_LEVELS as readonly string[]).includes(tlp)) throw new AppError('INVALID_ARGUMENT', `unknown TLP level "${flags.tlp}"`, { hint: `levels: ${TLP_LEVELS.join(', ')}` });
  const compat = flags.compat?.toLowerCase();
  if (compat !== undefined && compat !== 'oasis' && compat !== 'opencti') throw new AppError('INVALID_ARGUMENT', `unknown --compat "${flags.compat}"`, { hint: 'oasis (default) or opencti' });
  return writeExport(flags, io, 'stix', { tlp: tlp as TlpLevel | undefined, compat });
}

/** `dossier export --format gexf|graphml [--out FILE]` */
export async function exportGraphCommand(flags: ExportFlags & { format: string }, io: Io): Promise<number> {
  const format = flags.format.toLowerCase();
  if (format !== 'gexf' && format !== 'graphml') throw new AppError('INVALID_ARGUMENT', `unknown graph format "${flags.format}"`, { hint: 'formats: gexf, graphml' });
  return writeExport(flags, io, format, {});
}

/** `dossier import --format stix FILE [--pack FILE] [--name NAME]`: writes a knowledge-base pack (YAML). */
export async function importStixCommand(file: string, flags: { format?: string; pack?: string; name?: string; db?: string; json?: boolean }, io: Io): Promise<number> {
  if ((flags.format ?? 'stix').toLowerCase() !== 'stix') throw new AppError('INVALID_ARGUMENT', `unknown import format "${flags.format}"`, { hint: 'formats: stix' });
  const packPath = flags.pack ?? defaultPackPath(resolveConfig({ db: flags.db }, io.env).db);
  const r = importStixFile(file, packPath, flags.name ? { pack: flags.name } : {});
  if (flags.json) {
    io.out(`${JSON.stringify({ pack: r.packPath, actors: r.pack.actors.length, skipped: r.skipped, warnings: r.warnings }, null, 2)}\n`);
    return 0;
  }
  const skipped = Object.entries(r.skipped).map(([t, n]) => `${n} ${t}`).join(', ');
  io.out(`imported ${r.pack.actors.length} actors into ${r.packPath}${skipped ? `; skipped ${skipped}` : ''}\n`);
  for (const w of r.warnings) io.err(`warning: ${w}\n`);
  return 0;
}
