/** `dossier ingest PATH...`: one line per file (or a progress bar on a TTY), non-zero exit if any failed. */
import { AppError } from '../../core/errors.js';
import { DEFAULT_MAX_BYTES } from '../../app/ingest.js';
import { ingestPaths, type FileOutcome } from '../../app/ingest.js';
import { resolveConfig } from '../../app/config.js';
import { openRuntime } from '../../app/runtime.js';
import { EXIT_PARTIAL } from '../errors.js';
import { json } from '../format.js';
import type { Io } from '../io.js';
import { ProgressBar } from '../progress.js';

export interface IngestFlags {
  db?: string;
  json?: boolean;
  url?: string;
  outlet?: string;
  published?: string;
  title?: string;
  author?: string;
  maxMb?: string;
}

function describe(o: FileOutcome): string {
  if (o.status === 'failed') return `FAILED     ${o.message}`;
  const what = o.status === 'unchanged' ? 'unchanged ' : o.status === 'version' ? `version ${o.version} ` : 'stored    ';
  return `${what} ${o.source} (${o.id})${o.note ? ` — ${o.note}` : ''}`;
}

export async function ingestCommand(paths: string[], flags: IngestFlags, io: Io): Promise<number> {
  const supplied = { url: flags.url, outlet: flags.outlet, published: flags.published, title: flags.title, author: flags.author };
  const anySupplied = Object.values(supplied).some((v) => v !== undefined);
  if (anySupplied && paths.length !== 1) throw new AppError('INVALID_ARGUMENT', '--url, --outlet, --published, --title and --author describe one file: give exactly one path');
  const maxBytes = flags.maxMb === undefined ? DEFAULT_MAX_BYTES : Math.round(Number(flags.maxMb) * 1024 * 1024);
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new AppError('INVALID_ARGUMENT', `--max-mb must be a positive number, got "${flags.maxMb}"`);
  const rt = openRuntime(resolveConfig({ db: flags.db }, io.env));
  try {
    const bar = !flags.json && io.isTTY ? new ProgressBar(io.err) : null;
    const report = await ingestPaths(rt, {
      paths,
      options: { maxBytes, supplied: anySupplied ? supplied : undefined },
      onFile: (o, i, total) => {
        if (bar) {
          bar.update(i + 1, total, o.source);
          if (o.status === 'failed') {
            bar.finish();
            io.err(`${describe(o)}\n`);
          }
        } else if (!flags.json) (o.status === 'failed' ? io.err : io.out)(`${describe(o)}\n`);
      },
    });
    bar?.finish();
    for (const n of rt.kbNotes) io.err(`note: ${n}\n`);
    const count = (s: string) => report.outcomes.filter((o) => o.status === s).length;
    if (flags.json) io.out(json(report));
    else io.out(`${count('new')} new, ${count('version')} new versions, ${count('unchanged')} unchanged, ${report.failed} failed — database ${rt.config.db}\n`);
    return report.failed > 0 ? EXIT_PARTIAL : 0;
  } finally {
    await rt.close();
  }
}
