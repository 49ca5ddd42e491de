/** `dossier demo`: ingest the bundled sample corpus into ./dossier.db and print a readable summary. */
import { fileURLToPath } from 'node:url';
import { resolveConfig } from '../../app/config.js';
import { ingestPaths } from '../../app/ingest.js';
import { openRuntime } from '../../app/runtime.js';
import { summarise, type CorpusSummary } from '../../app/summary.js';
import { DEFAULT_MAX_BYTES } from '../../app/ingest.js';
import { table, truncate } from '../format.js';
import type { Io } from '../io.js';

/** examples/ sits three levels above this file, from src/cli/commands and dist/cli/commands alike. */
export const SAMPLE_CORPUS = fileURLToPath(new URL('../../../examples/', import.meta.url));

/** Serves after ingesting only in an interactive terminal outside CI, so scripts and tests never hang on it. */
export function shouldServe(flags: { serve?: boolean }, io: Io): boolean {
  return flags.serve !== false && io.isTTY && !io.env['CI'];
}

export async function demoCommand(flags: { db?: string; corpus?: string; serve?: boolean; port?: string }, io: Io): Promise<number> {
  const code = await ingestDemo(flags, io);
  if (code !== 0 || !shouldServe(flags, io)) return code;
  io.out('\n');
  return (await import('./serve.js')).serveCommand({ db: flags.db, port: flags.port }, io);
}

async function ingestDemo(flags: { db?: string; corpus?: string }, io: Io): Promise<number> {
  const rt = openRuntime(resolveConfig({ db: flags.db }, io.env));
  try {
    const corpus = flags.corpus ?? SAMPLE_CORPUS;
    io.out(`Ingesting the sample corpus (${corpus}) into ${rt.config.db} …\n`);
    const t0 = performance.now();
    const report = await ingestPaths(rt, { paths: [corpus], options: { maxBytes: DEFAULT_MAX_BYTES } });
    const ms = performance.now() - t0;
    for (const o of report.outcomes) if (o.status === 'failed') io.err(`FAILED ${o.message}\n`);
    const stored = report.outcomes.filter((o) => o.status === 'new' || o.status === 'version').length;
    io.out(`${report.outcomes.length} files: ${stored} stored, ${report.outcomes.length - stored - report.failed} already present, ${report.failed} failed (${(ms / 1000).toFixed(1)} s)\n\n`);
    io.out(renderSummary(await summarise(rt.store)));
    io.out(`\nNext: dossier serve · dossier entities · dossier entity "Halimov" · dossier claims --about ISKP · dossier export --format json --out dossier.json\n`);
    return report.failed ? 1 : 0;
  } finally {
    await rt.close();
  }
}

export function renderSummary(s: CorpusSummary): string {
  const out: string[] = [];
  out.push(`DOCUMENTS (${s.documents.length})\n`);
  out.push(table(s.documents.map((d) => [truncate(d.meta.title ?? d.source, 52), d.meta.outlet, d.meta.author, d.meta.published]), ['title', 'outlet', 'author', 'published']));
  out.push(`\nMOST-MENTIONED ACTORS\n`);
  out.push(table(s.actors.map((e) => [e.name, e.type, e.mentionCount, e.docCount, truncate(e.aliases.join(' / '), 60)]), ['actor', 'type', 'mentions', 'docs', 'spellings seen']));
  out.push(`\nCLAIMS BY SPEAKER (${s.claimCount} claims; ${s.narrativeCount} more are the articles' own accounts of events)\n`);
  out.push(table(s.speakers.slice(0, 15).map((sp) => [truncate(sp.speaker, 40), sp.claims, Object.entries(sp.stances).map(([k, v]) => `${k} ${v}`).join(', ')]), ['speaker', 'claims', 'stances']));
  out.push(`\nCONFLICTS FOUND (${s.conflicts.length})\n`);
  for (const c of s.conflicts) out.push(`  [${c.link.kind}${c.link.conflict ? `/${c.link.conflict}` : ''}] ${truncate(c.link.reason, 160)}\n`);
  if (!s.conflicts.length) out.push('  none\n');
  return out.join('');
}
